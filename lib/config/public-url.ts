/** The address signers reach the portal at, without a trailing slash. */
export function publicUrl(): string {
  const url = process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;

  return url.replace(/\/+$/, '');
}
