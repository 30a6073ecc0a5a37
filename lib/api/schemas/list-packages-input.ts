import { z } from 'zod';

import { PACKAGE_STATES } from '@/lib/domain/package-states';
import { PACKAGE_TYPES } from '@/lib/domain/package-types';

import { ZApiId, ZSkip, ZTake } from './api-fields';

export const LIST_SORTS = ['created', 'signBy', 'name'] as const;

/** POST /packages/list */
export const ZListPackagesRequest = z.object({
  memberId: ZApiId.nullish(),
  allMembers: z.boolean().default(true),
  search: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .describe('Package names, signer names and emails; a trailing * matches a prefix.'),
  types: z.array(z.enum(PACKAGE_TYPES)).max(10).nullish(),
  states: z.array(z.enum(PACKAGE_STATES)).max(10).nullish(),
  isExecuted: z.boolean().nullish(),
  days: z.int().min(0).max(3650).nullish().describe('Sign-by within the next N days.'),
  sortBy: z.enum(LIST_SORTS).default('created'),
  take: ZTake.describe('How many to answer with; at most 100.'),
  skip: ZSkip.describe('How many to pass over.'),
});

export type TListPackagesRequest = z.output<typeof ZListPackagesRequest>;
