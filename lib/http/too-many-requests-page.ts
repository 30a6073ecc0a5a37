import { NextResponse } from 'next/server';

/**
 * The page a browser gets when a limit on signing links is reached: 429 with `Retry-After`,
 * never cached, and saying nothing about the link that was asked for.
 */
export function tooManyRequestsPage(retryAfterSeconds: number): NextResponse {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const wait = minutes === 1 ? 'a minute' : `${minutes} minutes`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Too many attempts · Signer portal</title>
<style>
:root { color-scheme: light dark; }
body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; }
</style>
</head>
<body>
<main>
<h1>Too many attempts</h1>
<p>This device has opened too many signing links that do not work.
Wait ${wait}, then open the link from your email again.</p>
<p>If it still does not work, ask the sender for a new link.</p>
</main>
</body>
</html>
`;

  return new NextResponse(html, {
    status: 429,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(retryAfterSeconds),
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  });
}
