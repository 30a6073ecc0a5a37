import { meetingInvitation } from './meeting-invitation';

const base = {
  uid: 'link-1@signer-portal',
  title: 'Closing: 7 Birch Lane',
  description: 'Video signing meeting with Demo Realty',
  timeStart: '2026-03-10T15:30:00.000Z',
  duration: 'PT1H30M',
  createdAt: '2026-03-01T09:00:00.000Z',
};

describe('meetingInvitation', () => {
  test('holds one event at the meeting time in UTC with its duration', () => {
    const ics = meetingInvitation(base);

    expect(ics).toContain('\r\nDTSTART:20260310T153000Z\r\n');
    expect(ics).toContain('\r\nDURATION:PT1H30M\r\n');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  test('escapes commas, semicolons and line breaks in text', () => {
    const ics = meetingInvitation({ ...base, title: 'Closing; Unit 3, Floor 2\nBring ID' });

    expect(ics).toContain('SUMMARY:Closing\\; Unit 3\\, Floor 2\\nBring ID');
  });

  test('folds long lines at 75 octets without splitting a character', () => {
    const ics = meetingInvitation({ ...base, description: 'ビデオ署名の会議 '.repeat(12) });

    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain('DESCRIPTION:' + 'ビデオ署名の会議 '.repeat(12));
  });

  test('falls back to one hour for a missing or malformed duration', () => {
    expect(meetingInvitation({ ...base, duration: null })).toContain('DURATION:PT1H\r\n');
    expect(meetingInvitation({ ...base, duration: '90 minutes' })).toContain('DURATION:PT1H\r\n');
  });
});
