import type { Kysely } from 'kysely';

import type { Database } from '@/lib/db/schema';
import { insertDocumentsFromUploads, insertSigners } from '@/lib/packages/package-parts';

import { notFound } from '../api-error';
import { parseApiInput } from '../parse-api-input';
import { ZSignerInput, type TUpdatePackageRequest } from '../schemas/package-input';

export type SignerUpdate = NonNullable<TUpdatePackageRequest['signers']>[number];
export type DocumentUpdate = NonNullable<TUpdatePackageRequest['documents']>[number];

export interface CurrentSigner {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  mobile_number: string | null;
  sort_order: number;
}

export interface CurrentDocument {
  id: string;
  file_id: string;
  name: string;
  file_name: string;
  sort_order: number;
}

/** The signers and documents of a package as they are before an update. */
export async function loadCurrentParts(trx: Kysely<Database>, packageId: string) {
  const [signers, documents] = await Promise.all([
    trx
      .selectFrom('signers')
      .select(['id', 'first_name', 'last_name', 'email', 'mobile_number', 'sort_order'])
      .where('package_id', '=', packageId)
      .execute(),
    trx
      .selectFrom('documents')
      .select(['id', 'file_id', 'name', 'file_name', 'sort_order'])
      .where('package_id', '=', packageId)
      .execute(),
  ]);

  return {
    signers: signers.map((row) => ({ ...row, sort_order: Number(row.sort_order) })),
    documents: documents.map((row) => ({ ...row, sort_order: Number(row.sort_order) })),
  };
}

/** The contact fields of a signer that an update changes, in the table's names. */
export function signerChanges(current: CurrentSigner, update: SignerUpdate) {
  const changes: Partial<Omit<CurrentSigner, 'id'>> = {};

  if (update.firstName !== undefined && update.firstName !== current.first_name) {
    changes.first_name = update.firstName;
  }
  if (update.lastName !== undefined && update.lastName !== current.last_name) {
    changes.last_name = update.lastName;
  }
  if (update.email !== undefined && update.email !== current.email) changes.email = update.email;
  if (update.mobileNumber !== undefined && update.mobileNumber !== current.mobile_number) {
    changes.mobile_number = update.mobileNumber;
  }

  return changes;
}

/** A signer of the update that names a `signerId` the package does not have is not found. */
export function currentSignerOf(signers: CurrentSigner[], update: SignerUpdate) {
  if (update.signerId === undefined) return undefined;

  const signer = signers.find((candidate) => candidate.id === update.signerId);
  if (!signer) throw notFound('signer', update.signerId);

  return signer;
}

/**
 * Makes the package's signers the list given: signers named by `signerId` are changed, the
 * others are added, and signers left out are removed with their revisions and links. Returns
 * the ids of signers added or changed, and whether any signer was removed.
 */
export async function replaceSigners(
  trx: Kysely<Database>,
  target: { packageId: string; createdAt: string },
  current: CurrentSigner[],
  updates: SignerUpdate[],
): Promise<{ touched: string[]; removed: boolean }> {
  const touched: string[] = [];

  for (const [index, update] of updates.entries()) {
    const order = update.order ?? index + 1;
    const signer = currentSignerOf(current, update);

    if (!signer) {
      const details = parseApiInput(ZSignerInput, { ...update, order }, 'signer');
      touched.push(...(await insertSigners(trx, target, [details])));
      continue;
    }

    const changes = { ...signerChanges(signer, update) };
    if (order !== signer.sort_order) Object.assign(changes, { sort_order: order });
    if (Object.keys(changes).length === 0) continue;

    await trx.updateTable('signers').set(changes).where('id', '=', signer.id).execute();
    touched.push(signer.id);
  }

  const kept = new Set(updates.map((update) => update.signerId));
  const removed = current.filter((signer) => !kept.has(signer.id)).map((signer) => signer.id);
  if (removed.length > 0) await trx.deleteFrom('signers').where('id', 'in', removed).execute();

  return { touched, removed: removed.length > 0 };
}

/**
 * Makes the package's documents the list given: a document whose upload (`fileId`) the
 * package holds keeps its place and revisions, a new `fileId` is taken from the uploads, and
 * documents left out are removed with their original files. Returns whether anything changed.
 */
export async function replaceDocuments(
  trx: Kysely<Database>,
  target: { organizationId: string; packageId: string; createdAt: string; now: Date },
  current: CurrentDocument[],
  updates: DocumentUpdate[],
): Promise<boolean> {
  let changed = false;

  for (const [index, update] of updates.entries()) {
    const order = update.order ?? index + 1;
    const document = current.find((candidate) => candidate.file_id === update.fileId);

    if (!document) {
      await insertDocumentsFromUploads(trx, target, [{ ...update, order }]);
      changed = true;
      continue;
    }

    const changes = {
      name: update.name ?? document.name,
      file_name: update.fileName ?? document.file_name,
      sort_order: order,
    };
    if (
      changes.name === document.name &&
      changes.file_name === document.file_name &&
      changes.sort_order === document.sort_order
    ) {
      continue;
    }

    await trx.updateTable('documents').set(changes).where('id', '=', document.id).execute();
    changed = true;
  }

  const kept = new Set(updates.map((update) => update.fileId));
  const removed = current.filter((document) => !kept.has(document.file_id));
  if (removed.length > 0) {
    await trx
      .deleteFrom('documents')
      .where(
        'id',
        'in',
        removed.map((document) => document.id),
      )
      .execute();
    await trx
      .deleteFrom('files')
      .where(
        'id',
        'in',
        removed.map((document) => document.file_id),
      )
      .where('kind', '=', 'original')
      .execute();
    changed = true;
  }

  return changed;
}
