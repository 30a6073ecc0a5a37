import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';

export const metadata: Metadata = {
  title: 'Reference page',
  robots: { index: false, follow: false },
};

/**
 * GET /bench-reference – the floor that `npm run bench` compares the signer page with: a page
 * rendered on every request, through the same layout and styles, that reads no data. It exists
 * only on a server started with `BENCH_REFERENCE=1`; everywhere else it is not found.
 */
export default async function BenchReferencePage() {
  await connection();

  if (process.env.BENCH_REFERENCE !== '1') notFound();

  return (
    <main className="mx-auto max-w-xl px-5 py-12">
      <h1 className="text-2xl font-semibold">Reference page</h1>
      <p className="text-slate-700 dark:text-slate-300">Rendered at {new Date().toISOString()}.</p>
    </main>
  );
}
