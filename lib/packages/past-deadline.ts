import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';

import { VIDEO_ROOM_LIFETIME_DAYS } from '@/lib/domain/deadlines';
import type { Database } from '@/lib/db/schema';

const DAY_MS = 24 * 3600_000;

/**
 * True for a package whose deadline has passed: its `timeSignBy`, or for a video signing room
 * seven days after its meeting (`packageDeadline` in SQL). Stored instants are ISO text in
 * UTC, so they compare as text.
 */
export function pastDeadline(
  eb: ExpressionBuilder<Database, 'packages'>,
  now: Date,
): Expression<SqlBool> {
  const nowIso = now.toISOString();
  const roomCutoff = new Date(now.getTime() - VIDEO_ROOM_LIFETIME_DAYS * DAY_MS).toISOString();

  return eb.or([
    eb.and([
      eb('type', '!=', 'video_closing_room'),
      eb('time_sign_by', 'is not', null),
      eb('time_sign_by', '<', nowIso),
    ]),
    eb.and([
      eb('type', '=', 'video_closing_room'),
      eb('meeting_time_start', 'is not', null),
      eb('meeting_time_start', '<', roomCutoff),
    ]),
  ]);
}
