import fs from 'node:fs';
import path from 'node:path';

const mailDirectory = path.resolve(process.env.E2E_DATA_DIR ?? './data/e2e', 'mail');

/** The plain text of a quoted-printable .eml body, soft line breaks joined. */
function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = joined.replace(/=([0-9A-F]{2})/g, (_match, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );

  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Waits for a message to the recipient in the demo's mail folder and returns its text. */
export async function waitForMail(recipient: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;

  while (Date.now() < deadline) {
    const files = fs.existsSync(mailDirectory) ? fs.readdirSync(mailDirectory) : [];

    for (const file of files) {
      const raw = fs.readFileSync(path.join(mailDirectory, file), 'utf8');
      if (raw.includes(`To: ${recipient}`)) return decodeQuotedPrintable(raw);
    }

    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  throw new Error(`No mail reached ${recipient} within ${timeoutMs} ms.`);
}
