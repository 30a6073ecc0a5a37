import { UploadNotAvailableError } from '@/lib/packages/take-uploaded-files';

import { ApiError } from '../api-error';

/** Rethrows an upload a package cannot take as `file_not_found` (404); other errors as they are. */
export function uploadRefusal(error: unknown): never {
  if (error instanceof UploadNotAvailableError) {
    throw new ApiError(
      'not_found',
      'file_not_found',
      `No upload with fileId "${error.fileId}" is waiting to be added; upload the PDF again with files/upload.`,
    );
  }

  throw error;
}
