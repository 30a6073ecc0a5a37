import { readLimitedBody } from './read-limited-body';

/** A form post larger than this is refused before it is read: a drawn signature fits easily. */
const MAX_FORM_BYTES = 1024 * 1024;

/**
 * The fields of a form posted from the portal's own pages, or the response that refuses it.
 *
 * Signer pages send `Referrer-Policy: no-referrer`, under which browsers post forms with
 * `Origin: null`; so a null or missing origin is accepted, and any other site's is refused.
 * The signing token in the form is the credential, which another site cannot know.
 */
export async function readFormPost(
  request: Request,
): Promise<{ fields: Record<string, string> } | { refusal: Response }> {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');

  if (origin && origin !== 'null' && originHost(origin) !== host) {
    return { refusal: plain(403, 'This form can only be sent from the signing page.') };
  }

  const body = await readLimitedBody(request, MAX_FORM_BYTES);
  if (body === null) return { refusal: plain(413, 'This form is too large to send.') };

  try {
    const form = await new Response(new Blob([body as BlobPart]), {
      headers: { 'Content-Type': request.headers.get('content-type') ?? '' },
    }).formData();
    const fields: Record<string, string> = {};

    for (const [name, value] of form) if (typeof value === 'string') fields[name] = value;

    return { fields };
  } catch {
    return { refusal: plain(400, 'This form could not be read. Go back and send it again.') };
  }
}

/** 303 See Other: after a form post, the browser loads the next page with a GET. */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}

/** The host an Origin header names, or null when it names none. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
