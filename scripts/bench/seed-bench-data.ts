import { randomUUID } from 'node:crypto';

import bcrypt from 'bcryptjs';
import type { Insertable, Kysely } from 'kysely';

import type { PortalDatabase } from '@/lib/db/engine';
import type { Database } from '@/lib/db/schema';
import { PACKAGE_TYPES } from '@/lib/domain/package-types';
import { createDemoDocument } from '@/lib/pdf/create-demo-document';
import { deriveSigningToken, hashSigningToken } from '@/lib/tokens/signing-token';

export interface BenchSize {
  packages: number;
  signers: number;
  revisions: number;
  organizations: number;
}

/** A document a signer may sign now: the signing benchmark signs each one once. */
export interface SignableRevision {
  token: string;
  documentId: string;
}

export interface BenchData {
  /** The organization that holds a tenth of the packages, with its member's sign-in. */
  large: { organizationId: string; packages: number; email: string; password: string };
  /** Tokens of open packages, for the signer page. */
  signerTokens: string[];
  /** Distinct revisions whose signer has consented and whose turn it is, interleaved by package. */
  signable: SignableRevision[];
  /** A signer's email address in the large organization, for the search. */
  searchEmail: string;
  counts: Record<'packages' | 'documents' | 'signers' | 'revisions' | 'signingLinks', number>;
  seconds: number;
}

/** At most this many bound values per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_VALUES = 30_000;

/** Packages put together in memory before their rows are written. */
const PACKAGES_PER_BATCH = 1_000;

const DAY = 86_400_000;
const LINK_DAYS = 30;
const SAMPLE_TOKENS = 5_000;

/** Stored states in the proportions a busy organization has them. */
const STATES = ['open', 'open', 'open', 'open', 'executed', 'executed', 'draft', 'rescinded'];

/**
 * Fills a migrated, empty database with `size` packages, signers and revisions across
 * `size.organizations` organizations, in one transaction of multi-row inserts. The first
 * organization holds a tenth of the packages (the dashboard's large organization); the
 * packages of the signing benchmark are open `concurrent` ones of the second, whose signers
 * have all consented.
 */
export async function seedBenchData(
  database: PortalDatabase,
  size: BenchSize,
  secret: string,
  now: Date,
): Promise<BenchData> {
  const started = performance.now();
  const at = now.toISOString();
  const password = `bench-${randomUUID()}`;
  const passwordHash = await bcrypt.hash(password, 10);
  const pdf = await createDemoDocument({
    title: 'Residential lease',
    organizationName: 'Bench Realty',
    sections: [
      {
        heading: 'Parties',
        paragraphs: ['The landlord lets the flat to the tenant for twelve months from the start.'],
      },
    ],
  });

  const organizations = Array.from({ length: Math.max(1, size.organizations) }, (_, index) => ({
    id: randomUUID(),
    memberId: randomUUID(),
    fileId: randomUUID(),
    email: `owner${index}@bench.example`,
    name: index === 0 ? 'Harbour Lettings' : `Bench Realty ${index}`,
  }));
  const largeCount = organizations.length > 1 ? Math.round(size.packages / 10) : size.packages;
  const signingCount = Math.min(5_000, Math.max(100, Math.round(size.packages / 20)));
  const signingOrganization = organizations[1] ?? organizations[0]!;
  const firstForSigning = size.packages - signingCount * Math.max(1, organizations.length - 1);

  const data: BenchData = {
    large: { organizationId: organizations[0]!.id, packages: 0, email: '', password },
    signerTokens: [],
    signable: [],
    searchEmail: '',
    counts: { packages: 0, documents: 0, signers: 0, revisions: 0, signingLinks: 0 },
    seconds: 0,
  };
  data.large.email = organizations[0]!.email;

  const signingPackages: { documents: string[]; tokens: string[] }[] = [];
  let tokensSeen = 0;

  await database.db.transaction().execute(async (trx) => {
    await insertRows(
      trx,
      'organizations',
      organizations.map((o) => ({ id: o.id, name: o.name, created_at: at })),
    );
    await insertRows(
      trx,
      'members',
      organizations.map((o) => ({
        id: o.memberId,
        organization_id: o.id,
        email: o.email,
        name: 'Olivia Owner',
        password_hash: passwordHash,
        time_zone: 'Europe/Lisbon',
        created_at: at,
      })),
    );
    await insertRows(
      trx,
      'files',
      organizations.map((o) => ({
        id: o.fileId,
        organization_id: o.id,
        file_name: 'lease.pdf',
        content: pdf,
        sha256: 'bench',
        byte_size: pdf.byteLength,
        page_count: 1,
        kind: 'original',
        created_at: at,
      })),
    );

    for (let offset = 0; offset < size.packages; offset += PACKAGES_PER_BATCH) {
      const rows = {
        packages: [] as Database['packages'][],
        documents: [] as Database['documents'][],
        signers: [] as Insertable<Database['signers']>[],
        revisions: [] as Database['revisions'][],
        signing_links: [] as Database['signing_links'][],
        audit_events: [] as Omit<Database['audit_events'], 'id'>[],
      };

      for (
        let index = offset;
        index < Math.min(size.packages, offset + PACKAGES_PER_BATCH);
        index++
      ) {
        // The large organization's packages first, then round the others; the last packages of
        // the second organization are those the signing benchmark signs.
        const organization =
          index < largeCount
            ? organizations[0]!
            : (organizations[1 + ((index - largeCount) % Math.max(1, organizations.length - 1))] ??
              organizations[0]!);
        const forSigning = organization === signingOrganization && index >= firstForSigning;
        const signerCount = share(size.signers, size.packages, index);
        const documentCount = Math.max(
          1,
          Math.round(
            (Math.round((size.revisions * (index + 1)) / size.packages) - data.counts.revisions) /
              signerCount,
          ),
        );
        const packageId = randomUUID();
        const created = new Date(now.getTime() - (size.packages - index) * 60_000).toISOString();
        const type = forSigning ? 'concurrent' : PACKAGE_TYPES[index % PACKAGE_TYPES.length]!;
        const state = forSigning ? 'open' : STATES[index % STATES.length]!;
        // One open package in ten has passed its deadline, and reads as expired.
        const deadlineDays = index % 10 === 3 && !forSigning ? -2 : 5 + (index % 50);

        rows.packages.push({
          id: packageId,
          organization_id: organization.id,
          member_id: organization.memberId,
          name: `Lease ${index} Harbour Street`,
          type,
          state,
          time_sign_by: new Date(now.getTime() + deadlineDays * DAY).toISOString(),
          time_zone: null,
          locale: null,
          external_data: null,
          generate_signer_links: 1,
          meeting_time_start:
            type === 'video_closing_room' ? new Date(now.getTime() + 3 * DAY).toISOString() : null,
          meeting_duration: type === 'video_closing_room' ? 'PT1H' : null,
          meeting_is_private: 0,
          rescind_message: null,
          declined_by_signer_id: null,
          decline_reason: null,
          created_at: created,
          updated_at: created,
          sent_at: state === 'draft' ? null : created,
          executed_at: state === 'executed' ? created : null,
        });
        if (organization === organizations[0]) data.large.packages++;

        const documentIds = Array.from({ length: documentCount }, () => randomUUID());
        documentIds.forEach((documentId, order) =>
          rows.documents.push({
            id: documentId,
            package_id: packageId,
            file_id: organization.fileId,
            name: order === 0 ? 'Residential lease' : `Rider ${order}`,
            file_name: 'lease.pdf',
            external_id: null,
            sort_order: order + 1,
            created_at: created,
            current_file_id: null,
          }),
        );

        const tokens: string[] = [];
        for (let order = 1; order <= signerCount; order++) {
          const signerId = randomUUID();
          const linkId = randomUUID();
          const tokenSalt = randomUUID().replaceAll('-', '').slice(0, 22);
          const token = deriveSigningToken(secret, linkId, tokenSalt);
          const email = `signer${order}.${index}+lease@example.com`;
          tokens.push(token);

          rows.signers.push({
            id: signerId,
            package_id: packageId,
            first_name: `Signer${order}`,
            last_name: `Family${index}`,
            email,
            mobile_number: null,
            sort_order: order,
            created_at: created,
            last_notified_at: null,
          });
          rows.signing_links.push({
            id: linkId,
            package_id: packageId,
            signer_id: signerId,
            token_hash: hashSigningToken(token),
            token_salt: tokenSalt,
            time_expires: new Date(now.getTime() + LINK_DAYS * DAY).toISOString(),
            created_at: created,
            revoked_at: null,
          });
          for (const documentId of documentIds) {
            const signed = state === 'executed' || (state === 'open' && !forSigning && order === 1);
            rows.revisions.push({
              id: randomUUID(),
              package_id: packageId,
              document_id: documentId,
              signer_id: signerId,
              signed_at: signed ? created : null,
              signed_file_id: null,
              signed_sha256: null,
            });
          }
          if (forSigning) {
            rows.audit_events.push({
              organization_id: organization.id,
              package_id: packageId,
              signer_id: signerId,
              member_id: null,
              action: 'consent_given',
              occurred_at: created,
              ip_address: '127.0.0.1',
              user_agent: 'bench',
              details: null,
            });
          }

          if (index === Math.floor(largeCount / 2) && order === 2) data.searchEmail = email;
          if (state === 'open' && deadlineDays > 0 && !forSigning && order === 1) {
            // A uniform sample of the open packages' links (reservoir sampling).
            tokensSeen++;
            if (data.signerTokens.length < SAMPLE_TOKENS) data.signerTokens.push(token);
            else {
              const slot = Math.floor(Math.random() * tokensSeen);
              if (slot < SAMPLE_TOKENS) data.signerTokens[slot] = token;
            }
          }
        }

        data.counts.packages++;
        data.counts.documents += documentCount;
        data.counts.signers += signerCount;
        data.counts.signingLinks += signerCount;
        data.counts.revisions += documentCount * signerCount;
        if (forSigning) signingPackages.push({ documents: documentIds, tokens });
      }

      for (const [table, values] of Object.entries(rows)) {
        await insertRows(trx, table as keyof Database, values);
      }
    }
  });

  // Round robin over packages, so that concurrent requests rarely meet on one package.
  const longest = Math.max(0, ...signingPackages.map((p) => p.documents.length * p.tokens.length));
  for (let slot = 0; slot < longest; slot++) {
    for (const pkg of signingPackages) {
      const documentId = pkg.documents[slot % pkg.documents.length];
      const token = pkg.tokens[Math.floor(slot / pkg.documents.length)];
      if (documentId && token) data.signable.push({ token, documentId });
    }
  }

  data.seconds = (performance.now() - started) / 1000;

  return data;
}

/** Row `index`'s whole share of `total` spread over `count` rows (at least one). */
function share(total: number, count: number, index: number): number {
  return Math.max(
    1,
    Math.floor((total * (index + 1)) / count) - Math.floor((total * index) / count),
  );
}

async function insertRows(trx: Kysely<Database>, table: keyof Database, values: object[]) {
  if (values.length === 0) return;

  const perStatement = Math.max(1, Math.floor(MAX_VALUES / Object.keys(values[0]!).length));
  for (let start = 0; start < values.length; start += perStatement) {
    await trx
      .insertInto(table)
      .values(values.slice(start, start + perStatement) as never)
      .execute();
  }
}
