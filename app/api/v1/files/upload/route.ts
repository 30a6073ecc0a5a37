import { ApiError } from '@/lib/api/api-error';
import { apiJson, apiRoute } from '@/lib/api/api-route';
import { readRequestBody, UPLOAD_BODY_LIMIT } from '@/lib/api/read-request-body';
import { ZUploadAnswer } from '@/lib/api/schemas/upload-output';
import { uploadFiles } from '@/lib/api/upload-files';
import { multipartBoundary, parseMultipartFiles } from '@/lib/http/multipart-files';

export const dynamic = 'force-dynamic';

const MAX_EXTERNAL_ID_LENGTH = 200;

/** POST /api/v1/files/upload – keeps uploaded PDFs as temporary files, flagging unusable ones. */
export const POST = apiRoute(async (request, context) => {
  const boundary = multipartBoundary(request.headers.get('content-type'));
  if (!boundary) {
    throw new ApiError(
      'invalid',
      'file_invalid_request',
      'Send the files as multipart/form-data, one raw PDF part with a filename each.',
    );
  }

  const externalId = new URL(request.url).searchParams.get('externalId');
  if (externalId !== null && externalId.length > MAX_EXTERNAL_ID_LENGTH) {
    throw new ApiError(
      'length',
      'file_length_externalId',
      `externalId must be at most ${MAX_EXTERNAL_ID_LENGTH} characters.`,
    );
  }

  const files = parseMultipartFiles(await readRequestBody(request, UPLOAD_BODY_LIMIT), boundary);
  if (files.length === 0) {
    throw new ApiError(
      'rule',
      'file_upload_no_files',
      'The request holds no file part: give each PDF part a filename in Content-Disposition.',
    );
  }

  return apiJson(ZUploadAnswer.parse({ files: await uploadFiles(files, externalId, context) }));
});
