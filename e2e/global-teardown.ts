import fs from 'node:fs';
import path from 'node:path';

import { serverSecret } from '@/lib/config/server-secret';
import { openDatabase } from '@/lib/db/engine';
import { deriveSigningToken } from '@/lib/tokens/signing-token';

import { RUN_SECRETS_FILE } from './support/run-secrets';

const dataDirectory = path.resolve(process.env.E2E_DATA_DIR ?? './data/e2e');

/** The server's logs of the run, as e2e/start-portal.sh has it write them. */
const LOG_FILES = ['portal.log', 'portal-errors.log'];

interface RunSecret {
  kind: string;
  value: string;
}

/**
 * After the whole run: reads everything the server logged and fails the run if any signing
 * token, API key or password that the run used appears in it. Tokens are those of every link
 * in the run's database, retired ones included, derived again from the run's server secret;
 * keys and passwords come from the demo file and from what the tests noted. It also checks
 * that the log has a well-formed line for each request, so that an empty log cannot pass.
 */
export default async function scanLogsForSecrets() {
  const logs = LOG_FILES.map((name) => path.join(dataDirectory, name))
    .filter((file) => fs.existsSync(file))
    .map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
  const requestLog = logs.find(({ file }) => file.endsWith('portal.log'))?.text ?? '';
  const requestLines = requestLog
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.msg === 'request');

  if (requestLines.length === 0) {
    throw new Error(`The server logged no requests in ${dataDirectory}/portal.log.`);
  }

  const malformed = requestLines.filter(
    (entry) =>
      typeof entry.requestId !== 'string' ||
      typeof entry.method !== 'string' ||
      typeof entry.path !== 'string' ||
      typeof entry.status !== 'number' ||
      typeof entry.durationMs !== 'number',
  );
  if (malformed.length > 0) {
    throw new Error(`Request log lines lack a field: ${JSON.stringify(malformed[0])}`);
  }

  const secrets = [...(await signingTokens()), ...demoSecrets(), ...notedSecrets()];
  const leaks = secrets.filter(({ value }) => logs.some(({ text }) => text.includes(value)));

  if (leaks.length > 0) {
    const found = leaks.map(({ kind, value }) => `${kind} ${value.slice(0, 4)}…`).join(', ');
    throw new Error(`The server logs of this run hold ${leaks.length} secret(s): ${found}.`);
  }

  console.log(
    `Logs scanned: ${requestLines.length} request lines, no one of ${secrets.length} tokens, ` +
      'keys and passwords in them.',
  );
}

async function signingTokens(): Promise<RunSecret[]> {
  const database = openDatabase(`file:${path.join(dataDirectory, 'portal.db')}`);
  const secret = serverSecret(dataDirectory);

  try {
    const links = await database.db
      .selectFrom('signing_links')
      .select(['id', 'token_salt'])
      .execute();

    return links.map((link) => ({
      kind: 'signing token',
      value: deriveSigningToken(secret, link.id, link.token_salt),
    }));
  } finally {
    await database.db.destroy();
  }
}

function demoSecrets(): RunSecret[] {
  const demo = JSON.parse(fs.readFileSync(path.join(dataDirectory, 'demo.json'), 'utf8')) as {
    owner: { password: string | null };
    apiKey: string | null;
  };

  return [
    ...(demo.owner.password ? [{ kind: 'password', value: demo.owner.password }] : []),
    ...(demo.apiKey ? [{ kind: 'API key', value: demo.apiKey }] : []),
  ];
}

function notedSecrets(): RunSecret[] {
  if (!fs.existsSync(RUN_SECRETS_FILE)) return [];

  return fs
    .readFileSync(RUN_SECRETS_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RunSecret);
}
