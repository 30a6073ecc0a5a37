'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';

import { signInErrorMessage } from '@/lib/auth/sign-in-errors';

interface SignInFormProps {
  /** Where to go once signed in: a path of this portal. */
  callbackUrl: string;
  /** A refusal code next-auth put in the address, to say what went wrong. */
  initialError: string | null;
}

/** Email and password, with what went wrong said in words beside the form. */
export function SignInForm({ callbackUrl, initialError }: SignInFormProps) {
  const [problem, setProblem] = useState(initialError ? signInErrorMessage(initialError) : null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();

    const form = new FormData(event.currentTarget);
    setSubmitting(true);
    setProblem(null);

    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    }).catch(() => null);

    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);

      return;
    }

    setSubmitting(false);
    setProblem(signInErrorMessage(result?.error ?? ''));
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate={false}>
      <div className="space-y-1.5">
        <label htmlFor="email" className="block text-sm font-medium">
          Email address
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={320}
          className="block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 text-base dark:border-slate-600 dark:bg-slate-900"
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          className="block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 text-base dark:border-slate-600 dark:bg-slate-900"
        />
      </div>

      <div aria-live="polite">
        {problem ? (
          <p
            role="alert"
            className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm font-medium text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100"
          >
            {problem}
          </p>
        ) : null}
      </div>

      <button
        type="submit"
        disabled={submitting}
        className="flex min-h-12 w-full items-center justify-center rounded-lg bg-blue-700 px-4 text-base font-semibold text-white hover:bg-blue-800 disabled:opacity-70 dark:bg-blue-600"
      >
        {submitting ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
