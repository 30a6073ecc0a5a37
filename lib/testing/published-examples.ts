/**
 * The request bodies of the vendor's published package API examples, as they are written there
 * (with a file of the caller's in place of theirs). `packages/add` and `packages/update` tests
 * replay them unchanged.
 */

const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600_000).toISOString();

export const PUBLISHED_EXAMPLES: [string, (fileId: string) => Record<string, unknown>][] = [
  [
    'concurrent with one signer and one file',
    (fileId) => ({
      name: 'Concurrent Package',
      type: 'concurrent',
      signers: [{ firstName: 'John', lastName: 'Doe', email: 'john@example.test' }],
      documents: [{ fileId, name: 'Agreement' }],
    }),
  ],
  [
    'Sequential with two signers',
    (fileId) => ({
      name: 'Sequential Package',
      type: 'Sequential',
      signers: [
        { firstName: 'John', lastName: 'Doe', email: 'john@example.test', order: 1 },
        { firstName: 'Jane', lastName: 'Roe', email: 'jane@example.test', order: 2 },
      ],
      documents: [{ fileId, fileName: 'agreement.pdf', order: 1 }],
    }),
  ],
  [
    'with externalData',
    (fileId) => ({
      name: 'Package with external data',
      type: 'concurrent',
      externalData: { crmId: 'A-1001', tags: ['lease', 'renewal'] },
      signers: [{ firstName: 'John', lastName: 'Doe', email: 'john@example.test' }],
      documents: [{ fileId }],
    }),
  ],
  [
    'generateSignerLinks true and state open',
    (fileId) => ({
      name: 'Open package with links',
      type: 'concurrent',
      state: 'open',
      timeSignBy: inAWeek(),
      generateSignerLinks: true,
      signers: [{ firstName: 'John', lastName: 'Doe', email: 'john@example.test' }],
      documents: [{ fileId }],
    }),
  ],
  [
    'returnPackage false',
    (fileId) => ({
      name: 'Quiet package',
      type: 'Counterpart',
      returnPackage: false,
      signers: [{ firstName: 'John', lastName: 'Doe', email: 'john@example.test' }],
      documents: [{ fileId }],
    }),
  ],
];
