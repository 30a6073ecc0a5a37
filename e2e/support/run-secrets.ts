import fs from 'node:fs';
import path from 'node:path';

const dataDirectory = path.resolve(process.env.E2E_DATA_DIR ?? './data/e2e');

/** The file where the run notes each secret it makes, for e2e/global-teardown.ts to look for. */
export const RUN_SECRETS_FILE = path.join(dataDirectory, 'run-secrets.txt');

/**
 * Notes a password or key a test made, so that the check at the end of the run can make sure
 * the server never wrote it to its logs. Signing tokens need no note: they are derived again
 * from the database.
 */
export function noteRunSecret(kind: string, value: string) {
  fs.appendFileSync(RUN_SECRETS_FILE, `${JSON.stringify({ kind, value })}\n`, { mode: 0o600 });
}
