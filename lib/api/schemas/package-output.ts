import { z } from 'zod';

/**
 * What the API answers about packages. Every answer is parsed with these schemas on its way
 * out, so a column added to a table never reaches a client by accident.
 */
export const ZSignerLink = z.object({
  token: z.string(),
  packageId: z.string(),
  documentId: z.string(),
  revisionId: z.string(),
  name: z.string(),
  link: z.string(),
  timeExpires: z.string(),
  type: z.literal('package_sign'),
  isNext: z.boolean(),
  isSigned: z.boolean(),
});

export const ZRevisionStatus = z.object({
  packageId: z.string(),
  documentId: z.string(),
  revisionId: z.string(),
  signerId: z.string(),
  link: z.string().nullable(),
  isNext: z.boolean(),
  isSigned: z.boolean(),
});

export const ZDocumentStatus = z.object({
  packageId: z.string(),
  documentId: z.string(),
  fileId: z.string(),
  externalId: z.string().nullable(),
  name: z.string(),
  fileName: z.string(),
  order: z.number(),
  isExecuted: z.boolean(),
  revisions: z.array(ZRevisionStatus),
});

export const ZSignerStatus = z.object({
  signerId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  mobileNumber: z.string().nullable(),
  order: z.number(),
  links: z.array(ZSignerLink),
});

/** GET /packages/{packageId}/status */
export const ZPackageStatus = z.object({
  packageId: z.string(),
  organizationId: z.string(),
  memberId: z.string().nullable(),
  name: z.string(),
  timeSignBy: z.string().nullable(),
  type: z.string(),
  state: z.string(),
  externalData: z.record(z.string(), z.unknown()).nullable(),
  isExecuted: z.boolean(),
  documents: z.array(ZDocumentStatus),
  signers: z.array(ZSignerStatus),
});

export type TPackageStatus = z.output<typeof ZPackageStatus>;

/** GET /packages/{packageId}: the status object and the rest of what the package holds. */
export const ZPackage = ZPackageStatus.extend({
  timeZone: z.string().nullable(),
  locale: z.string().nullable(),
  generateSignerLinks: z.boolean(),
  meeting: z
    .object({ timeStart: z.string(), duration: z.string(), isPrivate: z.boolean() })
    .nullable(),
  rescindMessage: z.string().nullable(),
  timeCreated: z.string(),
  timeUpdated: z.string(),
  timeSent: z.string().nullable(),
  timeExecuted: z.string().nullable(),
});

export type TPackage = z.output<typeof ZPackage>;

/** One package in the answer of `packages/list`. */
export const ZPackageListItem = z.object({
  packageId: z.string(),
  memberId: z.string().nullable(),
  name: z.string(),
  type: z.string(),
  state: z.string(),
  timeSignBy: z.string().nullable(),
  timeCreated: z.string(),
  isExecuted: z.boolean(),
  externalData: z.record(z.string(), z.unknown()).nullable(),
});

export type TPackageListItem = z.output<typeof ZPackageListItem>;

export const ZPackageList = z.object({
  items: z.array(ZPackageListItem),
  total: z.number(),
  take: z.number(),
  skip: z.number(),
});

/** POST /packages/{packageId}/link/sign/{signerId} */
export const ZIssuedLink = z.object({
  packageId: z.string(),
  name: z.string(),
  link: z.string(),
  type: z.literal('package_sign'),
  token: z.string(),
  timeExpires: z.string(),
});

/** The answer of the mutations that name one package: send, rescind, extend, delete. */
export const ZPackageIdAnswer = z.object({ packageId: z.string() });

/** The answer of `packages/add` and `packages/update`; `package` is null when not asked for. */
export const ZPackageAnswer = z.object({ packageId: z.string(), package: ZPackage.nullable() });
