import fs from 'node:fs';

import { LIGHTHOUSE_RUNS, type LighthouseFigures } from './lighthouse';
import type { LoadFigures, LoadOptions } from './load';
import type { PageWeight } from './page-weight';
import type { BenchData, BenchSize } from './seed-bench-data';

/** The scenarios that targets are judged on, named once for the run and for the verdicts. */
export const SCENARIOS = {
  signerPage: 'Signer page, random open links',
  signerMarkup: 'Signer page markup, no data read',
  firstPage: 'Package list, first page',
  firstPageAlone: 'Package list, first page, 1 connection',
} as const;

export interface EngineRun {
  engine: string;
  seeding: { seconds: number; counts: BenchData['counts']; largePackages: number };
  /** Each measured scenario beside the reference page measured just before it. */
  load: { label: string; target: LoadFigures; reference: LoadFigures }[];
  pageWeight: { signer: PageWeight; reference: PageWeight } | null;
  lighthouse: { signer: LighthouseFigures; reference: LighthouseFigures } | null;
  signing: {
    /** Posts sent, each for a revision of its own; some are cut off when the time is up. */
    sent: number;
    /** Posts answered with the overview saying the document was signed. */
    answered: number;
    /** Signatures in the audit trail, and revisions holding a signed file. */
    recorded: number;
    revisions: number;
    available: number;
  } | null;
}

export interface BenchReport {
  size: BenchSize;
  load: Omit<LoadOptions, 'baseUrl'>;
  startedAt: Date;
  loadAverage: number[];
  cpus: number;
  cpuModel: string;
  commit: string;
  runs: EngineRun[];
}

interface Verdict {
  target: string;
  figure: string;
  met: boolean;
}

/** The hand-written part of BENCHMARKS.md, kept when the figures above it are replaced. */
const NOTES_HEADING = '## Notes';

/** Prints the figures and writes them to `file`, keeping its notes section. */
export function writeReport(file: string, report: BenchReport) {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (see README); run it again to replace these figures. Each',
    'figure stands beside the reference page (`/bench-reference`: the same layout and styles,',
    'rendered on every request, no data read), measured just before it in the same run.',
    '',
    `- Date: ${report.startedAt.toISOString()}`,
    `- Commit: ${report.commit}`,
    `- Machine: ${report.cpus} CPUs (${report.cpuModel}), load average ` +
      `${report.loadAverage.map((value) => value.toFixed(2)).join(' / ')} when the run started`,
    `- Size: ${report.size.packages} packages, ${report.size.signers} signers, ` +
      `${report.size.revisions} revisions, ${report.size.organizations} organizations`,
    `- Load: autocannon, ${report.load.connections} connections, ${report.load.duration} s ` +
      `after ${report.load.warmup} s of warm-up`,
    '',
  ];

  for (const run of report.runs) lines.push(...engineSection(run));

  const verdicts = report.runs.flatMap((run) =>
    targets(run).map((verdict) => ({ ...verdict, target: `${run.engine}: ${verdict.target}` })),
  );
  lines.push(
    '## Targets',
    '',
    table(
      ['Target', 'Figure', 'Met'],
      verdicts.map((v) => [v.target, v.figure, v.met ? 'yes' : '**no**']),
    ),
    '',
  );

  const text = lines.join('\n');
  console.log(`\n${text}`);

  fs.writeFileSync(file, `${text}\n${previousNotes(file)}`);
  console.log(`Written to ${file}.`);
}

/** A paragraph broken into lines of at most `width` characters, between words. */
export function wrap(paragraph: string, width = 100): string {
  const lines: string[] = [];
  let line = '';

  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);

  return lines.join('\n');
}

function engineSection(run: EngineRun): string[] {
  const { seeding } = run;
  const lines = [
    `## ${run.engine}`,
    '',
    wrap(
      `Seeded ${seeding.counts.packages} packages, ${seeding.counts.documents} documents, ` +
        `${seeding.counts.signers} signers with as many signing links and ` +
        `${seeding.counts.revisions} revisions in ${seeding.seconds.toFixed(1)} s ` +
        `(${Math.round(totalRows(seeding.counts) / seeding.seconds)} rows/s). The package list ` +
        `is measured on an organization of ${seeding.largePackages} packages.`,
    ),
    '',
    table(
      ['Scenario', 'req/s', 'p50 ms', 'p99 ms', 'Reference req/s', 'Reference p99 ms', 'Ratio'],
      run.load.map(({ label, target, reference }) => [
        label + (target.failures ? ` (${target.failures} failed)` : ''),
        target.rps.toFixed(1),
        String(target.p50),
        String(target.p99),
        reference.rps.toFixed(1),
        String(reference.p99),
        (target.rps / reference.rps).toFixed(2),
      ]),
    ),
    '',
  ];

  if (run.signing) {
    lines.push(
      wrap(
        `Signing: ${run.signing.sent} posts sent, each for its own revision (of ` +
          `${run.signing.available} ready to sign), ${run.signing.answered} answered as signed ` +
          'before the time was up (warm-up included); the server recorded ' +
          `${run.signing.recorded} signatures on ${run.signing.revisions} revisions.`,
      ),
      '',
    );
  }

  if (run.pageWeight) {
    const { signer, reference } = run.pageWeight;
    lines.push(
      table(
        ['What a phone downloads', 'Signer page', 'Reference page'],
        [
          ['JavaScript (gzip)', kib(signer.jsBytes), kib(reference.jsBytes)],
          ['CSS (gzip)', kib(signer.cssBytes), kib(reference.cssBytes)],
          ['HTML (gzip)', kib(signer.htmlBytes), kib(reference.htmlBytes)],
          ['Fonts and images preloaded', kib(signer.otherBytes), kib(reference.otherBytes)],
          ['Requests', String(signer.requests), String(reference.requests)],
        ],
      ),
      '',
    );
  }

  if (run.lighthouse) {
    const { signer, reference } = run.lighthouse;
    lines.push(
      table(
        [`Lighthouse, mobile, median of ${LIGHTHOUSE_RUNS}`, 'Demo signer page', 'Reference page'],
        [
          ['Performance', String(signer.performance), String(reference.performance)],
          ['LCP', seconds(signer.lcpMs), seconds(reference.lcpMs)],
          ['TBT', `${Math.round(signer.tbtMs)} ms`, `${Math.round(reference.tbtMs)} ms`],
          ['CLS', signer.cls.toFixed(3), reference.cls.toFixed(3)],
        ],
      ),
      '',
    );
  }

  return lines;
}

function targets(run: EngineRun): Verdict[] {
  const verdicts: Verdict[] = [];
  const scenario = (label: string) => run.load.find((entry) => entry.label === label);
  const signer = scenario(SCENARIOS.signerPage);
  const firstPage = scenario(SCENARIOS.firstPage);
  const alone = scenario(SCENARIOS.firstPageAlone);

  if (signer) {
    const ratio = signer.target.rps / signer.reference.rps;
    verdicts.push({
      target: 'signer page throughput ≥ 0.8 × reference',
      figure:
        `${ratio.toFixed(2)} × ` +
        `(${signer.target.rps.toFixed(1)} / ${signer.reference.rps.toFixed(1)} req/s)`,
      met: ratio >= 0.8,
    });
    verdicts.push({
      target: 'signer page p99 ≤ 2 × reference',
      figure: `${signer.target.p99} ms vs ${signer.reference.p99} ms`,
      met: signer.target.p99 <= 2 * signer.reference.p99,
    });
  }

  if (firstPage) {
    verdicts.push({
      target: `package list p99 < 50 ms (first page, ${run.seeding.largePackages} packages)`,
      figure: `${firstPage.target.p99} ms`,
      met: firstPage.target.p99 < 50,
    });
  }
  if (alone) {
    verdicts.push({
      target: `package list p99 < 50 ms (first page, one owner alone)`,
      figure: `${alone.target.p99} ms (reference ${alone.reference.p99} ms)`,
      met: alone.target.p99 < 50,
    });
  }

  if (run.pageWeight) {
    const extra = run.pageWeight.signer.jsBytes - run.pageWeight.reference.jsBytes;
    verdicts.push({
      target: 'signer page JavaScript ≤ reference + 10 KiB (gzip)',
      figure: `+${kib(extra)}`,
      met: extra <= 10 * 1024,
    });
  }

  if (run.lighthouse) {
    const { signer, reference } = run.lighthouse;
    verdicts.push(
      {
        target: 'Lighthouse performance ≥ 95 and ≥ reference',
        figure: `${signer.performance} vs ${reference.performance}`,
        met: signer.performance >= 95 && signer.performance >= reference.performance,
      },
      { target: 'LCP ≤ 1.5 s', figure: seconds(signer.lcpMs), met: signer.lcpMs <= 1500 },
      { target: 'CLS ≤ 0.02', figure: signer.cls.toFixed(3), met: signer.cls <= 0.02 },
      {
        target: 'TBT ≤ reference + 50 ms',
        figure: `${Math.round(signer.tbtMs)} ms vs ${Math.round(reference.tbtMs)} ms`,
        met: signer.tbtMs <= reference.tbtMs + 50,
      },
    );
  }

  return verdicts;
}

function previousNotes(file: string): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const start = text.indexOf(`\n${NOTES_HEADING}\n`);

    return start === -1 ? '' : text.slice(start + 1);
  } catch {
    return '';
  }
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;

  return [
    line(header),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

function totalRows(counts: BenchData['counts']): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
