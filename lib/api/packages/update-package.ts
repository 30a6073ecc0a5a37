import { addDays } from 'date-fns';
import type { Kysely } from 'kysely';

import { serverSecret } from '@/lib/config/server-secret';
import { linkExpiry, packageDeadline, type PackageClockFacts } from '@/lib/domain/deadlines';
import type { Database, PackageTable } from '@/lib/db/schema';
import { DEFAULT_LINK_LIFETIME_DAYS } from '@/lib/packages/create-package';
import { issueSigningLink } from '@/lib/packages/issue-signing-link';
import { insertMissingRevisions } from '@/lib/packages/package-parts';
import { recordWebhookEvent } from '@/lib/webhooks/record-webhook-event';

import { wrongState } from '../api-error';
import type { ApiContext } from '../api-route';
import type { TUpdatePackageRequest } from '../schemas/package-input';
import { changePackage } from './change-package';
import { checkPackageRules } from './check-package-rules';
import { inviteSigners } from './invite-signers';
import { openPackage } from './package-lifecycle';
import {
  currentSignerOf,
  loadCurrentParts,
  replaceDocuments,
  replaceSigners,
  signerChanges,
  type CurrentDocument,
  type CurrentSigner,
} from './update-package-parts';
import { uploadRefusal } from './upload-refusal';

const EDITABLE_STATES = ['draft', 'add', 'select'];

/**
 * `packages/update`: changes the fields given. While a package is being put together
 * (`draft`, `add`, `select`) every field of `packages/add` may change; an `open` package
 * allows only its name, deadline, externalData and its signers' contact details. When links
 * are generated, a change of signers or documents gives new links and the old tokens die.
 */
export async function updatePackage(
  context: ApiContext,
  input: TUpdatePackageRequest,
): Promise<void> {
  await changePackage(
    context,
    input.packageId,
    { action: 'package_updated', allowed: [...EDITABLE_STATES, 'open'], verb: 'updated' },
    async ({ trx, pkg, state, at }) => {
      const current = await loadCurrentParts(trx, pkg.id);
      if (state === 'open') refuseLockedChanges(input, pkg, current);

      const next = nextPackageRow(input, pkg, at);
      const opens = state !== 'open' && input.state === 'open';
      checkPackageRules(
        {
          state: opens ? 'open' : next.state,
          type: next.type,
          timeSignBy: input.timeSignBy,
          meeting: next.meeting_time_start ? { timeStart: next.meeting_time_start } : null,
          signers: mergedSigners(current.signers, input.signers),
          documents: input.documents ?? current.documents.map((row) => ({ fileId: row.file_id })),
        },
        'update',
        context.now,
      );

      await trx.updateTable('packages').set(next).where('id', '=', pkg.id).execute();

      const target = {
        organizationId: pkg.organization_id,
        packageId: pkg.id,
        createdAt: at,
        now: context.now,
      };
      const signers = input.signers
        ? await replaceSigners(trx, target, current.signers, input.signers)
        : { touched: [], removed: false };
      const documentsChanged = input.documents
        ? await replaceDocuments(trx, target, current.documents, input.documents).catch(
            uploadRefusal,
          )
        : false;
      await insertMissingRevisions(trx, pkg.id);

      const updated = { ...pkg, ...next };
      await moveLinksWithDeadline(trx, pkg, updated);
      if (state === 'open') {
        await relinkOpenSigners(trx, updated, current.signers, input, context);
      } else {
        const partsChanged = signers.touched.length > 0 || signers.removed || documentsChanged;
        const linksTurnedOn = next.generate_signer_links === 1 && pkg.generate_signer_links === 0;
        if (next.generate_signer_links === 1 && (partsChanged || linksTurnedOn)) {
          await relinkSigners(trx, updated, undefined, context.now);
        }
      }

      await recordWebhookEvent(trx, { action: 'package_update', packageId: pkg.id, at });
      if (opens) await openPackage(trx, updated, { now: context.now, at });

      return {
        result: undefined,
        details: {
          fields: Object.keys(input).filter((key) => !['packageId', 'returnPackage'].includes(key)),
          ...(opens ? { opened: true } : {}),
        },
      };
    },
  );
}

/** The package row after the update, in the table's names; fields not given stay. */
function nextPackageRow(input: TUpdatePackageRequest, pkg: PackageTable, at: string) {
  const keep = <T>(given: T | undefined, stored: T) => (given === undefined ? stored : given);
  const meeting = input.meeting;

  return {
    name: keep(input.name, pkg.name),
    type: keep(input.type, pkg.type),
    // Opening happens after the rest is in place; until then an edited package keeps its state.
    state: input.state && input.state !== 'open' ? input.state : pkg.state,
    time_sign_by: keep(input.timeSignBy, pkg.time_sign_by),
    time_zone: keep(input.timeZone, pkg.time_zone),
    locale: keep(input.locale, pkg.locale),
    external_data:
      input.externalData === undefined
        ? pkg.external_data
        : input.externalData && JSON.stringify(input.externalData),
    generate_signer_links: keep(input.generateSignerLinks, pkg.generate_signer_links === 1) ? 1 : 0,
    meeting_time_start:
      meeting === undefined ? pkg.meeting_time_start : (meeting?.timeStart ?? null),
    meeting_duration: meeting === undefined ? pkg.meeting_duration : (meeting?.duration ?? null),
    meeting_is_private: meeting === undefined ? pkg.meeting_is_private : meeting?.isPrivate ? 1 : 0,
    updated_at: at,
  };
}

/** The signers' emails after the update, for the rule that no two signers share one. */
function mergedSigners(current: CurrentSigner[], updates: TUpdatePackageRequest['signers']) {
  if (!updates) return current.map((signer) => ({ email: signer.email }));

  return updates.map((update) => ({
    email: update.email ?? currentSignerOf(current, update)?.email,
  }));
}

/**
 * An open package has been sent: what signers were asked to sign stays as it is. A field
 * given with the value it already has is not a change.
 */
function refuseLockedChanges(
  input: TUpdatePackageRequest,
  pkg: PackageTable,
  current: { signers: CurrentSigner[]; documents: CurrentDocument[] },
) {
  const locked: string[] = [];
  const differs = (given: unknown, stored: unknown) => given !== undefined && given !== stored;

  if (differs(input.type, pkg.type)) locked.push('type');
  if (differs(input.state, 'open')) locked.push('state');
  if (differs(input.timeZone, pkg.time_zone)) locked.push('timeZone');
  if (differs(input.locale, pkg.locale)) locked.push('locale');
  if (differs(input.generateSignerLinks, pkg.generate_signer_links === 1)) {
    locked.push('generateSignerLinks');
  }
  if (
    input.meeting !== undefined &&
    (input.meeting?.timeStart ?? null) !== pkg.meeting_time_start
  ) {
    locked.push('meeting');
  }
  if (input.documents && !sameDocuments(input.documents, current.documents)) {
    locked.push('documents');
  }
  if (input.signers && !onlyContactChanges(input.signers, current.signers)) {
    locked.push('signers (only their contact details may change)');
  }

  if (locked.length > 0) {
    throw wrongState(
      'package',
      `An open package allows changes to name, timeSignBy, externalData and signers' contact details only; rescind it to change ${locked.join(', ')}.`,
    );
  }
}

function sameDocuments(
  updates: NonNullable<TUpdatePackageRequest['documents']>,
  current: CurrentDocument[],
) {
  if (updates.length !== current.length) return false;

  return updates.every((update) => {
    const document = current.find((candidate) => candidate.file_id === update.fileId);

    return (
      document !== undefined &&
      (update.name === undefined || update.name === document.name) &&
      (update.fileName === undefined || update.fileName === document.file_name) &&
      (update.order === undefined || update.order === document.sort_order)
    );
  });
}

function onlyContactChanges(
  updates: NonNullable<TUpdatePackageRequest['signers']>,
  current: CurrentSigner[],
) {
  if (updates.length !== current.length) return false;

  return updates.every((update) => {
    const signer = update.signerId && current.find((candidate) => candidate.id === update.signerId);

    return signer && (update.order === undefined || update.order === signer.sort_order);
  });
}

/**
 * After an open package's signers changed their contact details: a signer with a new email
 * gets a new link there (the old one dies) and an invitation; with generated links, every
 * changed signer gets a new link.
 */
async function relinkOpenSigners(
  trx: Kysely<Database>,
  updated: PackageTable,
  current: CurrentSigner[],
  input: TUpdatePackageRequest,
  context: ApiContext,
) {
  const changed = (input.signers ?? []).flatMap((update) => {
    const signer = currentSignerOf(current, update)!;
    const changes = signerChanges(signer, update);

    return Object.keys(changes).length > 0 ? [{ id: signer.id, newEmail: 'email' in changes }] : [];
  });
  const emailed = changed.filter((signer) => signer.newEmail).map((signer) => signer.id);
  const relinked =
    updated.generate_signer_links === 1 ? changed.map((signer) => signer.id) : emailed;

  await relinkSigners(trx, updated, relinked, context.now);
  if (emailed.length > 0) {
    await inviteSigners(
      trx,
      {
        id: updated.id,
        organizationId: updated.organization_id,
        name: updated.name,
        type: updated.type,
        state: 'open',
        timeSignBy: updated.time_sign_by,
        meetingTimeStart: updated.meeting_time_start,
      },
      { secret: serverSecret(), now: context.now },
      emailed,
    );
  }
}

/** New links for the signers named (all of the package's when none are), old ones retired. */
async function relinkSigners(
  trx: Kysely<Database>,
  pkg: PackageTable,
  signerIds: string[] | undefined,
  now: Date,
) {
  const ids =
    signerIds ??
    (await trx.selectFrom('signers').select('id').where('package_id', '=', pkg.id).execute()).map(
      (row) => row.id,
    );
  const timeExpires = linkExpiry(clockFacts(pkg), now, DEFAULT_LINK_LIFETIME_DAYS);

  for (const signerId of ids) {
    await issueSigningLink(trx, {
      packageId: pkg.id,
      signerId,
      secret: serverSecret(),
      timeExpires,
      issuedAt: now,
    });
  }
}

/**
 * A link ends at the package's deadline at the latest: links that ended at the old deadline
 * move to the new one, and none outlives it. When the deadline is taken away, links that
 * ended at it get back the lifetime they were issued with.
 */
async function moveLinksWithDeadline(
  trx: Kysely<Database>,
  before: PackageTable,
  after: PackageTable,
) {
  const oldDeadline = packageDeadline(clockFacts(before))?.toISOString();
  const newDeadline = packageDeadline(clockFacts(after))?.toISOString();
  if (oldDeadline === newDeadline) return;

  if (!newDeadline) {
    if (oldDeadline) await restoreLinkLifetimes(trx, after.id, oldDeadline);
    return;
  }

  const working = trx
    .updateTable('signing_links')
    .set({ time_expires: newDeadline })
    .where('package_id', '=', after.id)
    .where('revoked_at', 'is', null);

  await working.where('time_expires', '>', newDeadline).execute();
  if (oldDeadline) await working.where('time_expires', '=', oldDeadline).execute();
}

async function restoreLinkLifetimes(trx: Kysely<Database>, packageId: string, deadline: string) {
  const capped = await trx
    .selectFrom('signing_links')
    .select(['id', 'created_at'])
    .where('package_id', '=', packageId)
    .where('revoked_at', 'is', null)
    .where('time_expires', '=', deadline)
    .execute();

  for (const link of capped) {
    const ownExpiry = addDays(new Date(link.created_at), DEFAULT_LINK_LIFETIME_DAYS);
    if (ownExpiry.toISOString() <= deadline) continue;

    await trx
      .updateTable('signing_links')
      .set({ time_expires: ownExpiry.toISOString() })
      .where('id', '=', link.id)
      .execute();
  }
}

function clockFacts(pkg: PackageTable): PackageClockFacts {
  return {
    type: pkg.type,
    state: pkg.state,
    timeSignBy: pkg.time_sign_by,
    meetingTimeStart: pkg.meeting_time_start,
  };
}
