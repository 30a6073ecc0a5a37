import { subDays } from 'date-fns';
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type RawBuilder,
  type SqlBool,
} from 'kysely';

import { toInstant } from '@/lib/clock';
import type { Dialect, PortalDatabase } from '@/lib/db/engine';
import type { Database, PackageTable } from '@/lib/db/schema';
import { VIDEO_ROOM_LIFETIME_DAYS } from '@/lib/domain/deadlines';
import { EDITING_STATES, PACKAGE_STATES } from '@/lib/domain/package-states';

import {
  searchTerms,
  UNKNOWN_STATE,
  type ListedState,
  type PackageListFilters,
  type PackageSort,
} from './package-list-filters';

type PackagesBuilder = ExpressionBuilder<Database & { p: PackageTable }, 'p'>;

/** The instants that decide, in SQL, whether an open package has passed its deadline. */
export interface ListClock {
  now: string;
  /** A video signing room whose meeting started before this has expired. */
  videoCutoff: string;
}

/** The instants of `now` that the list's SQL compares stored deadlines with. */
export function listClock(now: Date): ListClock {
  return {
    now: toInstant(now),
    videoCutoff: toInstant(subDays(now, VIDEO_ROOM_LIFETIME_DAYS)),
  };
}

/**
 * The deadline rule of `isPastDeadline`, in SQL: stored instants are ISO text in UTC, which
 * compare as instants. A missing deadline never passes.
 */
export function pastDeadline(eb: PackagesBuilder, clock: ListClock): Expression<SqlBool> {
  return eb.or([
    eb.and([
      eb('p.type', '!=', 'video_closing_room'),
      eb('p.time_sign_by', 'is not', null),
      eb('p.time_sign_by', '<', clock.now),
    ]),
    eb.and([
      eb('p.type', '=', 'video_closing_room'),
      eb('p.meeting_time_start', 'is not', null),
      eb('p.meeting_time_start', '<', clock.videoCutoff),
    ]),
  ]);
}

/**
 * Packages in a state now, as `effectivePackageState` decides it: an open package past its
 * deadline counts as expired, so each count matches the list its filter shows.
 */
export function inListedState(
  eb: PackagesBuilder,
  state: ListedState,
  clock: ListClock,
): Expression<SqlBool> {
  switch (state) {
    case 'open':
      return eb.and([eb('p.state', '=', 'open'), eb.not(pastDeadline(eb, clock))]);
    case 'expired':
      return eb.or([
        eb('p.state', '=', 'expired'),
        eb.and([eb('p.state', '=', 'open'), pastDeadline(eb, clock)]),
      ]);
    case UNKNOWN_STATE:
      return eb('p.state', 'not in', [...PACKAGE_STATES]);
    default:
      return eb('p.state', '=', state);
  }
}

/** `%term%` for LIKE, with the term's own `%`, `_` and `\` taken literally. */
function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * Case-insensitive containment. SQLite's LIKE ignores the case of A to Z only, so there other
 * scripts match in the case they were typed; PostgreSQL's ILIKE folds case in every script.
 * On PostgreSQL, trigram indexes serve it for package names and for `signerSearchText`
 * (migration 0011), when the `pg_trgm` extension could be installed.
 *
 * TODO: on SQLite a search reads every package of the organization and its signers
 * (BENCHMARKS.md has the figures for 10,000 packages), because no index serves a match inside
 * a word there. An FTS5 table with the trigram tokenizer would, and would fold case in every
 * script.
 */
export function contains(
  dialect: Dialect,
  text: RawBuilder<unknown>,
  term: string,
): RawBuilder<SqlBool> {
  const like = sql.raw(dialect === 'postgres' ? 'ilike' : 'like');

  return sql<SqlBool>`${text} ${like} ${containsPattern(term)} escape '\\'`;
}

/**
 * A signer's name and email as the one text the search compares, for the signers aliased `s`.
 * PostgreSQL's index `signers_search` is on this very expression: change both or neither.
 */
export function signerSearchText(): RawBuilder<string> {
  const first = sql.ref('s.first_name');
  const last = sql.ref('s.last_name');

  return sql<string>`(${first} || ' ' || ${last} || ' ' || ${sql.ref('s.email')})`;
}

/**
 * The package name, or a signer's name or email, contains the term. A signer's fields are
 * searched as one text, one comparison per signer: a term holds no space, so it cannot match
 * across two fields. Only the signers of the package at hand are read, so a search costs what
 * the organization holds, not the whole database.
 */
function matchesTerm(eb: PackagesBuilder, dialect: Dialect, term: string): Expression<SqlBool> {
  return eb.or([
    contains(dialect, sql.ref('p.name'), term),
    eb.exists(
      eb
        .selectFrom('signers as s')
        .select(sql.lit(1).as('found'))
        .whereRef('s.package_id', '=', 'p.id')
        .where(contains(dialect, signerSearchText(), term)),
    ),
  ]);
}

/**
 * The organization's listed packages that match the type and search filters: never another
 * organization's, and never one still being put together.
 */
export function organizationPackages(
  { db, dialect }: PortalDatabase,
  organizationId: string,
  filters: Pick<PackageListFilters, 'type' | 'search'>,
) {
  let query = db
    .selectFrom('packages as p')
    .where('p.organization_id', '=', organizationId)
    .where('p.state', 'not in', [...EDITING_STATES]);

  if (filters.type) query = query.where('p.type', '=', filters.type);

  for (const term of searchTerms(filters.search)) {
    query = query.where((eb) => matchesTerm(eb, dialect, term));
  }

  return query;
}

/**
 * The deadline of `packageDeadline` as ISO text, for sorting: a video room's is a week on.
 *
 * TODO: sorting by this expression sorts every matching package (about 0.3 s for 50,000 open
 * ones on SQLite); an index on it, or a stored deadline kept by the package writes, would let
 * the database read the first page straight from an index.
 */
function deadlineColumn(dialect: Dialect, alias: string): RawBuilder<string | null> {
  const type = sql.ref(`${alias}.type`);
  const signBy = sql.ref(`${alias}.time_sign_by`);
  const meeting = sql.ref(`${alias}.meeting_time_start`);
  const days = sql.lit(`${VIDEO_ROOM_LIFETIME_DAYS} days`);
  const videoDeadline =
    dialect === 'postgres'
      ? sql`to_char((${meeting}::timestamptz + ${days}::interval) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
      : sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${meeting}, ${sql.lit(`+${VIDEO_ROOM_LIFETIME_DAYS} days`)})`;

  return sql<
    string | null
  >`(case when ${type} = 'video_closing_room' then ${videoDeadline} else ${signBy} end)`;
}

/**
 * The order of a sort, on the packages under `alias`. The id breaks ties, so paging never
 * shows a package twice or skips one.
 */
export function sortOrder(
  sort: PackageSort,
  dialect: Dialect,
  alias: string,
): [RawBuilder<unknown>, 'asc' | 'desc'][] {
  const id = sql.ref(`${alias}.id`);

  switch (sort) {
    case 'name':
      return [
        [sql.ref(`${alias}.name`), 'asc'],
        [id, 'asc'],
      ];
    case 'deadline': {
      const deadline = deadlineColumn(dialect, alias);

      return [
        [sql`(${deadline} is null)`, 'asc'],
        [deadline, 'asc'],
        [id, 'asc'],
      ];
    }
    case 'created':
      return [
        [sql.ref(`${alias}.created_at`), 'desc'],
        [id, 'desc'],
      ];
  }
}
