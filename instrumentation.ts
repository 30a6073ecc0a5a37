/** Runs once when the server starts: background work that belongs to the server process. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.OUTBOX_DELIVERY === 'off') return;

  const { startOutboxDelivery } = await import('@/lib/mail/outbox-timer');
  startOutboxDelivery();
}
