'use server';

import { redirect } from 'next/navigation';

import { ApiError } from '@/lib/api/api-error';
import { addPackage } from '@/lib/api/packages/add-package';
import { requireMember } from '@/lib/auth/require-member';
import { serverSecret } from '@/lib/config/server-secret';
import { memberApiContext } from '@/lib/dashboard/member-api-context';
import { uploadMemberFiles } from '@/lib/dashboard/upload-member-files';
import {
  EMPTY_SIGNER,
  readNewPackageForm,
  validateNewPackageForm,
  type NewPackageFieldErrors,
  type NewPackageFormValues,
} from '@/lib/packages/new-package-form';

/** What the new package form shows after the server has seen it. */
export interface NewPackageState {
  /** Counts the answers, so the form takes up the values of each new one. */
  version: number;
  values: NewPackageFormValues;
  errors: NewPackageFieldErrors;
  /** Files refused at upload, each with why. */
  refusedUploads: { fileName: string; message: string }[];
  /** A problem of the whole form rather than of one field. */
  problem: string | null;
}

/** The owner-facing sentence for a refusal of `packages/add` the form could not foresee. */
function problemOf(error: ApiError): string {
  if (error.code === 'file_not_found') {
    return 'An uploaded PDF is no longer waiting to be added (uploads are kept for 24 hours). Remove it and upload it again.';
  }

  return `The package could not be saved: ${error.message}`;
}

/** Moves one row of a list up or down, leaving the list as it is at either end. */
function moved<T>(rows: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return rows;

  const next = [...rows];
  [next[index], next[target]] = [next[target]!, next[index]!];

  return next;
}

/**
 * The new package form's one action. Files posted with the form (when the page runs without
 * scripts) are inspected and kept first. Row buttons (add, remove, move a signer; remove a
 * document) change the form and return it. Saving as a draft or sending checks every field and
 * creates the package through the package API's own operation, which invites the signers when
 * it is sent, then opens the new package's page.
 */
export async function createPackageAction(
  previous: NewPackageState,
  form: FormData,
): Promise<NewPackageState> {
  const member = await requireMember();
  const context = await memberApiContext(member);
  let values = readNewPackageForm(form.entries());
  const intent = String(form.get('intent') ?? 'draft');

  const files = await Promise.all(
    form
      .getAll('files')
      .filter((file): file is File => file instanceof File && (file.size > 0 || file.name !== ''))
      .map(async (file) => ({
        fileName: file.name,
        content: new Uint8Array(await file.arrayBuffer()),
      })),
  );
  const uploads = files.length > 0 ? await uploadMemberFiles(files, context) : [];
  const refusedUploads = uploads.flatMap((upload) =>
    upload.kept ? [] : [{ fileName: upload.fileName, message: upload.message }],
  );
  values = {
    ...values,
    documents: [
      ...values.documents,
      ...uploads.flatMap((upload) =>
        upload.kept
          ? [{ fileId: upload.fileId, fileName: upload.fileName, name: upload.name }]
          : [],
      ),
    ],
  };

  const answer = (changes: Partial<NewPackageState>): NewPackageState => ({
    version: previous.version + 1,
    values,
    errors: {},
    refusedUploads,
    problem: null,
    ...changes,
  });

  const [verb, position] = intent.split(':');
  const index = Number(position);
  switch (verb) {
    case 'add_signer':
      values = { ...values, signers: [...values.signers, EMPTY_SIGNER] };
      return answer({});
    case 'remove_signer':
      values = { ...values, signers: values.signers.filter((_, at) => at !== index) };
      return answer({});
    case 'up_signer':
    case 'down_signer':
      values = { ...values, signers: moved(values.signers, index, verb === 'up_signer' ? -1 : 1) };
      return answer({});
    case 'remove_document':
      values = { ...values, documents: values.documents.filter((_, at) => at !== index) };
      return answer({});
    case 'draft':
    case 'send':
      break;
    default:
      // Uploading alone, or a button this version does not know: show the form again.
      return answer({});
  }

  if (refusedUploads.length > 0) {
    return answer({
      problem: 'Some files were refused; see why below. The package was not saved yet.',
    });
  }

  const checked = validateNewPackageForm(values, verb, context.now);
  if (!checked.ok) return answer({ errors: checked.errors });

  let packageId: string;
  try {
    packageId = await addPackage(
      context.db,
      {
        ...checked.request,
        locale: null,
        externalData: null,
        generateSignerLinks: false,
        returnPackage: false,
      },
      { ...context, ...context.metadata, secret: serverSecret(), via: 'dashboard' },
    );
  } catch (error) {
    if (error instanceof ApiError) return answer({ problem: problemOf(error) });
    throw error;
  }

  redirect(`/dashboard/packages/${encodeURIComponent(packageId)}`);
}
