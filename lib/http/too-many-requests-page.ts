import { NextResponse } from 'next/server';

export interface TooManyRequestsPage {
  title: string;
  /** Plain sentences; they are escaped. */
  paragraphs: string[];
  retryAfterSeconds: number;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** "a minute", "12 minutes", "an hour": how long to wait, rounded up. */
export function waitWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes === 1) return 'a minute';

  return minutes >= 60 ? 'an hour' : `${minutes} minutes`;
}

/**
 * A page for a browser that reached a limit on a signer path: 429 with `Retry-After`, never
 * cached, indexed or sent as a referrer. A page of its own, without the app's scripts and
 * styles, because the proxy and route handlers answer it before any page renders.
 */
export function tooManyRequestsPage(page: TooManyRequestsPage): NextResponse {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(page.title)} · Signer portal</title>
<style>
:root { color-scheme: light dark; }
body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(page.title)}</h1>
${page.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
</main>
</body>
</html>
`;

  return new NextResponse(html, {
    status: 429,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(page.retryAfterSeconds),
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  });
}
