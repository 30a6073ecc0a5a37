import type { Metadata } from 'next';
import Link from 'next/link';

import { NewPackageForm } from '@/components/dashboard/new-package-form';
import { requireMember } from '@/lib/auth/require-member';
import { now } from '@/lib/clock';
import { EMPTY_NEW_PACKAGE } from '@/lib/packages/new-package-form';
import { timeZoneOptions } from '@/lib/time/time-zone-options';
import { viewerContext } from '@/lib/viewer/viewer-context';

import { createPackageAction, type NewPackageState } from './actions';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'New package' };

/** GET /dashboard/packages/new – upload PDFs, name the package, add signers, save or send. */
export default async function NewPackagePage() {
  const [member, viewer] = await Promise.all([requireMember(), viewerContext()]);
  const initial: NewPackageState = {
    version: 0,
    values: EMPTY_NEW_PACKAGE,
    errors: {},
    refusedUploads: [],
    problem: null,
  };

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <Link href="/dashboard" className="inline-flex min-h-11 items-center text-sm underline">
          All packages
        </Link>
        <h1 className="text-2xl font-semibold">New package</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Save it as a draft to finish later, or send it: each signer is emailed their own signing
          link at once.
        </p>
      </div>

      <NewPackageForm
        action={createPackageAction}
        initial={initial}
        zones={timeZoneOptions(now())}
        serverTimeZone={member.timeZone ?? viewer.timeZone}
      />
    </div>
  );
}
