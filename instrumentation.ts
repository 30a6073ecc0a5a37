import type { Instrumentation } from 'next';

/** Runs once when the server starts: what belongs to the server process. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;

  const { startRequestLog } = await import('@/lib/logging/request-log');
  startRequestLog();

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

  if (process.env.WEBHOOK_DELIVERY !== 'off') {
    const { startWebhookDelivery } = await import('@/lib/webhooks/webhook-timer');
    startWebhookDelivery();
  }
}

/**
 * A request that failed on the server: logged as one structured line with the route's pattern
 * (`/sign/[token]`, never the token) and the error, beside the request's own line.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;

  const { logger } = await import('@/lib/logging/logger');
  const { loggablePath } = await import('@/lib/logging/loggable-path');
  const headers = request.headers as Record<string, string | string[] | undefined>;

  logger.error({
    msg: 'request failed',
    requestId: headers['x-request-id'],
    method: request.method,
    route: context.routePath,
    path: loggablePath(request.path),
    routeType: context.routeType,
    err: error,
  });
};
