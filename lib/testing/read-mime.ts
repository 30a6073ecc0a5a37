/** A message as a mail client shows it: its headers that matter, and both of its bodies. */
export interface ReadMessage {
  subject: string;
  to: string;
  text: string;
  html: string;
}

/**
 * Reads a message as the portal's mail library writes it (a text part and an HTML part, each
 * quoted-printable, base64 or plain), enough for tests to see what a person would.
 */
export function readMime(raw: string): ReadMessage {
  const { headers, body } = splitPart(raw);
  const parts = partsOf(headers, body);
  const partOfType = (type: string) =>
    parts.find((part) => (part.headers['content-type'] ?? 'text/plain').startsWith(type));

  return {
    subject: decodeWords(headers.subject ?? ''),
    to: headers.to ?? '',
    text: decodeBody(partOfType('text/plain')),
    html: decodeBody(partOfType('text/html')),
  };
}

interface Part {
  headers: Record<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const normalized = raw.replace(/\r\n/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end === -1 ? normalized : normalized.slice(0, end);
  const headers: Record<string, string> = {};

  // Folded header lines continue on lines that start with white space.
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }

  return { headers, body: end === -1 ? '' : normalized.slice(end + 2) };
}

function partsOf(headers: Record<string, string>, body: string): Part[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (!boundary) return [{ headers, body }];

  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .flatMap((chunk) => {
      const part = splitPart(chunk.replace(/^\n/, ''));

      return partsOf(part.headers, part.body);
    });
}

function decodeBody(part: Part | undefined): string {
  if (!part) return '';

  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body, 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);

  return part.body;
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\n/g, '');
  const bytes: number[] = [];

  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(joined[index]!, 'utf8'));
    }
  }

  return Buffer.from(bytes).toString('utf8');
}

/** Decodes RFC 2047 encoded words ("=?UTF-8?Q?...?="), as non-ASCII subjects are sent. */
function decodeWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_match, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}
