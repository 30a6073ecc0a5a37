import { UPLOAD_BODY_LIMIT } from '@/lib/api/read-request-body';
import { memberApiContext } from '@/lib/dashboard/member-api-context';
import { uploadMemberFiles } from '@/lib/dashboard/upload-member-files';
import { memberJson, memberJsonRoute } from '@/lib/http/member-json-route';
import { multipartBoundary, parseMultipartFiles } from '@/lib/http/multipart-files';
import { readLimitedBody } from '@/lib/http/read-limited-body';

export const dynamic = 'force-dynamic';

/** True when the request comes from a page of this portal, or says nothing of where. */
function fromOwnPages(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;

  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * POST /dashboard/packages/new/upload – PDFs chosen in the new package form, inspected at once
 * so that a file that cannot be signed is refused with its reason before anything is saved.
 */
export const POST = memberJsonRoute(async (request, member) => {
  if (!fromOwnPages(request)) {
    return memberJson({ error: 'forbidden', message: 'Upload from the new package page.' }, 403);
  }

  const boundary = multipartBoundary(request.headers.get('content-type'));
  if (!boundary) {
    return memberJson({ error: 'invalid', message: 'Choose PDF files to upload.' }, 400);
  }

  const body = await readLimitedBody(request, UPLOAD_BODY_LIMIT);
  if (body === null) {
    const megabytes = UPLOAD_BODY_LIMIT / 1024 / 1024;

    return memberJson(
      {
        error: 'too_large',
        message: `These files are more than ${megabytes} MB together; upload fewer at a time.`,
      },
      413,
    );
  }

  const files = parseMultipartFiles(body, boundary);
  const uploads = await uploadMemberFiles(files, await memberApiContext(member));

  return memberJson({ uploads });
});
