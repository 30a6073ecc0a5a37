import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LighthouseFigures {
  /** 0–100. */
  performance: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** How many times each page is run; the figures are the median of them. */
export const LIGHTHOUSE_RUNS = 3;

/**
 * Lighthouse's mobile run (a mid-range phone on a slow 4G network, simulated) of each page,
 * `runs` times, the pages taken in turn so that a slower moment of the machine falls on both,
 * on one Chromium started for it with a remote debugging port. Each figure is the median of a
 * page's runs, as Lighthouse's own guidance on variability advises. Each full report is kept
 * in `reportFolder`.
 */
export async function runLighthouse(
  pages: { name: string; url: string }[],
  debuggingPort: number,
  reportFolder: string,
  runs = LIGHTHOUSE_RUNS,
): Promise<LighthouseFigures[]> {
  const { default: lighthouse } = await import('lighthouse');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
  const chromium = spawn(
    CHROMIUM,
    [...CHROMIUM_FLAGS, `--remote-debugging-port=${debuggingPort}`, `--user-data-dir=${profile}`],
    { stdio: 'ignore' },
  );

  try {
    await waitForDebugger(debuggingPort);
    const figures: LighthouseFigures[][] = pages.map(() => []);

    for (let round = 1; round <= runs; round++) {
      for (const [index, { name, url }] of pages.entries()) {
        const result = await lighthouse(url, {
          port: debuggingPort,
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);

        const { categories, audits } = result.lhr;
        if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);

        // The whole report, to see where the time went (googlechrome.github.io/lighthouse/viewer).
        fs.mkdirSync(reportFolder, { recursive: true });
        fs.writeFileSync(
          path.join(reportFolder, `lighthouse-${name}-${round}.json`),
          JSON.stringify(result.lhr),
        );

        figures[index]!.push({
          performance: Math.round((categories.performance?.score ?? 0) * 100),
          lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
          tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
          cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        });
      }
    }

    return figures.map((runsOfPage) => ({
      performance: median(runsOfPage.map((run) => run.performance)),
      lcpMs: median(runsOfPage.map((run) => run.lcpMs)),
      tbtMs: median(runsOfPage.map((run) => run.tbtMs)),
      cls: median(runsOfPage.map((run) => run.cls)),
    }));
  } finally {
    chromium.kill();
    await new Promise((resolve) => chromium.once('exit', resolve).once('error', resolve));
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The middle value; for an even count, the mean of the two middle ones. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);

  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function waitForDebugger(port: number) {
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  throw new Error(`Chromium (${CHROMIUM}) did not open its debugging port ${port}.`);
}
