import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SECRET_FILE = 'secret';

/**
 * The server secret that signing tokens are derived from. `PORTAL_SECRET` wins; otherwise a
 * secret is made once and kept in the data folder, which suits a single machine. Several
 * instances must share one `PORTAL_SECRET`, or each would derive different tokens.
 */
export function serverSecret(dataDirectory = process.env.DATA_DIR ?? './data'): string {
  const fromEnvironment = process.env.PORTAL_SECRET;

  if (fromEnvironment) {
    if (fromEnvironment.length < 32) {
      throw new Error('PORTAL_SECRET must be at least 32 characters long.');
    }

    return fromEnvironment;
  }

  const file = path.resolve(dataDirectory, SECRET_FILE);

  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }

  fs.mkdirSync(path.dirname(file), { recursive: true });

  const secret = randomBytes(32).toString('base64url');

  try {
    // `wx` fails if another process made the file first; then its secret is the one to use.
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });

    return secret;
  } catch {
    return fs.readFileSync(file, 'utf8').trim();
  }
}
