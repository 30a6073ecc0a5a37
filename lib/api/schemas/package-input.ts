import { z } from 'zod';

import { PACKAGE_TYPES } from '@/lib/domain/package-types';

import {
  jsonNestingDepth,
  ZApiDuration,
  ZApiId,
  ZApiInstant,
  ZApiText,
  ZApiTimeZone,
} from './api-fields';

/** The states a package may be created in; the others are reached through its lifecycle. */
export const CREATABLE_STATES = ['draft', 'open', 'add', 'select'] as const;

const MAX_EXTERNAL_DATA_CHARACTERS = 10_000;
const MAX_EXTERNAL_DATA_DEPTH = 32;

export const ZSignerInput = z.object({
  firstName: ZApiText({ min: 1, max: 100, letters: true }),
  lastName: ZApiText({ max: 100, letters: true }).default(''),
  email: z.string().trim().max(254).pipe(z.email()),
  mobileNumber: ZApiText({ max: 32 }).nullish(),
  order: z.int().min(0).max(10_000).optional(),
});

export const ZDocumentInput = z.object({
  fileId: ZApiId,
  fileName: ZApiText({ min: 1, max: 255, letters: true }).optional(),
  name: ZApiText({ min: 1, max: 200, letters: true }).optional(),
  order: z.int().min(0).max(10_000).optional(),
});

export const ZMeetingInput = z.object({
  timeStart: ZApiInstant,
  duration: ZApiDuration.default('PT1H'),
  isPrivate: z.boolean().default(false),
});

export const ZExternalData = z
  .record(z.string(), z.unknown())
  .refine((data) => jsonNestingDepth(data, MAX_EXTERNAL_DATA_DEPTH) <= MAX_EXTERNAL_DATA_DEPTH, {
    message: `must nest at most ${MAX_EXTERNAL_DATA_DEPTH} levels deep`,
    abort: true,
  })
  .refine(
    (data) => JSON.stringify(data).length <= MAX_EXTERNAL_DATA_CHARACTERS,
    `must be at most ${MAX_EXTERNAL_DATA_CHARACTERS} characters as JSON`,
  );

/** The fields a package has, as `packages/add` takes them and `packages/update` changes them. */
const packageFields = {
  name: ZApiText({ min: 1, max: 200, letters: true }),
  type: z.enum(PACKAGE_TYPES),
  timeSignBy: ZApiInstant.nullable(),
  timeZone: ZApiTimeZone.nullable(),
  locale: ZApiText({ max: 35 }).nullable(),
  externalData: ZExternalData.nullable(),
  meeting: ZMeetingInput.nullable(),
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
  generateSignerLinks: z.boolean().default(false),
  returnPackage: z.boolean().default(true),
  signers: z.array(ZSignerInput).max(100).default([]),
  documents: z.array(ZDocumentInput).max(50).default([]),
});

export type TAddPackageRequest = z.output<typeof ZAddPackageRequest>;

/** A signer in `packages/update`: a known signer by `signerId`, or a new one. */
export const ZUpdateSignerInput = ZSignerInput.partial().extend({ signerId: ZApiId.optional() });

/** POST /packages/update: every field is optional; a field left out is left as it is. */
export const ZUpdatePackageRequest = z.object({
  packageId: ZApiId,
  ...z.object(packageFields).partial().shape,
  signers: z.array(ZUpdateSignerInput).max(100).optional(),
  documents: z.array(ZDocumentInput).max(50).optional(),
  returnPackage: z.boolean().default(true),
});

export type TUpdatePackageRequest = z.output<typeof ZUpdatePackageRequest>;

/** The body of the mutations that name only a package. */
export const ZPackageIdRequest = z.object({ packageId: ZApiId });

export const ZRescindPackageRequest = z.object({
  packageId: ZApiId,
  rescindMessage: ZApiText({ max: 2000, lines: true }).nullish(),
  notify: z.boolean().default(true),
});

export const ZExtendPackageRequest = z.object({
  packageId: ZApiId,
  days: z.int().min(1).max(365).default(7),
});

export const ZDeletePackageRequest = z.object({
  packageId: ZApiId,
  notify: z.boolean().default(false),
});
