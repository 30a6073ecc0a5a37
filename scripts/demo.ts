/**
 * npm run demo – starts the portal with demo data on the embedded SQLite database (or the
 * database `DATABASE_URL` names) and prints where to go: the owner's sign-in and a signing
 * link for every demo signer. The same is written to data/demo.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { serverSecret } from '@/lib/config/server-secret';
import { ensureDemoApiKey } from '@/lib/demo/demo-api-key';
import { DEMO_OWNER_EMAIL, demoSigningLinks, seedDemo } from '@/lib/demo/seed-demo';
import { DEFAULT_DATABASE_URL, openDatabase } from '@/lib/db/engine';
import { migrateToLatest } from '@/lib/db/migrate';
import { packageStateLabel } from '@/lib/domain/package-states';
import { packageTypeLabel } from '@/lib/domain/package-types';

const port = Number(process.env.PORT ?? 3000);
const baseUrl = (process.env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
const outputFile = path.resolve(process.env.DEMO_OUTPUT ?? 'data/demo.json');
const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;

async function main() {
  const database = openDatabase(databaseUrl);
  await migrateToLatest(database);

  const secret = serverSecret();
  const { seeded, ownerPassword } = await seedDemo(database.db, { secret, now: new Date() });
  const links = await demoSigningLinks(database.db, secret, baseUrl);
  const newApiKey = await ensureDemoApiKey(database.db, new Date());
  await database.db.destroy();

  const password = ownerPassword ?? previousOwnerPassword();
  const apiKey = newApiKey ?? previousDemoValue('apiKey');
  const demo = { baseUrl, owner: { email: DEMO_OWNER_EMAIL, password }, apiKey, links };

  fs.mkdirSync(path.dirname(outputFile), { recursive: true });
  fs.writeFileSync(outputFile, JSON.stringify(demo, null, 2) + '\n', { mode: 0o600 });

  if (!fs.existsSync('.next/BUILD_ID') || process.env.DEMO_REBUILD === '1') {
    console.log('Building the portal (about a minute, only the first time)…');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const server = spawn('npx', ['next', 'start', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      PUBLIC_URL: baseUrl,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? baseUrl,
      // The server's request log: one JSON line a request, beside the demo's data.
      PORTAL_LOG_FILE:
        process.env.PORTAL_LOG_FILE ?? path.join(process.env.DATA_DIR ?? 'data', 'portal.log'),
    },
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on('exit', (code) => process.exit(code ?? 0));

  await waitUntilServing(`http://127.0.0.1:${port}/`);
  printWelcome(demo, seeded);
}

function previousOwnerPassword(): string | null {
  try {
    return JSON.parse(fs.readFileSync(outputFile, 'utf8')).owner?.password ?? null;
  } catch {
    return null;
  }
}

/** The demo API key is stored only hashed, so later runs take it from the last demo.json. */
function previousDemoValue(name: 'apiKey'): string | null {
  try {
    return JSON.parse(fs.readFileSync(outputFile, 'utf8'))[name] ?? null;
  } catch {
    return null;
  }
}

async function waitUntilServing(url: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      await fetch(url);

      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  throw new Error(`The portal did not start on ${url} within a minute.`);
}

function printWelcome(
  demo: {
    baseUrl: string;
    owner: { email: string; password: string | null };
    apiKey: string | null;
  },
  seeded: boolean,
) {
  const links = (JSON.parse(fs.readFileSync(outputFile, 'utf8')) as { links: DemoLinkLine[] })
    .links;
  const lines = [
    '',
    `The signer portal is running at ${demo.baseUrl}${seeded ? ' with fresh demo data' : ''}.`,
    '',
    `Owner sign-in at ${demo.baseUrl}/sign-in: ${demo.owner.email} / ${demo.owner.password ?? '(see the first run’s output)'}`,
    '',
    `API key (header api_key): ${demo.apiKey ?? '(see the first run’s data/demo.json)'}`,
    `  curl -H "api_key: ${demo.apiKey ?? '<key>'}" -H "Content-Type: application/json" \\`,
    `    -d '{"take": 5}' ${demo.baseUrl}/api/v1/packages/list`,
    '',
    'Signing links, one per demo signer:',
  ];

  let current = '';
  for (const link of links) {
    if (link.packageName !== current) {
      current = link.packageName;
      const labels = `${packageTypeLabel(link.type)}, ${packageStateLabel(link.state)}`;
      lines.push('', `  ${link.packageName}  [${labels}]`);
    }
    lines.push(`    ${link.signer.padEnd(24)} ${link.url}`);
  }

  lines.push(
    '',
    `Written to ${path.relative(process.cwd(), outputFile)}. Mail the portal sends goes to ` +
      (process.env.SMTP_URL
        ? 'SMTP_URL.'
        : `${path.join(process.env.DATA_DIR ?? 'data', 'mail')}/.`),
    'Stop with Ctrl+C.',
    '',
  );
  console.log(lines.join('\n'));
}

interface DemoLinkLine {
  packageName: string;
  type: string;
  state: string;
  signer: string;
  url: string;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
