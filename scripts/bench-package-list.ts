/**
 * npx tsx --conditions=react-server scripts/bench-package-list.ts [packages] – times the owner's
 * package list (page and counts) on an organization with many packages, on a throwaway SQLite
 * database, or on PostgreSQL when BENCH_DATABASE_URL is set.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { countPackagesByState } from '@/lib/dashboard/count-packages-by-state';
import { listPackages } from '@/lib/dashboard/list-packages';
import { DEFAULT_FILTERS, type PackageListFilters } from '@/lib/dashboard/package-list-filters';
import { openDatabase, type PortalDatabase } from '@/lib/db/engine';
import { migrateToLatest } from '@/lib/db/migrate';
import { PACKAGE_TYPES } from '@/lib/domain/package-types';
import { seedOrganization, TINY_PDF } from '@/lib/testing/seed';

const total = Number(process.argv[2] ?? 100_000);
const STATES = ['open', 'open', 'open', 'draft', 'executed', 'expired', 'rescinded'];

async function main() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  // BENCH_SQLITE_FILE keeps the seeded database between runs, to time one change at a time.
  const kept = process.env.BENCH_SQLITE_FILE;
  const url = process.env.BENCH_DATABASE_URL ?? `file:${kept ?? path.join(folder, 'bench.db')}`;
  const schema = `bench_${randomUUID().slice(0, 8)}`;
  const database = openDatabase(url, { schema });
  await migrateToLatest(database, schema);

  const existing = await database.db
    .selectFrom('members')
    .select(['id as memberId', 'organization_id as organizationId'])
    .executeTakeFirst();
  const owner = existing ?? (await seedPackages(database, total));

  await timeViews(database, owner.organizationId);
  await database.db.destroy();
  fs.rmSync(folder, { recursive: true, force: true });
}

async function seedPackages(database: PortalDatabase, total: number) {
  const owner = await seedOrganization(database.db, 'Bench Realty');
  const fileId = randomUUID();
  const at = new Date().toISOString();
  await database.db
    .insertInto('files')
    .values({
      id: fileId,
      organization_id: owner.organizationId,
      file_name: 'a.pdf',
      content: TINY_PDF,
      sha256: 'x',
      byte_size: TINY_PDF.length,
      page_count: 1,
      kind: 'original',
      created_at: at,
    })
    .execute();

  const started = Date.now();
  for (let offset = 0; offset < total; offset += 500) {
    await database.db.transaction().execute(async (trx) => {
      const packages = [];
      const documents = [];
      const signers = [];
      const revisions = [];

      for (let index = offset; index < Math.min(total, offset + 500); index++) {
        const id = randomUUID();
        const documentId = randomUUID();
        const created = new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString();
        packages.push({
          id,
          organization_id: owner.organizationId,
          member_id: owner.memberId,
          name: `Lease ${index} Harbour Street`,
          type: PACKAGE_TYPES[index % PACKAGE_TYPES.length]!,
          state: STATES[index % STATES.length]!,
          time_sign_by: new Date(Date.now() + ((index % 60) - 20) * 86_400_000).toISOString(),
          time_zone: null,
          locale: null,
          external_data: null,
          generate_signer_links: 1,
          meeting_time_start: null,
          meeting_duration: null,
          meeting_is_private: 0,
          rescind_message: null,
          declined_by_signer_id: null,
          decline_reason: null,
          created_at: created,
          updated_at: created,
          sent_at: created,
          executed_at: null,
        });
        documents.push({
          id: documentId,
          package_id: id,
          file_id: fileId,
          name: 'Lease',
          file_name: 'a.pdf',
          external_id: null,
          sort_order: 1,
          created_at: created,
          current_file_id: null,
        });
        for (let order = 1; order <= 3; order++) {
          const signerId = randomUUID();
          signers.push({
            id: signerId,
            package_id: id,
            first_name: `Signer${order}`,
            last_name: `Family${index}`,
            email: `signer${order}.${index}+lease@example.com`,
            mobile_number: null,
            sort_order: order,
            created_at: created,
          });
          revisions.push({
            id: randomUUID(),
            package_id: id,
            document_id: documentId,
            signer_id: signerId,
            signed_at: order === 1 ? created : null,
            signed_file_id: null,
            signed_sha256: null,
          });
        }
      }

      await trx.insertInto('packages').values(packages).execute();
      await trx.insertInto('documents').values(documents).execute();
      await trx.insertInto('signers').values(signers).execute();
      await trx.insertInto('revisions').values(revisions).execute();
    });
  }
  console.log(`Seeded ${total} packages in ${Date.now() - started} ms.`);

  return owner;
}

async function timeViews(database: PortalDatabase, organizationId: string) {
  const views: [string, Partial<PackageListFilters>][] = [
    ['newest first', {}],
    ['open, by deadline', { state: 'open', sort: 'deadline' }],
    ['expired, by name, page 40', { state: 'expired', sort: 'name', page: 40 }],
    ['search an email', { search: 'signer2.77777+lease@example.com' }],
    ['search a word', { search: 'family4242' }],
  ];

  for (const [label, changes] of views) {
    const filters = { ...DEFAULT_FILTERS, ...changes };
    const now = new Date();
    const start = performance.now();
    const items = await listPackages(database, organizationId, filters, now);
    const listed = performance.now();
    const counts = await countPackagesByState(database, organizationId, filters, now);
    const counted = performance.now();

    console.log(
      `${label.padEnd(28)} page ${(listed - start).toFixed(0).padStart(4)} ms, counts ` +
        `${(counted - listed).toFixed(0).padStart(4)} ms: ${items.length} shown of ${counts.all}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
