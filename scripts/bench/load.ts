import autocannon, { type Instance, type RequestStep } from 'autocannon';

/** A cheap page asked for after each run, answered once the server has caught up. */
const DRAIN_PATH = '/bench-reference';

export interface LoadOptions {
  baseUrl: string;
  connections: number;
  /** Seconds measured, after `warmup` seconds that are thrown away. */
  duration: number;
  warmup: number;
}

export interface LoadFigures {
  /** Responses per second over the measured seconds. */
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Responses that were not what the scenario expects, and connection errors and timeouts. */
  failures: number;
}

export interface Scenario {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** The path of the next request, or null when the scenario has run out of them. */
  nextPath: () => string | null;
  body?: () => string;
  /** True for a response that did what the scenario asks; by default, any 2xx. */
  succeeded?: (status: number, headers: Record<string, string>) => boolean;
}

/** Runs a scenario for `warmup` seconds, then measures it for `duration` seconds. */
export async function measure(options: LoadOptions, scenario: Scenario): Promise<LoadFigures> {
  if (options.warmup > 0) await run(options, scenario, options.warmup);

  return run(options, scenario, options.duration);
}

async function run(options: LoadOptions, scenario: Scenario, seconds: number) {
  let failures = 0;
  let exhausted = false;
  const running: { instance?: Instance } = {};

  const step: RequestStep = {
    method: scenario.method ?? 'GET',
    headers: scenario.headers,
    setupRequest(request) {
      const path = scenario.nextPath();
      if (path === null) {
        exhausted = true;
        running.instance?.stop();

        return { ...request, method: 'GET', path: DRAIN_PATH };
      }

      return { ...request, path, ...(scenario.body ? { body: scenario.body() } : {}) };
    },
    onResponse(status, _body, _context, headers) {
      const ok = scenario.succeeded
        ? scenario.succeeded(status, headers)
        : status >= 200 && status < 300;
      if (!ok) failures++;
    },
  };

  running.instance = autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: seconds,
    timeout: 30,
    requests: [step],
  });
  const result = await running.instance;

  // Requests still in flight when the time ran out are abandoned, not cancelled: the server
  // finishes them first. One more request, answered after them, lets the next run start clean.
  await drain(options.baseUrl);

  if (exhausted) {
    console.warn('  (the scenario ran out of distinct requests before the time was up)');
  }

  const requests = result.requests.total;

  return {
    rps: requests / Math.max(result.duration, 0.001),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    failures: failures + result.errors + result.timeouts,
  };
}

async function drain(baseUrl: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await fetch(new URL(DRAIN_PATH, baseUrl), { signal: AbortSignal.timeout(120_000) });

      return;
    } catch (error) {
      if (attempt >= 3)
        throw new Error(`The server stopped answering on ${baseUrl}.`, { cause: error });
    }
  }
}
