import http from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';

export interface PageWeight {
  /** The HTML document, as sent (gzip when the server compresses it). */
  htmlBytes: number;
  /** Every script the page loads, gzip. */
  jsBytes: number;
  /** Every stylesheet, gzip. */
  cssBytes: number;
  /** Fonts and images the page preloads, as sent. */
  otherBytes: number;
  /** The document and every file it names. */
  requests: number;
}

interface Fetched {
  status: number;
  body: Buffer;
  gzipped: boolean;
}

/**
 * What a phone downloads to show a page: the HTML, then each script, stylesheet and preloaded
 * file the HTML names, asked for with `Accept-Encoding: gzip` as a browser asks. A file the
 * server sends uncompressed is counted at its gzip size, as a CDN in front would send it.
 */
export async function measurePageWeight(baseUrl: string, path: string): Promise<PageWeight> {
  const page = await get(new URL(path, baseUrl));
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}, not 200.`);

  const html = (page.gzipped ? gunzipSync(page.body) : page.body).toString('utf8');
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const others = new Set<string>();

  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    // A phone's browser runs modules and skips the scripts meant for browsers without them.
    if (src && !/\bnomodule\b/i.test(tag)) scripts.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    const as = /\bas="([^"]+)"/.exec(tag)?.[1] ?? '';
    if (!href) continue;

    if (rel.includes('stylesheet') || (rel === 'preload' && as === 'style')) styles.add(href);
    else if (rel === 'modulepreload' || (rel === 'preload' && as === 'script')) scripts.add(href);
    else if (rel === 'preload' || rel === 'icon' || rel === 'apple-touch-icon') others.add(href);
  }

  const size = async (urls: Set<string>) => {
    let total = 0;
    for (const url of urls) {
      const file = await get(new URL(decodeEntities(url), baseUrl));
      total += file.gzipped ? file.body.byteLength : gzipSync(file.body).byteLength;
    }

    return total;
  };

  return {
    htmlBytes: page.gzipped ? page.body.byteLength : gzipSync(page.body).byteLength,
    jsBytes: await size(scripts),
    cssBytes: await size(styles),
    otherBytes: await size(others),
    requests: 1 + scripts.size + styles.size + others.size,
  };
}

function decodeEntities(url: string): string {
  return url.replaceAll('&amp;', '&');
}

function get(url: URL): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      {
        headers: {
          'accept-encoding': 'gzip',
          'user-agent':
            'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 ' +
            '(KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks),
            gzipped: response.headers['content-encoding'] === 'gzip',
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}
