import { addDays } from 'date-fns';

/** A video signing room expires this many days after its meeting starts. */
export const VIDEO_ROOM_LIFETIME_DAYS = 7;

/** The facts about a package that decide when it stops being signable. */
export interface PackageClockFacts {
  type: string;
  state: string;
  /** ISO instant in UTC, or null for a package without a deadline. */
  timeSignBy: string | null;
  /** ISO instant in UTC of a video signing room's meeting, or null. */
  meetingTimeStart: string | null;
}

/**
 * The instant after which the package can no longer be signed: its `timeSignBy`, or for a
 * video signing room seven days after the meeting starts. Null when there is none.
 */
export function packageDeadline(pkg: PackageClockFacts): Date | null {
  if (pkg.type === 'video_closing_room') {
    if (!pkg.meetingTimeStart) return null;

    return addDays(new Date(pkg.meetingTimeStart), VIDEO_ROOM_LIFETIME_DAYS);
  }

  return pkg.timeSignBy ? new Date(pkg.timeSignBy) : null;
}

/** "Sign by 17:00" still allows a signature at 17:00:00.000; the package expires after it. */
export function isPastDeadline(pkg: PackageClockFacts, now: Date): boolean {
  const deadline = packageDeadline(pkg);

  return deadline !== null && now.getTime() > deadline.getTime();
}

/**
 * The state a package is in now. A stored `open` package whose deadline has passed is
 * `expired` even before the sweep writes it down, so every reader sees the same truth.
 */
export function effectivePackageState(pkg: PackageClockFacts, now: Date): string {
  if (pkg.state === 'open' && isPastDeadline(pkg, now)) return 'expired';

  return pkg.state;
}

/** A link stops working at its `timeExpires`. */
export function isLinkExpired(timeExpires: string, now: Date): boolean {
  return now.getTime() >= new Date(timeExpires).getTime();
}

/**
 * When a new link for a package should expire: after its own lifetime, and never later than
 * the package's deadline while there is still something to sign. A link to an executed
 * package only opens the signed copies, so it lives its whole lifetime, deadline or not.
 */
export function linkExpiry(pkg: PackageClockFacts, issuedAt: Date, lifetimeDays: number): Date {
  const ownExpiry = addDays(issuedAt, lifetimeDays);
  const deadline = pkg.state === 'executed' ? null : packageDeadline(pkg);

  if (deadline && deadline.getTime() < ownExpiry.getTime()) return deadline;

  return ownExpiry;
}

/**
 * The deadline after extending by `days`: counted from the later of the old deadline and now,
 * so that an extended package is never born late.
 */
export function extendedDeadline(timeSignBy: string | null, days: number, now: Date): Date {
  const from = Math.max(Date.parse(timeSignBy ?? ''), now.getTime()) || now.getTime();

  return addDays(new Date(from), days);
}
