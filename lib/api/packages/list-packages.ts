import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';

import type { ApiCaller } from '@/lib/api-keys/authenticate-api-key';
import type { Database } from '@/lib/db/schema';
import { pastDeadline } from '@/lib/packages/past-deadline';

import type { TListPackagesRequest } from '../schemas/list-packages-input';

type PackagesBuilder = ExpressionBuilder<Database, 'packages'>;

const DAY_MS = 24 * 3600_000;

/** Packages in a state as readers see it now: an open package past its deadline is expired. */
function inEffectiveState(eb: PackagesBuilder, state: string, now: Date): Expression<SqlBool> {
  if (state === 'expired') {
    return eb.or([
      eb('state', '=', 'expired'),
      eb.and([eb('state', '=', 'open'), pastDeadline(eb, now)]),
    ]);
  }
  if (state === 'open') return eb.and([eb('state', '=', 'open'), eb.not(pastDeadline(eb, now))]);

  return eb('state', '=', state);
}

/** `abc*` matches names that start with "abc"; `abc` matches names that contain it. */
function likePattern(search: string): string {
  const prefix = search.endsWith('*');
  const escaped = search
    .replace(/\*+$/, '')
    .toLowerCase()
    .replace(/[\\%_]/g, (character) => `\\${character}`);

  return prefix ? `${escaped}%` : `%${escaped}%`;
}

/**
 * The caller's organization's packages that match the filters of `packages/list`, one page of
 * them, and how many match in all.
 */
export async function listPackages(
  db: Kysely<Database>,
  caller: ApiCaller,
  filters: TListPackagesRequest,
  now: Date,
) {
  const memberId = filters.memberId ?? (filters.allMembers ? null : caller.memberId);

  let query = db.selectFrom('packages').where('organization_id', '=', caller.organizationId);

  if (memberId) query = query.where('member_id', '=', memberId);

  if (filters.types && filters.types.length > 0) query = query.where('type', 'in', filters.types);

  if (filters.states && filters.states.length > 0) {
    const states = filters.states;
    query = query.where((eb) => eb.or(states.map((state) => inEffectiveState(eb, state, now))));
  }

  if (typeof filters.isExecuted === 'boolean') {
    query = query.where('state', filters.isExecuted ? '=' : '!=', 'executed');
  }

  if (filters.days !== null && filters.days !== undefined) {
    const until = new Date(now.getTime() + filters.days * DAY_MS).toISOString();
    query = query.where('time_sign_by', '>=', now.toISOString()).where('time_sign_by', '<=', until);
  }

  if (filters.search && filters.search.replace(/\*+$/, '') !== '') {
    const pattern = likePattern(filters.search);
    query = query.where((eb) =>
      eb.or([
        sql<SqlBool>`lower(packages.name) like ${pattern} escape '\\'`,
        eb.exists(
          eb
            .selectFrom('signers as s')
            .select('s.id')
            .whereRef('s.package_id', '=', 'packages.id')
            .where(
              sql<SqlBool>`(lower(s.first_name || ' ' || s.last_name) like ${pattern} escape '\\'
                or lower(s.email) like ${pattern} escape '\\')`,
            ),
        ),
      ]),
    );
  }

  const counted = await query.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow();

  let page = query.selectAll();
  if (filters.sortBy === 'signBy') {
    page = page.orderBy(sql`time_sign_by is null`).orderBy('time_sign_by', 'asc');
  } else if (filters.sortBy === 'name') {
    page = page.orderBy(sql`lower(name)`).orderBy('name');
  } else {
    page = page.orderBy('created_at', 'desc');
  }

  const rows = await page.orderBy('id').limit(filters.take).offset(filters.skip).execute();

  return { rows, total: Number(counted.total) };
}
