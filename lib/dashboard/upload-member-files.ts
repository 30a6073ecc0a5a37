import 'server-only';

import type { ApiContext } from '@/lib/api/api-route';
import { uploadFiles } from '@/lib/api/upload-files';
import type { MultipartFile } from '@/lib/http/multipart-files';

/** An upload as the new package form shows it: kept with its id, or refused with why. */
export type MemberUpload =
  | { kept: true; fileId: string; fileName: string; name: string }
  | { kept: false; fileName: string; message: string };

/**
 * Inspects PDFs an owner uploads for a new package, exactly as the package API does, and
 * keeps those that can be signed as temporary files of the organization.
 */
export async function uploadMemberFiles(
  files: MultipartFile[],
  context: ApiContext,
): Promise<MemberUpload[]> {
  const answers = await uploadFiles(files, null, context);

  return answers.map((answer) =>
    answer.fileId
      ? {
          kept: true,
          fileId: answer.fileId,
          fileName: answer.fileName,
          name: answer.fileName.replace(/\.pdf$/i, '').trim() || answer.fileName,
        }
      : {
          kept: false,
          fileName: answer.fileName,
          message: answer.message ?? 'This file cannot be signed. Upload another PDF.',
        },
  );
}
