import { createHash } from 'node:crypto';
import { sql } from 'kysely';

import { seedOrganization, seedPackage } from '@/lib/testing/seed';
import { consentAll, realLeasePdf } from '@/lib/testing/signing';
import { startSigningWorker } from '@/lib/testing/start-signing-worker';
import {
  openSharedTestDatabase,
  testEngines,
  type SharedTestDatabase,
} from '@/lib/testing/test-databases';

/**
 * Crash safety: a process signing in a loop through `lib/signing/sign-revision.ts` is killed
 * with SIGKILL at random moments, 50 times, and after each kill every revision is either signed
 * whole (time, file, hash, audit event, the document's current file) or not signed at all.
 *
 * Long: runs only with LONG_TESTS=1 (CI sets it).
 */

const LONG = process.env.LONG_TESTS === '1';
const KILLS = Number(process.env.CRASH_KILLS ?? 50);

if (!LONG) console.warn('LONG_TESTS is not set: the crash-safety test is skipped.');

jest.setTimeout(20 * 60_000);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const describeLong = LONG ? describe.each(testEngines()) : describe.skip.each(testEngines());

describeLong('crash safety of signing on %s', (dialect) => {
  let database: SharedTestDatabase;

  beforeAll(async () => {
    database = await openSharedTestDatabase(dialect);
  });

  afterAll(async () => {
    await database?.close();
  });

  /** Packages of every kind whose signers have all agreed to sign electronically. */
  async function seedWork() {
    const owner = await seedOrganization(database.db);
    const pdf = await realLeasePdf();
    const documents = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        name: `Lease part ${index + 1}`,
        fileName: `lease-${index + 1}.pdf`,
        content: pdf,
        pageCount: 2,
      }));

    for (const type of ['concurrent', 'Sequential', 'Counterpart']) {
      for (let copy = 0; copy < 2; copy++) {
        const created = await seedPackage(database.db, owner, {
          type,
          documents: documents(type === 'Counterpart' ? 1 : 2),
        });
        await consentAll(
          database.db,
          created.signers.map((signer) => signer.token),
          new Date(),
        );
      }
    }
  }

  async function unsignedCount() {
    const rows = await database.db
      .selectFrom('revisions')
      .select('id')
      .where('signed_at', 'is', null)
      .execute();

    return rows.length;
  }

  /** Every revision is signed whole or not at all; packages are executed exactly when done. */
  async function checkConsistent() {
    const db = database.db;
    const revisions = await db
      .selectFrom('revisions as r')
      .innerJoin('packages as p', 'p.id', 'r.package_id')
      .leftJoin('files as f', 'f.id', 'r.signed_file_id')
      .select([
        'r.id',
        'r.document_id',
        'r.signed_at',
        'r.signed_file_id',
        'r.signed_sha256',
        'f.content',
        'f.sha256 as fileSha256',
        'p.type',
      ])
      .execute();
    const events = await db
      .selectFrom('audit_events')
      .select(['action', 'package_id', 'details'])
      .where('action', 'in', ['revision_signed', 'package_executed'])
      .execute();
    const signedEvents = new Map<string, number>();
    for (const event of events.filter((e) => e.action === 'revision_signed')) {
      const { revisionId } = JSON.parse(event.details!) as { revisionId: string };
      signedEvents.set(revisionId, (signedEvents.get(revisionId) ?? 0) + 1);
    }

    for (const revision of revisions) {
      const whole = revision.signed_at
        ? {
            file: revision.content !== null,
            hash:
              revision.content !== null &&
              createHash('sha256').update(revision.content).digest('hex') ===
                revision.signed_sha256 &&
              revision.fileSha256 === revision.signed_sha256,
            events: signedEvents.get(revision.id) ?? 0,
          }
        : {
            file: revision.signed_file_id === null,
            hash: revision.signed_sha256 === null,
            events: signedEvents.get(revision.id) ?? 0,
          };
      expect({ revision: revision.id, ...whole }).toEqual({
        revision: revision.id,
        file: true,
        hash: true,
        events: revision.signed_at ? 1 : 0,
      });
    }

    // Each document's current file is one of its signatures (none before the first).
    const documents = await db
      .selectFrom('documents as d')
      .innerJoin('packages as p', 'p.id', 'd.package_id')
      .select(['d.id', 'd.current_file_id', 'p.type'])
      .execute();
    for (const document of documents.filter((d) => d.type !== 'Counterpart')) {
      const own = revisions.filter((r) => r.document_id === document.id && r.signed_at);
      if (own.length === 0) expect(document.current_file_id).toBeNull();
      else expect(own.map((r) => r.signed_file_id)).toContain(document.current_file_id);
    }

    // No signed file without its revision: a crash never leaves a half-recorded signature.
    const signedFiles = await db
      .selectFrom('files')
      .select('id')
      .where('kind', '=', 'signed')
      .execute();
    expect(signedFiles.length).toBe(revisions.filter((r) => r.signed_at).length);

    // Executed exactly when every revision is signed, with one event.
    const packages = await db.selectFrom('packages').select(['id', 'state']).execute();
    for (const pkg of packages) {
      const all = await db
        .selectFrom('revisions')
        .select('signed_at')
        .where('package_id', '=', pkg.id)
        .execute();
      const done = all.every((r) => r.signed_at);
      const executedEvents = events.filter(
        (e) => e.action === 'package_executed' && e.package_id === pkg.id,
      ).length;
      expect({ pkg: pkg.id, executed: pkg.state === 'executed', events: executedEvents }).toEqual({
        pkg: pkg.id,
        executed: done,
        events: done ? 1 : 0,
      });
    }

    if (dialect === 'sqlite') {
      const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
      expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
    }
  }

  test(`${KILLS} kills with SIGKILL in the middle of signing leave every revision whole or unsigned`, async () => {
    const started = Date.now();
    let signedBeforeKills = 0;
    await seedWork();

    for (let kill = 0; kill < KILLS; kill++) {
      if ((await unsignedCount()) < 8) await seedWork();

      const worker = startSigningWorker(database, ['loop']);
      await worker.ready;
      // A random moment among the signatures: after 0 to 2 of them, and up to a second more, so
      // that kills land while stamping, inside a transaction and between two signatures.
      const signatures = () => (worker.output().match(/^signed /gm) ?? []).length;
      const after = Math.floor(Math.random() * 3);
      let gone = false;
      void worker.exited.then(() => (gone = true));
      while (signatures() < after && !gone) await pause(20);
      await pause(Math.random() * 1000);
      worker.child.kill('SIGKILL');
      await worker.exited;

      signedBeforeKills += (worker.output().match(/^signed /gm) ?? []).length;
      await checkConsistent();
    }

    // The last run, left alone, signs everything that is left.
    const last = startSigningWorker(database, ['loop']);
    expect(await last.exited).toBe(0);
    await checkConsistent();
    expect(await unsignedCount()).toBe(0);

    // The kills landed while work was being done, not only between runs.
    expect(signedBeforeKills).toBeGreaterThan(KILLS / 2);
    console.log(
      `crash safety on ${dialect}: ${KILLS} kills, ${signedBeforeKills} signatures reported ` +
        `before them, ${Math.round((Date.now() - started) / 1000)} s`,
    );
  });
});
