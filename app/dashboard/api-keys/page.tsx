import type { Metadata } from 'next';

import { ApiKeyCreateForm } from '@/components/dashboard/api-key-create-form';
import { OwnerTime } from '@/components/dashboard/owner-time';
import { listApiKeys } from '@/lib/api-keys/list-api-keys';
import { requireMember } from '@/lib/auth/require-member';
import { getPortalDatabase } from '@/lib/db';
import { viewerContext } from '@/lib/viewer/viewer-context';

import { createApiKeyAction, revokeApiKeyAction } from './actions';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'API keys' };

/** GET /dashboard/api-keys – the organization's keys for the package API: create, list, revoke. */
export default async function ApiKeysPage() {
  const [member, { db }, viewer] = await Promise.all([
    requireMember(),
    getPortalDatabase(),
    viewerContext(),
  ]);
  const keys = await listApiKeys(db, member.organizationId);
  const time = (iso: string) => (
    <OwnerTime
      iso={iso}
      profileTimeZone={member.timeZone}
      serverTimeZone={viewer.timeZone}
      locale={viewer.locale}
    />
  );

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">API keys</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Integrations use a key to create and follow your organization’s packages through the
          package API, sending it in the <code>api_key</code> header. A key is shown once, when it
          is made; only a fingerprint of it is kept.
        </p>
      </div>

      <section aria-labelledby="new-key-title" className="space-y-3">
        <h2 id="new-key-title" className="text-lg font-semibold">
          Create a key
        </h2>
        <ApiKeyCreateForm action={createApiKeyAction} />
      </section>

      <section aria-labelledby="keys-title" className="space-y-3">
        <h2 id="keys-title" className="text-lg font-semibold">
          Your organization’s keys
        </h2>
        {keys.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
            No keys yet.
          </p>
        ) : (
          <ul
            aria-label="API keys"
            className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
          >
            {keys.map((key) => (
              <li key={key.apiKeyId} className="space-y-2 p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold break-words">
                    <bdi>{key.name}</bdi>
                  </h3>
                  <code className="text-sm break-all text-slate-700 dark:text-slate-300">
                    {key.keyPrefix}…
                  </code>
                </div>
                <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="font-medium text-slate-600 dark:text-slate-400">Created</dt>
                  <dd>{time(key.createdAt)}</dd>
                  <dt className="font-medium text-slate-600 dark:text-slate-400">Last used</dt>
                  <dd>{key.lastUsedAt ? time(key.lastUsedAt) : 'Never'}</dd>
                  {key.revokedAt ? (
                    <>
                      <dt className="font-medium text-slate-600 dark:text-slate-400">Revoked</dt>
                      <dd>{time(key.revokedAt)}</dd>
                    </>
                  ) : null}
                </dl>
                {key.revokedAt ? (
                  <p className="text-sm font-medium text-slate-700 dark:text-slate-300">
                    Revoked: requests with this key are refused.
                  </p>
                ) : (
                  <details className="group">
                    <summary className="inline-flex min-h-11 cursor-pointer list-none items-center rounded-lg border border-rose-300 px-4 text-sm font-semibold text-rose-800 hover:bg-rose-50 dark:border-rose-800 dark:text-rose-300 dark:hover:bg-rose-950">
                      Revoke “<bdi>{key.name}</bdi>”…
                    </summary>
                    <form
                      action={revokeApiKeyAction}
                      className="mt-3 space-y-3 rounded-lg border border-rose-300 bg-rose-50 p-3 dark:border-rose-800 dark:bg-rose-950"
                    >
                      <input type="hidden" name="apiKeyId" value={key.apiKeyId} />
                      <p className="text-sm">
                        Integrations using “<bdi>{key.name}</bdi>” will be refused from now on. This
                        cannot be undone.
                      </p>
                      <button
                        type="submit"
                        className="inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-rose-700 px-4 text-sm font-semibold text-white hover:bg-rose-800 sm:w-auto"
                      >
                        Yes, revoke this key
                      </button>
                    </form>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
