import { ApiError } from '../api-error';

interface PackageShape {
  state: string;
  type: string;
  timeSignBy?: string | null;
  meeting?: { timeStart: string } | null;
  signers: { email?: string }[];
  documents: { fileId?: string }[];
}

/**
 * The rules a package must meet that one field alone cannot show: an open package needs
 * documents, signers and a deadline still ahead; no two signers share an email; a video
 * signing room needs its meeting; each document has its own upload.
 */
export function checkPackageRules(
  input: PackageShape,
  operation: 'add' | 'update' | 'send',
  now: Date,
) {
  const emails = input.signers.map((signer) => signer.email?.toLowerCase());
  const duplicate = emails.find((email, index) => email && emails.indexOf(email) !== index);
  if (duplicate) {
    throw new ApiError(
      'rule',
      'package_duplicate_recipients',
      `Two signers have the email "${duplicate}"; give each signer their own address.`,
    );
  }

  const fileIds = input.documents.map((document) => document.fileId);
  if (fileIds.some((fileId, index) => fileId && fileIds.indexOf(fileId) !== index)) {
    throw new ApiError(
      'rule',
      'document_duplicate_fileId',
      'Each document needs its own upload; the same fileId is given twice.',
    );
  }

  if (input.state !== 'open') return;

  if (input.documents.length === 0) {
    throw new ApiError(
      'rule',
      `package_${operation}_no_documents`,
      'An open package needs at least one document: upload a PDF and pass its fileId.',
    );
  }

  if (input.signers.length === 0) {
    throw new ApiError(
      'rule',
      `package_${operation}_no_signers`,
      'An open package needs at least one signer.',
    );
  }

  if (input.timeSignBy && Date.parse(input.timeSignBy) <= now.getTime()) {
    throw new ApiError(
      'range',
      'package_range_timeSignBy',
      'timeSignBy is in the past; give a deadline that is still ahead.',
    );
  }

  if (input.type === 'video_closing_room' && !input.meeting) {
    throw new ApiError(
      'rule',
      'package_invalid_meeting',
      'A video_closing_room package needs meeting.timeStart.',
    );
  }
}
