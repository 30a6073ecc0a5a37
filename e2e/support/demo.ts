import fs from 'node:fs';
import path from 'node:path';

export interface DemoLink {
  packageName: string;
  type: string;
  state: string;
  signer: string;
  url: string;
}

interface DemoFile {
  baseUrl: string;
  owner: { email: string; password: string | null };
  links: DemoLink[];
}

/** The demo that e2e/start-portal.sh seeded for this run. */
export function demo(): DemoFile {
  const file = path.resolve(process.env.E2E_DATA_DIR ?? './data/e2e', 'demo.json');

  return JSON.parse(fs.readFileSync(file, 'utf8')) as DemoFile;
}

/** The path of one demo signer's link, found by package and signer name. */
export function demoLink(packageName: string, signer: string): string {
  const link = demo().links.find(
    (candidate) => candidate.packageName === packageName && candidate.signer === signer,
  );
  if (!link) throw new Error(`No demo link for ${signer} on “${packageName}”.`);

  return new URL(link.url).pathname;
}
