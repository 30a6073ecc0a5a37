import { z } from 'zod';

import { PACKAGE_TYPES } from '@/lib/domain/package-types';

import { ZApiDuration, ZApiId, ZApiInstant, ZApiTimeZone } from './api-fields';

/** The states a package may be created in; the others are reached through its lifecycle. */
export const CREATABLE_STATES = ['draft', 'open', 'add', 'select'] as const;

const MAX_EXTERNAL_DATA_CHARACTERS = 10_000;

export const ZSignerInput = z.object({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().max(100).default(''),
  email: z.string().trim().max(254).pipe(z.email()),
  mobileNumber: z.string().trim().max(32).nullish(),
  order: z.int().min(0).max(10_000).optional().describe('Signing order; lowest signs first.'),
});

export const ZDocumentInput = z.object({
  fileId: ZApiId.describe('The fileId of an upload from files/upload.'),
  fileName: z.string().trim().min(1).max(255).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  order: z.int().min(0).max(10_000).optional(),
});

export const ZMeetingInput = z.object({
  timeStart: ZApiInstant,
  duration: ZApiDuration.default('PT1H').describe('ISO 8601 duration, like PT1H.'),
  isPrivate: z.boolean().default(false),
});

export const ZExternalData = z
  .record(z.string(), z.unknown())
  .refine(
    (data) => JSON.stringify(data).length <= MAX_EXTERNAL_DATA_CHARACTERS,
    `must be at most ${MAX_EXTERNAL_DATA_CHARACTERS} characters as JSON`,
  );

/** The fields a package has, as `packages/add` takes them and `packages/update` changes them. */
const packageFields = {
  name: z.string().trim().min(1).max(200),
  type: z.enum(PACKAGE_TYPES).describe('Case-sensitive, exactly as written.'),
  timeSignBy: ZApiInstant.nullable().describe(
    'The deadline: an ISO 8601 time with an offset and 0 to 7 fractional digits.',
  ),
  timeZone: ZApiTimeZone.nullable().describe('An IANA time zone, such as America/New_York.'),
  locale: z.string().trim().max(35).nullable(),
  externalData: ZExternalData.nullable().describe('Your own data, returned as given.'),
  meeting: ZMeetingInput.nullable().describe('The video meeting of a video_closing_room package.'),
};

/** POST /packages/add */
export const ZAddPackageRequest = z.object({
  ...packageFields,
  type: packageFields.type.default('concurrent'),
  state: z.enum(CREATABLE_STATES).default('draft'),
  timeSignBy: packageFields.timeSignBy.optional(),
  timeZone: packageFields.timeZone.optional(),
  locale: packageFields.locale.optional(),
  externalData: packageFields.externalData.optional(),
  meeting: packageFields.meeting.optional(),
  generateSignerLinks: z
    .boolean()
    .default(false)
    .describe('Issue a signing link per signer and show links in the status.'),
  returnPackage: z.boolean().default(true).describe('Answer with the whole package.'),
  signers: z.array(ZSignerInput).max(100).default([]),
  documents: z.array(ZDocumentInput).max(50).default([]),
});

export type TAddPackageRequest = z.output<typeof ZAddPackageRequest>;

/** A signer in `packages/update`: a known signer by `signerId`, or a new one. */
export const ZUpdateSignerInput = ZSignerInput.partial().extend({
  signerId: ZApiId.optional().describe('Keeps this signer; leave it out to add a new one.'),
});

/**
 * POST /packages/update: `packageId` and any field of `packages/add`; a field left out is left
 * as it is. A list given (`signers`, `documents`) is the whole new list: a signer is kept by
 * `signerId` and a document by `fileId`; the others are new, and those left out are removed.
 */
export const ZUpdatePackageRequest = z.object({
  packageId: ZApiId,
  ...z.object(packageFields).partial().shape,
  state: z.enum(CREATABLE_STATES).optional(),
  generateSignerLinks: z.boolean().optional(),
  signers: z.array(ZUpdateSignerInput).max(100).optional(),
  documents: z.array(ZDocumentInput).max(50).optional(),
  returnPackage: z.boolean().default(true),
});

export type TUpdatePackageRequest = z.output<typeof ZUpdatePackageRequest>;

/** The body of the mutations that name only a package. */
export const ZPackageIdRequest = z.object({ packageId: ZApiId });

export const ZRescindPackageRequest = z.object({
  packageId: ZApiId,
  rescindMessage: z.string().trim().max(2000).nullish(),
  notify: z.boolean().default(true).describe('Tell the signers by mail.'),
});

export const ZExtendPackageRequest = z.object({
  packageId: ZApiId,
  days: z.int().min(1).max(365).default(7).describe('How many days later the deadline moves.'),
});

export const ZDeletePackageRequest = z.object({
  packageId: ZApiId,
  notify: z
    .boolean()
    .default(false)
    .describe('Tell the signers of an open package it was withdrawn.'),
});
