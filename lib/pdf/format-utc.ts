/**
 * Formats an ISO instant as it is printed in signed documents and certificates, to the second
 * and labelled with its zone, e.g. "2026-03-01 04:59:59 UTC". Throws on a string that is not
 * an instant, so a bad time never reaches a signed file.
 */
export function formatUtc(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO instant: ${instant}`);

  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
