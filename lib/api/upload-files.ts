import { storeTemporaryFile } from '@/lib/files/store-temporary-file';
import { inspectPdf, type PdfRefusalReason } from '@/lib/pdf/inspect-pdf';
import type { MultipartFile } from '@/lib/http/multipart-files';

import type { ApiContext } from './api-route';
import type { TUploadedFile } from './schemas/upload-output';

const MAX_FILE_NAME_LENGTH = 255;

/** How each refusal of `inspectPdf` is flagged to API clients, with its error code. */
const REFUSAL_FLAGS: Record<
  PdfRefusalReason,
  Pick<TUploadedFile, 'isInvalid' | 'isPasswordProtected' | 'isNotSupported' | 'error'>
> = {
  not_pdf: {
    isInvalid: true,
    isPasswordProtected: false,
    isNotSupported: true,
    error: 'file_invalid_type',
  },
  encrypted: {
    isInvalid: true,
    isPasswordProtected: true,
    isNotSupported: false,
    error: 'file_password_protected',
  },
  damaged: {
    isInvalid: true,
    isPasswordProtected: false,
    isNotSupported: false,
    error: 'file_invalid_pdf',
  },
  empty: {
    isInvalid: true,
    isPasswordProtected: false,
    isNotSupported: false,
    error: 'file_invalid_empty',
  },
  too_many_pages: {
    isInvalid: true,
    isPasswordProtected: false,
    isNotSupported: true,
    error: 'file_too_many_pages',
  },
};

/**
 * Inspects each uploaded file and keeps those that can be signed as temporary files of the
 * caller's organization. A file that cannot be signed is reported with its flags and a message
 * and is not kept.
 */
export async function uploadFiles(
  files: MultipartFile[],
  externalId: string | null,
  context: ApiContext,
): Promise<TUploadedFile[]> {
  const answers: TUploadedFile[] = [];

  for (const file of files) {
    const fileName = cleanFileName(file.fileName);
    const inspection = await inspectPdf(file.content);

    if (!inspection.ok) {
      answers.push({
        fileId: null,
        externalId,
        fileName,
        ...REFUSAL_FLAGS[inspection.reason],
        message: inspection.message,
        type: 'temporary',
      });
      continue;
    }

    const fileId = await storeTemporaryFile(
      context.db,
      {
        organizationId: context.caller.organizationId,
        memberId: context.caller.memberId,
        fileName,
        externalId,
        content: file.content,
        sha256: inspection.sha256,
        pageCount: inspection.pageCount,
      },
      { ...context.metadata, now: context.now },
    );

    answers.push({
      fileId,
      externalId,
      fileName,
      isInvalid: false,
      isPasswordProtected: false,
      isNotSupported: false,
      error: null,
      message: null,
      type: 'temporary',
    });
  }

  return answers;
}

/**
 * The name an uploaded file is kept under: without control characters or characters that turn
 * the direction of text (which could make `fdp.exe` read as `exe.pdf`), trimmed and shortened.
 */
function cleanFileName(name: string): string {
  const clean = name.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, '').trim();

  return clean.slice(0, MAX_FILE_NAME_LENGTH) || 'document.pdf';
}
