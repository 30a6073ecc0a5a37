interface SignerFrameProps {
  /** The organization that sent the documents; it leads every signer page. */
  organizationName: string | null;
  children: React.ReactNode;
}

/** The frame of every signer page: who is asking, then the page itself. */
export function SignerFrame({ organizationName, children }: SignerFrameProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-2xl items-center gap-3 px-4 py-3">
          {organizationName ? (
            <>
              <span
                aria-hidden="true"
                className="flex size-9 items-center justify-center rounded-md bg-slate-800 text-base font-semibold text-white dark:bg-slate-200 dark:text-slate-900"
              >
                {Array.from(organizationName.trim())[0]?.toUpperCase() ?? '·'}
              </span>
              <p className="text-base font-semibold">{organizationName}</p>
            </>
          ) : (
            <p className="text-base font-semibold">Signer portal</p>
          )}
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-6 sm:py-10">
        {children}
      </main>
      <footer className="mx-auto w-full max-w-2xl px-4 pb-8 text-sm text-slate-600 dark:text-slate-400">
        <p>
          This page is private to you. Do not forward your signing link: anyone who has it can act
          on your behalf.
        </p>
      </footer>
    </div>
  );
}
