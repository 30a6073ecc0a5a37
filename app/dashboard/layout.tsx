import type { Metadata } from 'next';

import { DashboardHeader } from '@/components/dashboard/dashboard-header';
import { requireMember } from '@/lib/auth/require-member';

export const metadata: Metadata = {
  title: { default: 'Packages', template: '%s · Signer portal' },
  robots: { index: false, follow: false },
};

/** Every dashboard page: signed-in members only, under the organization's header. */
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMember();

  return (
    <div className="flex min-h-dvh flex-col">
      <DashboardHeader organizationName={member.organizationName} memberName={member.name} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
