import { readFormPost } from './form-post';

const url = 'http://portal.test/sign/token/consent';

function post(body: BodyInit | ReadableStream, headers: Record<string, string> = {}) {
  return new Request(url, {
    method: 'POST',
    body,
    headers: { host: 'portal.test', ...headers },
    duplex: 'half',
  } as RequestInit);
}

/** A body sent in chunks, with no length announced. */
function chunked(text: string, chunkSize = 64 * 1024): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;

  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('readFormPost', () => {
  test('reads a form posted from the portal, also with the null origin of no-referrer pages', async () => {
    for (const origin of ['http://portal.test', 'null']) {
      const result = await readFormPost(post('documentId=42', { ...FORM, origin }));

      expect(result).toEqual({ fields: { documentId: '42' } });
    }
  });

  test.each(['https://evil.example', 'foo', '://', 'not a url'])(
    'refuses the origin %j with 403',
    async (origin) => {
      const result = await readFormPost(post('documentId=42', { ...FORM, origin }));

      expect('refusal' in result && result.refusal.status).toBe(403);
    },
  );

  test('refuses a body over the limit even when it is sent in chunks without a length', async () => {
    const result = await readFormPost(post(chunked(`typedName=${'a'.repeat(2_000_000)}`), FORM));

    expect('refusal' in result && result.refusal.status).toBe(413);
  });

  test('answers 400 for a body that is not a form', async () => {
    const result = await readFormPost(
      post('--x\r\nbroken', { 'content-type': 'multipart/form-data; boundary=y' }),
    );

    expect('refusal' in result && result.refusal.status).toBe(400);
  });
});
