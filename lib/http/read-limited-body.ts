/**
 * The raw body of a request, read no further than `limit` bytes whatever the request says of
 * its length (a chunked body says nothing), or null as soon as it is known to be longer.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return null;

  if (!request.body) return new Uint8Array();

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;

  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;

    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();

      return null;
    }
    chunks.push(value);
  }

  return Buffer.concat(chunks);
}
