export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-3 px-5 py-12">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-slate-700 dark:text-slate-300">
        There is nothing at this address. If you were sent a signing link, open it from the email or
        text message again.
      </p>
    </main>
  );
}
