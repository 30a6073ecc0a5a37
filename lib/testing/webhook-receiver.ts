import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  signature: string | undefined;
  contentType: string | undefined;
  rawBody: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are checked by shape
  body: any;
}

/** How the receiver answers one request: a status, or `hang` to never answer at all. */
export type ReceiverAnswer = number | 'hang';

/**
 * A webhook receiver on 127.0.0.1, on a free port, that keeps every request it gets and
 * answers as it is told: `answers` are used in turn, then `otherwise`.
 */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  const answers: ReceiverAnswer[] = [];
  let otherwise: ReceiverAnswer = 200;

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];

    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      received.push({
        path: request.url ?? '/',
        signature: request.headers['x-signature'] as string | undefined,
        contentType: request.headers['content-type'],
        rawBody,
        body: JSON.parse(rawBody),
      });

      const answer = answers.shift() ?? otherwise;
      if (answer === 'hang') return;

      response.writeHead(answer, { 'content-type': 'text/plain' }).end('ok');
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    received,
    /** The address of a path on this receiver. */
    url: (path = '/hooks') => `http://127.0.0.1:${port}${path}`,
    /** The next requests get these answers, in order. */
    answerNext: (...next: ReceiverAnswer[]) => answers.push(...next),
    /** What every request gets once the queued answers are used up. */
    answerAlways: (answer: ReceiverAnswer) => {
      otherwise = answer;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
