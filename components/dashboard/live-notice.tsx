import { AlertIcon } from '@/components/signer/icons';

/** Said when a live page could not refresh: what it shows may be behind. */
export function StaleNotice({ stale }: { stale: boolean }) {
  return (
    <div role="status">
      {stale ? (
        <p className="flex items-start gap-1.5 text-sm text-amber-900 dark:text-amber-200">
          <AlertIcon className="mt-0.5 size-4" />
          This page could not refresh just now; it shows what it last received.
        </p>
      ) : null}
    </div>
  );
}
