export default function HomePage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-5 py-12">
      <h1 className="text-2xl font-semibold">Signer portal</h1>
      <p className="text-slate-700 dark:text-slate-300">
        To read and sign documents sent to you, open the signing link in the email or text message
        you received. You do not need an account.
      </p>
      <p className="text-slate-700 dark:text-slate-300">
        Sending documents for your organization?{' '}
        <a href="/sign-in" className="font-medium underline">
          Sign in
        </a>
        .
      </p>
    </main>
  );
}
