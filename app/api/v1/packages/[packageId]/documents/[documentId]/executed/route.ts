import { notFound, wrongState } from '@/lib/api/api-error';
import { apiRoute } from '@/lib/api/api-route';
import { getPackageFactsOrThrow } from '@/lib/api/packages/get-package-facts-or-throw';
import { isDocumentExecuted } from '@/lib/domain/turns';
import { pdfResponse } from '@/lib/http/pdf-response';

export const dynamic = 'force-dynamic';

/** GET /api/v1/packages/{packageId}/documents/{documentId}/executed – the signed PDF. */
export const GET = apiRoute<{ packageId: string; documentId: string }>(
  async (_request, context, { packageId, documentId }) => {
    const facts = await getPackageFactsOrThrow(context, packageId);
    const document = facts.documents.find((candidate) => candidate.id === documentId);
    if (!document) throw notFound('document', documentId);

    const revisions = facts.revisions
      .filter((revision) => revision.document_id === documentId)
      .map((revision) => ({
        revisionId: revision.id,
        documentId,
        signerId: revision.signer_id,
        signedAt: revision.signed_at,
      }));
    if (!isDocumentExecuted(revisions)) {
      throw wrongState(
        'document',
        'The document is not executed yet: some signers have not signed it.',
      );
    }

    // TODO: a Group Send (Counterpart) has one signed copy per signer; the API offers no way
    // to name the signer's copy yet, so those documents are refused here.
    const file = await context.db
      .selectFrom('documents as d')
      .innerJoin('files as f', 'f.id', 'd.current_file_id')
      .select(['f.content', 'f.sha256'])
      .where('d.id', '=', documentId)
      .where('d.package_id', '=', packageId)
      .executeTakeFirst();
    if (!file || facts.pkg.type === 'Counterpart') {
      throw wrongState('document', 'This document has one signed copy per signer in a Group Send.');
    }

    return pdfResponse(
      { content: file.content, fileName: document.file_name, sha256: file.sha256 },
      'attachment',
    );
  },
);
