import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const TOKEN = 'lA2_0zKVHyUO-YjmUfMLuA';
const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'request-log-')), 'portal.log');

describe('the request log', () => {
  let server: http.Server;
  let seen: http.IncomingHttpHeaders[];
  let baseUrl: string;
  let stopRequestLog: () => void;

  beforeAll(async () => {
    process.env.PORTAL_LOG_FILE = logFile;
    const { startRequestLog } = await import('./request-log');
    stopRequestLog = startRequestLog();

    seen = [];
    server = http.createServer((request, response) => {
      seen.push({ ...request.headers });
      response.statusCode = request.url?.startsWith('/sign/') ? 410 : 200;
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    stopRequestLog();
    delete process.env.PORTAL_LOG_FILE;
    delete process.env.TRUST_PROXY;
    await new Promise((resolve) => server.close(resolve));
  });

  const logLines = () =>
    fs
      .readFileSync(logFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  test('writes one line per request, with its id and status and without its token', async () => {
    const response = await fetch(`${baseUrl}/sign/${TOKEN}/consent?signed=${TOKEN}`, {
      headers: { 'X-Request-Id': 'chosen-by-client', Cookie: 'session=secret' },
    });
    await response.text();
    await new Promise((resolve) => setTimeout(resolve, 50));

    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.at(-1)!['x-request-id']).toBe(requestId);

    const line = logLines().find((entry) => entry.requestId === requestId);
    expect(line).toMatchObject({
      msg: 'request',
      method: 'GET',
      path: '/sign/[token]/consent?signed=[redacted]',
      status: 410,
    });
    expect(line!.durationMs).toEqual(expect.any(Number));
    expect(fs.readFileSync(logFile, 'utf8')).not.toMatch(new RegExp(`${TOKEN}|secret`));
  });

  test('believes only the connection for the address and scheme, unless behind a proxy', async () => {
    const forged = { 'X-Forwarded-For': '192.0.2.1', 'X-Forwarded-Proto': 'https' };

    await (await fetch(`${baseUrl}/`, { headers: forged })).text();
    expect(seen.at(-1)!['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen.at(-1)!['x-forwarded-proto']).toBe('http');

    process.env.TRUST_PROXY = '1';
    await (await fetch(`${baseUrl}/`, { headers: forged })).text();
    expect(seen.at(-1)!['x-forwarded-for']).toBe('192.0.2.1, 127.0.0.1');
    expect(seen.at(-1)!['x-forwarded-proto']).toBe('https');
  });
});
