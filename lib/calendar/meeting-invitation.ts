/** What a calendar invitation for a video signing meeting says. */
export interface MeetingInvitation {
  uid: string;
  title: string;
  description: string;
  /** ISO instant in UTC. */
  timeStart: string;
  /** ISO 8601 duration, as the package API takes it ("PT1H"). */
  duration: string | null;
  /** ISO instant at which the file was made. */
  createdAt: string;
}

/** Text escaped as iCalendar TEXT values require (RFC 5545, 3.3.11). */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** An instant as an iCalendar UTC date-time: 20260301T045959Z. */
function icsInstant(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Lines longer than 75 octets are folded with CRLF and a space (RFC 5545, 3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;

  const parts: string[] = [];
  let current = '';

  for (const character of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + character, 'utf8') > limit) {
      parts.push(current);
      current = '';
    }
    current += character;
  }
  parts.push(current);

  return parts.join('\r\n ');
}

const ISO_DURATION = /^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** An .ics file with one event: the meeting, in UTC, one hour long unless told otherwise. */
export function meetingInvitation(invitation: MeetingInvitation): string {
  const duration =
    invitation.duration && ISO_DURATION.test(invitation.duration) ? invitation.duration : 'PT1H';

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Signer portal//Video signing meeting//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${invitation.uid}`,
    `DTSTAMP:${icsInstant(invitation.createdAt)}`,
    `DTSTART:${icsInstant(invitation.timeStart)}`,
    `DURATION:${duration}`,
    `SUMMARY:${escapeText(invitation.title)}`,
    `DESCRIPTION:${escapeText(invitation.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];

  return lines.map(fold).join('\r\n') + '\r\n';
}
