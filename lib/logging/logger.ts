import pino from 'pino';

/**
 * The server's structured log: one JSON object a line, to standard output, or appended to the
 * file `PORTAL_LOG_FILE` names. Nothing secret is ever passed to it (tokens, passwords, API
 * keys, cookies, document contents); the paths are listed in `redact` as a second fence for
 * fields that might one day be logged whole.
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? 'info',
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'headers.cookie',
        'headers.authorization',
        'headers.api_key',
        'headers["set-cookie"]',
        'password',
        'token',
        'apiKey',
      ],
      censor: '[redacted]',
    },
  },
  process.env.PORTAL_LOG_FILE
    ? pino.destination({ dest: process.env.PORTAL_LOG_FILE, mkdir: true, append: true, sync: true })
    : pino.destination({ dest: 1, sync: true }),
);
