import { meetingInvitation } from '@/lib/calendar/meeting-invitation';
import { now } from '@/lib/clock';
import { getPortalDatabase } from '@/lib/db';
import { loadSigningLink } from '@/lib/signing/load-signing-link';

export const dynamic = 'force-dynamic';

/** GET /sign/{token}/meeting.ics – the video signing meeting, to add to a calendar. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { db } = await getPortalDatabase();
  const link = await loadSigningLink(db, token);
  const meetingTimeStart = link?.package.meetingTimeStart;

  if (!link || link.package.type !== 'video_closing_room' || !meetingTimeStart) {
    return new Response('This signing link has no video signing meeting.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }

  const ics = meetingInvitation({
    uid: `${link.packageId}.${link.signerId}@signer-portal`,
    title: `Video signing: ${link.packageName}`,
    description: `Video signing meeting with ${link.organizationName}.`,
    timeStart: meetingTimeStart,
    duration: link.meetingDuration,
    createdAt: now().toISOString(),
  });

  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="signing-meeting.ics"',
    },
  });
}
