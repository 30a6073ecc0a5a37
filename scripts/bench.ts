/**
 * npm run bench [-- --packages N ...] – seeds a fresh database of the given size, starts the
 * production server on it (SQLite, then PostgreSQL when BENCH_DATABASE_URL is set), measures
 * the signer page, the dashboard's package list and signing against a reference page that
 * reads no data, counts what a phone downloads, runs Lighthouse, prints a table and writes
 * BENCHMARKS.md. See README, "Benchmarks".
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { sql } from 'kysely';

import { demoSigningLinks, seedDemo } from '@/lib/demo/seed-demo';
import { openDatabase } from '@/lib/db/engine';
import { migrateToLatest } from '@/lib/db/migrate';

import { runLighthouse } from './bench/lighthouse';
import { measure, type LoadFigures, type LoadOptions } from './bench/load';
import { measurePageWeight } from './bench/page-weight';
import { SCENARIOS, writeReport, type EngineRun } from './bench/report';
import { seedBenchData, type BenchData, type BenchSize } from './bench/seed-bench-data';

const REFERENCE_PATH = '/bench-reference';
const LIST_PATH = '/dashboard/packages/data';
const SIGNER_MARKUP_PATH = '/bench-reference/signer-page';
const SIGN_FORM_TYPE = 'application/x-www-form-urlencoded';
const SIGN_FORM = 'kind=typed&typedName=Signer+Bench';

const { values: flags } = parseArgs({
  options: {
    packages: { type: 'string', default: '100000' },
    signers: { type: 'string' },
    revisions: { type: 'string' },
    organizations: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: process.env.PORT ?? '3700' },
    engines: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    output: { type: 'string', default: 'BENCHMARKS.md' },
    help: { type: 'boolean', default: false },
  },
});

const HELP = `npm run bench -- [flags]
  --packages N        packages to seed (default 100000)
  --signers N         signers (default 3 per package)
  --revisions N       revisions, one per document and signer (default 10 per package)
  --organizations N   organizations; the first holds a tenth of the packages (default 50)
  --duration S        seconds measured per run, after the warm-up (default 10)
  --warmup S          seconds of warm-up before each run (default 3)
  --connections N     concurrent connections (default 50)
  --port N            the server's port; Chromium's debugging port is the next (default 3700)
  --engines LIST      sqlite, postgres or both (default: sqlite, and postgres when
                      BENCH_DATABASE_URL is set)
  --rebuild           build the app even when a build exists
  --no-lighthouse     leave Lighthouse out
  --output FILE       where the report goes (default BENCHMARKS.md)
Set BENCH_DATABASE_URL=postgres://… to run on PostgreSQL as well, in a schema made and dropped.`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;

  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    console.error(`--${name} must be a whole number of at least 1, not "${value}".`);
    process.exit(2);
  }

  return number;
}

async function main() {
  if (flags.help) {
    console.log(HELP);

    return;
  }

  const packages = positive('packages', flags.packages, 100_000);
  const size: BenchSize = {
    packages,
    signers: positive('signers', flags.signers, packages * 3),
    revisions: positive('revisions', flags.revisions, packages * 10),
    organizations: positive('organizations', flags.organizations, 50),
  };
  const port = positive('port', flags.port, 3700);
  const load: Omit<LoadOptions, 'baseUrl'> = {
    connections: positive('connections', flags.connections, 50),
    duration: positive('duration', flags.duration, 10),
    warmup: Number(flags.warmup ?? 3),
  };
  const loadAverage = os.loadavg();
  const startedAt = new Date();
  // The commit measured, read before the run: the report it writes changes the work tree.
  const output = flags.output ?? 'BENCHMARKS.md';
  const commit = gitCommit(output);

  // Found missing at the end of the first engine's run, Chromium would cost its figures.
  if (!flags['no-lighthouse']) ensureChromium();
  ensureBuild(flags.rebuild ?? false);

  const postgresUrl = process.env.BENCH_DATABASE_URL;
  const chosen = (flags.engines ?? (postgresUrl ? 'sqlite,postgres' : 'sqlite')).split(',');
  if (chosen.includes('postgres') && !postgresUrl) {
    console.error('--engines postgres needs BENCH_DATABASE_URL=postgres://…');
    process.exit(2);
  }
  const engines: { name: string; url: string | null }[] = [];
  if (chosen.includes('sqlite')) engines.push({ name: 'SQLite', url: null });
  if (chosen.includes('postgres')) engines.push({ name: 'PostgreSQL', url: postgresUrl! });
  if (engines.length === 0) {
    console.error(`--engines takes sqlite, postgres or both, not "${flags.engines}".`);
    process.exit(2);
  }

  const runs: EngineRun[] = [];
  for (const [index, engine] of engines.entries()) {
    runs.push(
      await benchEngine(engine, size, port, load, {
        pageWeight: index === 0,
        lighthouse: index === 0 && !flags['no-lighthouse'],
      }),
    );

    // Written after each engine, so that the figures of one survive a failure of the next.
    writeReport(output, {
      size,
      load,
      startedAt,
      loadAverage,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      commit,
      runs,
    });
  }
}

interface Steps {
  pageWeight: boolean;
  lighthouse: boolean;
}

async function benchEngine(
  engine: { name: string; url: string | null },
  size: BenchSize,
  port: number,
  load: Omit<LoadOptions, 'baseUrl'>,
  steps: Steps,
): Promise<EngineRun> {
  console.log(`\n== ${engine.name} ==`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const schema = `bench_${randomUUID().slice(0, 8)}`;
  const benchUrl = engine.url ?? `file:${path.join(folder, 'portal.db')}`;
  const serverUrl = engine.url ? withSearchPath(engine.url, schema) : benchUrl;
  const secret = randomBytes(32).toString('base64url');
  const baseUrl = `http://127.0.0.1:${port}`;
  const database = openDatabase(benchUrl, { schema });
  let server: ChildProcess | null = null;

  try {
    await migrateToLatest(database, schema);
    await seedDemo(database.db, { secret, now: new Date() });
    const demoLinks = await demoSigningLinks(database.db, secret, baseUrl);
    const demoLink =
      demoLinks.filter((link) => link.type === 'Sequential' && link.state === 'open')[1] ??
      demoLinks[0]!;

    console.log(
      `Seeding ${size.packages} packages, ${size.signers} signers, ${size.revisions} revisions…`,
    );
    const data = await seedBenchData(database, size, secret, new Date());
    console.log(`Seeded in ${data.seconds.toFixed(1)} s: ${JSON.stringify(data.counts)}.`);
    await sql`analyze`.execute(database.db);
    // The seeding's write-ahead log folded into the database, so that the server's first
    // reads do not pay for it.
    if (database.dialect === 'sqlite')
      await sql`pragma wal_checkpoint(truncate)`.execute(database.db);

    server = startServer(port, {
      DATABASE_URL: serverUrl,
      PORTAL_SECRET: secret,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      PUBLIC_URL: baseUrl,
      NEXTAUTH_URL: baseUrl,
      DATA_DIR: folder,
      OUTBOX_DELIVERY: 'off',
      BENCH_REFERENCE: '1',
    });
    await waitUntilServing(`${baseUrl}${REFERENCE_PATH}`, server);

    const options: LoadOptions = { ...load, baseUrl };
    const cookie = await signIn(baseUrl, data.large.email, data.large.password);
    const run: EngineRun = {
      engine: engine.name,
      seeding: { seconds: data.seconds, counts: data.counts, largePackages: data.large.packages },
      load: [],
      pageWeight: null,
      lighthouse: null,
      signing: null,
    };

    const compare = async (
      label: string,
      measureTarget: () => Promise<LoadFigures>,
      referenceOptions = options,
    ) => {
      process.stdout.write(`${label.padEnd(34)} `);
      const reference = await measure(referenceOptions, { nextPath: () => REFERENCE_PATH });
      const target = await measureTarget();
      console.log(
        `${target.rps.toFixed(1).padStart(7)} req/s  p50 ${target.p50} ms  p99 ${target.p99} ms` +
          `  (reference ${reference.rps.toFixed(1)} req/s, p99 ${reference.p99} ms)` +
          (target.failures ? `  ${target.failures} failed` : ''),
      );
      run.load.push({ label, target, reference });
    };

    // The reference page, the signer page and the list are each served under load for the
    // warm-up's seconds before the first figure is taken, so that the first pair is not
    // measured on a server that has not yet run their code.
    console.log('Warming the server up…');
    const warming = { ...options, warmup: 0, duration: options.warmup };
    await measure(warming, { nextPath: () => REFERENCE_PATH });
    await measure(warming, { nextPath: () => `/sign/${pick(data.signerTokens)}` });
    await measure(warming, { headers: { cookie }, nextPath: () => LIST_PATH });

    await compare(SCENARIOS.signerPage, () =>
      measure(options, { nextPath: () => `/sign/${pick(data.signerTokens)}` }),
    );

    // The same components for a package held in memory: what the rendering costs without the
    // proxy's look-up and the page's reads.
    await compare(SCENARIOS.signerMarkup, () =>
      measure(options, { nextPath: () => SIGNER_MARKUP_PATH }),
    );

    for (const [label, query] of listViews(data)) {
      await compare(label, () =>
        measure(options, { headers: { cookie }, nextPath: () => `${LIST_PATH}${query}` }),
      );
    }

    // One owner alone: the list's own time, without the queue of 50 connections in front of it.
    const alone = { ...options, connections: 1 };
    await compare(
      SCENARIOS.firstPageAlone,
      () => measure(alone, { headers: { cookie }, nextPath: () => LIST_PATH }),
      alone,
    );

    await compare('Signing (distinct revisions)', async () => {
      const before = await countSignatures(benchUrl, schema);
      const figures = await measureSigning(options, data);
      const after = await countSignatures(benchUrl, schema);
      run.signing = {
        sent: figures.sent,
        answered: figures.answered,
        recorded: after.events - before.events,
        revisions: after.revisions - before.revisions,
        available: data.signable.length,
      };
      if (run.signing.recorded !== run.signing.revisions) {
        console.warn(
          `  ${run.signing.recorded} signatures recorded on ${run.signing.revisions} revisions.`,
        );
      }

      return figures;
    });

    if (steps.pageWeight) {
      const signerPath = new URL(demoLink.url).pathname;
      run.pageWeight = {
        signer: await measurePageWeight(baseUrl, signerPath),
        reference: await measurePageWeight(baseUrl, REFERENCE_PATH),
      };
      console.log('Page weight:', JSON.stringify(run.pageWeight));
    }

    if (steps.lighthouse) {
      console.log('Lighthouse (mobile)…');
      const [signer, reference] = await runLighthouse(
        [
          { name: 'signer-page', url: demoLink.url },
          { name: 'reference-page', url: `${baseUrl}${REFERENCE_PATH}` },
        ],
        port + 1,
        'bench-results',
      );
      run.lighthouse = { signer: signer!, reference: reference! };
      console.log('Lighthouse:', JSON.stringify(run.lighthouse));
    }

    return run;
  } finally {
    if (server) await stopServer(server);
    if (engine.url) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db);
    await database.db.destroy();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The dashboard views measured on the large organization. */
function listViews(data: BenchData): [string, string][] {
  const lastPage = Math.max(1, Math.ceil(data.large.packages / 25));

  return [
    [SCENARIOS.firstPage, ''],
    ['Package list, open Sequential', '?state=open&type=Sequential'],
    ['Package list, search an email', `?q=${encodeURIComponent(data.searchEmail)}`],
    [
      `Package list, page ${Math.ceil(lastPage * 0.8)}`,
      `?page=${Math.ceil(lastPage * 0.8)}&sort=name`,
    ],
  ];
}

/** Signs each signable revision once, through the signer's form post, as a browser sends it. */
async function measureSigning(options: LoadOptions, data: BenchData) {
  const first = data.signable[0];
  if (!first) throw new Error('No revision is ready to sign: seed more packages.');

  const probe = await fetch(
    `${options.baseUrl}/sign/${first.token}/documents/${first.documentId}/sign`,
    {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': SIGN_FORM_TYPE, origin: options.baseUrl },
      body: SIGN_FORM,
    },
  );
  const location = probe.headers.get('location') ?? '';
  if (probe.status !== 303 || !location.includes('?signed=')) {
    throw new Error(`A signature was refused (${probe.status} to ${location}).`);
  }

  let next = 1;
  let answered = 1;
  const refusals = new Map<string, number>();
  const figures = await measure(
    { ...options, warmup: Math.min(options.warmup, 1) },
    {
      method: 'POST',
      headers: {
        'content-type': SIGN_FORM_TYPE,
        origin: options.baseUrl,
      },
      nextPath: () => {
        const revision = data.signable[next++];

        return revision ? `/sign/${revision.token}/documents/${revision.documentId}/sign` : null;
      },
      body: () => SIGN_FORM,
      succeeded: (status, headers) => {
        const location = headers.location ?? headers.Location ?? '';
        const signed = status === 303 && location.includes('?signed=');
        if (signed) answered++;
        else {
          const outcome = `${status} ${location.replace(/^.*\?/, '?')}`;
          refusals.set(outcome, (refusals.get(outcome) ?? 0) + 1);
        }

        return signed;
      },
    },
  );
  for (const [outcome, count] of refusals) console.warn(`  ${count} × answered ${outcome}`);

  return { ...figures, sent: Math.min(next, data.signable.length), answered };
}

/**
 * The signatures the database holds: audit events, and revisions with a signed file. The two
 * grow by the same number when each signature is recorded exactly once.
 */
async function countSignatures(url: string, schema: string) {
  const database = openDatabase(url, { schema });
  try {
    const events = await database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('action', '=', 'revision_signed')
      .executeTakeFirstOrThrow();
    const revisions = await database.db
      .selectFrom('revisions')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('signed_file_id', 'is not', null)
      .executeTakeFirstOrThrow();

    return { events: Number(events.count), revisions: Number(revisions.count) };
  } finally {
    await database.db.destroy();
  }
}

/** Signs in through next-auth's credentials form and returns the session cookie. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookiePairs(csrf.headers.getSetCookie());

  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = cookiePairs(response.headers.getSetCookie())
    .split('; ')
    .find((pair) => pair.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`Signing in as ${email} failed (${response.status}).`);

  const check = await fetch(`${baseUrl}${LIST_PATH}`, {
    headers: { cookie: session },
    redirect: 'manual',
  });
  if (check.status !== 200) throw new Error(`The package list answered ${check.status}.`);

  return session;
}

function cookiePairs(setCookies: string[]): string {
  return setCookies.map((line) => line.split(';')[0]).join('; ');
}

function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

/** A PostgreSQL URL whose connections work in `schema`. */
function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);

  return parsed.toString();
}

/** Chromium for Lighthouse, installed when missing and allowed to; otherwise says how. */
function ensureChromium() {
  const installed = spawnSync('bash', ['scripts/ensure-chromium.sh'], { stdio: 'inherit' });
  if (installed.status === 0) return;

  console.error('Or run the benchmark without Lighthouse: npm run bench -- --no-lighthouse');
  process.exit(2);
}

/** Builds the app when there is no build, or one without the reference page, or on request. */
function ensureBuild(rebuild: boolean) {
  const routes = '.next/app-path-routes-manifest.json';
  const current =
    fs.existsSync('.next/BUILD_ID') &&
    fs.existsSync(routes) &&
    fs.readFileSync(routes, 'utf8').includes(REFERENCE_PATH) &&
    fs.readFileSync(routes, 'utf8').includes(LIST_PATH);

  if (current && !rebuild) return;

  console.log('Building the portal…');
  const build = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

function startServer(port: number, env: Record<string, string>): ChildProcess {
  const server = spawn(
    process.execPath,
    [require.resolve('next/dist/bin/next'), 'start', '-p', String(port)],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    },
  );
  process.once('exit', () => server.kill());

  return server;
}

async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null) return;

  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

async function waitUntilServing(url: string, server: ChildProcess) {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (server.exitCode !== null) throw new Error('The server stopped while starting.');
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
      if (response.status === 404) {
        throw new Error(`${url} is not found: run with --rebuild to build the reference page.`);
      }
    } catch (error) {
      if (error instanceof Error && error.message.includes('--rebuild')) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  throw new Error(`The server did not answer on ${url} within two minutes.`);
}

/** The commit measured, and whether the work tree differs from it (the report aside). */
function gitCommit(reportFile: string): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  const report = path.relative(process.cwd(), path.resolve(reportFile));
  const inTree = !report.startsWith('..') && !path.isAbsolute(report);
  const dirty = spawnSync(
    'git',
    ['status', '--porcelain', '--', '.', ...(inTree ? [`:(exclude)${report}`] : [])],
    { encoding: 'utf8' },
  );

  const commit = head.stdout.trim() || 'unknown';

  return dirty.stdout.trim() ? `${commit} (with uncommitted changes)` : commit;
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
