/** Runs once when the server starts: background work that belongs to the server process. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;

  if (process.env.OUTBOX_DELIVERY !== 'off') {
    const { startOutboxDelivery } = await import('@/lib/mail/outbox-timer');
    startOutboxDelivery();
  }

  if (process.env.DEADLINE_REMINDERS !== 'off') {
    const { startDeadlineReminders } = await import('@/lib/notifications/reminder-timer');
    startDeadlineReminders();
  }

  if (process.env.LIFECYCLE_SWEEP !== 'off') {
    const { startLifecycleSweep } = await import('@/lib/lifecycle/sweep-timer');
    startLifecycleSweep();
  }
}
