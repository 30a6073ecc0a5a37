import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';

import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Signer portal', template: '%s · Signer portal' },
  description: 'Read and sign documents sent to you, on any device.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f8fafc' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders for its request, so that Next.js can put the nonce of the request's
  // Content-Security-Policy (made in proxy.ts) on its scripts; a page built ahead has none.
  await connection();

  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
