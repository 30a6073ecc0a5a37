'use client';

import { useActionState } from 'react';

import type { CreateApiKeyState } from '@/app/dashboard/api-keys/actions';
import { MAX_API_KEY_NAME_LENGTH } from '@/lib/api-keys/api-key-name';

import { CopyButton } from './copy-button';

interface ApiKeyCreateFormProps {
  action: (previous: CreateApiKeyState, form: FormData) => Promise<CreateApiKeyState>;
}

const INPUT =
  'block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 text-base dark:border-slate-600 dark:bg-slate-900';

/** A name for a new key; once made, the key itself, shown this one time, with a copy button. */
export function ApiKeyCreateForm({ action }: ApiKeyCreateFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const invalid = state.status === 'invalid';

  return (
    <div className="space-y-4">
      {state.status === 'created' ? (
        <div
          role="status"
          className="space-y-3 rounded-xl border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950"
        >
          <p className="font-semibold">
            Your new key “<bdi>{state.name}</bdi>”. Copy it now: it will not be shown again.
          </p>
          <label htmlFor="new-api-key" className="block text-sm font-medium">
            API key
          </label>
          <input
            id="new-api-key"
            readOnly
            value={state.key}
            onFocus={(event) => event.currentTarget.select()}
            className={`${INPUT} font-mono text-sm`}
          />
          <CopyButton text={state.key} label="Copy key" />
        </div>
      ) : null}

      <form action={formAction} className="space-y-3" noValidate>
        <div className="space-y-1.5">
          <label htmlFor="api-key-name" className="block text-sm font-medium">
            Name of the new key
          </label>
          <p id="api-key-name-hint" className="text-sm text-slate-700 dark:text-slate-300">
            Say which integration will use it, such as “CRM” or “Website”.
          </p>
          <input
            id="api-key-name"
            name="name"
            required
            maxLength={MAX_API_KEY_NAME_LENGTH}
            defaultValue={invalid ? state.name : ''}
            key={state.status === 'created' ? state.key : 'form'}
            aria-invalid={invalid || undefined}
            aria-describedby={
              invalid ? 'api-key-name-error api-key-name-hint' : 'api-key-name-hint'
            }
            className={INPUT}
          />
          {invalid ? (
            <p
              id="api-key-name-error"
              className="text-sm font-medium text-rose-800 dark:text-rose-300"
            >
              {state.message}
            </p>
          ) : null}
        </div>
        <button
          type="submit"
          disabled={pending}
          className="inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-blue-700 px-4 text-base font-semibold text-white hover:bg-blue-800 disabled:opacity-70 sm:w-auto dark:bg-blue-600"
        >
          {pending ? 'Creating…' : 'Create key'}
        </button>
      </form>
    </div>
  );
}
