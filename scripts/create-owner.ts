/**
 * npm run create-owner -- --organization "Name" --email owner@example.com --name "Full Name"
 * [--time-zone Europe/Paris] – creates an organization and its first owner on the database
 * DATABASE_URL names, and prints the owner's password once.
 */
import { parseArgs } from 'node:util';

import { DEFAULT_DATABASE_URL, openDatabase } from '@/lib/db/engine';
import { migrateToLatest } from '@/lib/db/migrate';
import { normalizeEmail } from '@/lib/auth/verify-credentials';
import { createOrganizationOwner } from '@/lib/members/create-organization-owner';

async function main() {
  const { values } = parseArgs({
    options: {
      organization: { type: 'string', default: '' },
      email: { type: 'string', default: '' },
      name: { type: 'string', default: '' },
      'time-zone': { type: 'string' },
    },
  });

  const database = openDatabase(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);

  try {
    await migrateToLatest(database);

    const result = await createOrganizationOwner(
      database.db,
      {
        organization: values.organization,
        email: values.email,
        name: values.name,
        timeZone: values['time-zone'] ?? null,
      },
      new Date(),
    );

    switch (result.kind) {
      case 'invalid':
        console.error(result.messages.join('\n'));
        process.exitCode = 1;
        break;
      case 'email_taken':
        console.error(`A member with the address ${normalizeEmail(values.email)} already exists.`);
        process.exitCode = 1;
        break;
      case 'created':
        console.log(
          [
            `Created “${values.organization.trim()}” with its owner ${normalizeEmail(values.email)}.`,
            `Password (shown only now, keep it somewhere safe): ${result.password}`,
            'Sign in at /sign-in on the portal.',
          ].join('\n'),
        );
    }
  } finally {
    await database.db.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
