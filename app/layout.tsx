import type { Metadata, Viewport } from 'next';

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

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
