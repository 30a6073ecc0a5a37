import type { Metadata } from 'next';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';

import { SignInForm } from '@/components/auth/sign-in-form';
import { authOptions } from '@/lib/auth/auth-options';
import { safeCallbackUrl } from '@/lib/auth/safe-callback-url';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Sign in',
  robots: { index: false, follow: false },
};

interface SignInPageProps {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;
}

/** GET /sign-in – members of an organization sign in to follow their packages. */
export default async function SignInPage({ searchParams }: SignInPageProps) {
  const [{ callbackUrl, error }, session] = await Promise.all([
    searchParams,
    getServerSession(authOptions()),
  ]);
  const target = safeCallbackUrl(callbackUrl);

  if (session?.memberId) redirect(target);

  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Sign in</h1>
        <p className="text-slate-700 dark:text-slate-300">
          For members of an organization that sends documents for signature. If you were asked to
          sign something, open the link in your email instead: you do not need an account.
        </p>
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
        <noscript>
          <p className="mb-4 text-sm font-medium">Signing in needs JavaScript turned on.</p>
        </noscript>
        <SignInForm
          callbackUrl={target}
          initialError={typeof error === 'string' && error ? error : null}
        />
      </div>
    </main>
  );
}
