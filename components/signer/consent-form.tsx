interface ConsentFormProps {
  /** Where the form posts the agreement. */
  action: string;
  /** Sent back with the agreement, so the signer lands on the document they were reading. */
  documentId: string;
  organizationName: string;
}

/**
 * The agreement to do business electronically, asked once per signer before their first
 * signature: what they agree to, their right to paper, how to withdraw, and what they need.
 */
export function ConsentForm({ action, documentId, organizationName }: ConsentFormProps) {
  return (
    <section
      aria-labelledby="consent-title"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="consent-title" className="text-lg font-semibold">
        Before you sign: agree to sign electronically
      </h2>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800 dark:text-slate-200">
        <li>
          You agree to receive and sign these documents electronically. Your electronic signature
          has the same effect as signing on paper.
        </li>
        <li>
          You may ask {organizationName} for paper copies at any time, and to sign on paper instead.
        </li>
        <li>
          You may withdraw this agreement before you sign by declining or by telling{' '}
          {organizationName}. Withdrawing does not undo signatures already made.
        </li>
        <li>
          To read and keep the documents you need a device that opens PDF files and a way to save or
          print them.
        </li>
      </ul>
      <form method="post" action={action}>
        <input type="hidden" name="documentId" value={documentId} />
        <button
          type="submit"
          className="flex min-h-12 w-full items-center justify-center rounded-lg bg-blue-700 px-4 text-base font-semibold text-white hover:bg-blue-800 dark:bg-blue-600"
        >
          I agree
        </button>
      </form>
    </section>
  );
}
