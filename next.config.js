/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  agentRules: false,
  experimental: {
    agentUpgrade: false,
    // The new package form posts its PDFs with it when the page runs without scripts; the
    // package API's upload limit applies to them as well.
    serverActions: { bodySizeLimit: '26mb' },
  },
  // Native and Node-only modules are loaded at run time, never bundled.
  serverExternalPackages: [
    'better-sqlite3',
    'pg',
    'pino',
    'pdfjs-dist',
    'pdf-lib',
    '@pdf-lib/fontkit',
  ],
  async headers() {
    return [
      {
        source: '/sign/:path*',
        headers: [
          { key: 'Cache-Control', value: 'no-store' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
      {
        source: '/:path*',
        headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }],
      },
    ];
  },
};

module.exports = nextConfig;
