import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import { loadPackageFacts, type PackageFacts } from '@/lib/packages/load-package-facts';
import { formatInstant } from '@/lib/time/format-instant';

/** What every notice about a package is written from, read inside the change's transaction. */
export interface PackageNoticeFacts extends PackageFacts {
  organizationName: string;
  /** Who hears about the package as its owner: its creating member, else every member. */
  owners: { name: string; email: string; timeZone: string | null }[];
}

/** Loads a package for its notices; null when it no longer exists. */
export async function loadPackageNoticeFacts(
  trx: Kysely<Database>,
  packageId: string,
): Promise<PackageNoticeFacts | null> {
  const pkg = await trx
    .selectFrom('packages as p')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .select(['p.organization_id', 'p.member_id', 'o.name as organizationName'])
    .where('p.id', '=', packageId)
    .executeTakeFirst();
  if (!pkg) return null;

  const facts = await loadPackageFacts(trx, pkg.organization_id, packageId);
  if (!facts) return null;

  const members = await trx
    .selectFrom('members')
    .select(['id', 'name', 'email', 'time_zone'])
    .where('organization_id', '=', pkg.organization_id)
    .orderBy('created_at')
    .execute();
  // Members have no roles yet: every member of the organization is one of its owners.
  const creator = members.filter((member) => member.id === pkg.member_id);
  const owners = (creator.length > 0 ? creator : members).map((member) => ({
    name: member.name,
    email: member.email,
    timeZone: member.time_zone,
  }));

  return { ...facts, organizationName: pkg.organizationName, owners };
}

/** The signer's working link, if they have one that has not expired. */
export function workingLink(
  facts: PackageFacts,
  signerId: string,
  now: Date,
): { id: string; timeExpires: string } | null {
  const link = facts.links.find(
    (candidate) =>
      candidate.signer_id === signerId && Date.parse(candidate.time_expires) > now.getTime(),
  );

  return link ? { id: link.id, timeExpires: link.time_expires } : null;
}

/** An instant as a mail reader sees it: in the given zone (UTC when none), zone named. */
export function mailTime(iso: string, timeZone: string | null): string {
  return formatInstant(iso, { timeZone: timeZone ?? 'UTC', locale: 'en-US' });
}

/** A package name as it appears inside a sentence. */
export function quoted(name: string): string {
  return `“${name}”`;
}

/** The owner's page of a package, as an absolute address. */
export function dashboardPackageUrl(publicUrl: string, packageId: string): string {
  return `${publicUrl}/dashboard/packages/${encodeURIComponent(packageId)}`;
}
