import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { TEST_SECRET } from './seed';
import type { SharedTestDatabase } from './test-databases';

const WORKER = path.resolve(__dirname, 'signing-worker.ts');

/** Starts the signing worker and resolves once it has connected. */
export function startSigningWorker(
  database: SharedTestDatabase,
  args: string[],
): {
  child: ChildProcess;
  ready: Promise<void>;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', WORKER, ...args],
    {
      cwd: path.resolve(__dirname, '../..'),
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATABASE_SCHEMA: database.schema ?? '',
        PORTAL_SECRET: TEST_SECRET,
        NODE_OPTIONS: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('ready')) {
        clearInterval(timer);
        resolve();
      }
    }, 10);
    void exited.then((code) => {
      clearInterval(timer);
      if (!output.includes('ready')) reject(new Error(`Worker exited (${code}): ${output}`));
    });
  });

  return { child, ready, output: () => output, exited };
}
