'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';

import { ZApiKeyName } from '@/lib/api-keys/api-key-name';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
import { requireMember } from '@/lib/auth/require-member';
import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';

/** What the page says after an owner asked for a new key. */
export type CreateApiKeyState =
  | { status: 'idle' }
  | { status: 'invalid'; name: string; message: string }
  | { status: 'created'; name: string; key: string };

/** Makes a key for the member's organization and returns it, the only time it is shown. */
export async function createApiKeyAction(
  _previous: CreateApiKeyState,
  form: FormData,
): Promise<CreateApiKeyState> {
  const member = await requireMember();
  const typed = String(form.get('name') ?? '');
  const name = ZApiKeyName.safeParse(typed);

  if (!name.success) {
    return { status: 'invalid', name: typed, message: name.error.issues[0]!.message };
  }

  const { db } = await getPortalDatabase();
  const created = await createApiKey(
    db,
    { organizationId: member.organizationId, memberId: member.memberId, name: name.data },
    now(),
  );
  revalidatePath('/dashboard/api-keys');

  return { status: 'created', name: name.data, key: created.key };
}

/** Revokes a key of the member's organization; another organization's key is left alone. */
export async function revokeApiKeyAction(form: FormData): Promise<void> {
  const member = await requireMember();
  const apiKeyId = z.string().max(64).safeParse(form.get('apiKeyId'));

  if (apiKeyId.success) {
    const { db } = await getPortalDatabase();
    await revokeApiKey(
      db,
      {
        organizationId: member.organizationId,
        memberId: member.memberId,
        apiKeyId: apiKeyId.data,
      },
      now(),
    );
  }

  revalidatePath('/dashboard/api-keys');
}
