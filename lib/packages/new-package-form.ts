import { fromZonedTime } from 'date-fns-tz';
import { z } from 'zod';

import { PACKAGE_TYPES, type PackageType } from '@/lib/domain/package-types';
import { isValidTimeZone } from '@/lib/time/zones';

/** A document of the form: an upload that passed inspection, with the name signers see. */
export interface NewPackageDocumentValues {
  fileId: string;
  fileName: string;
  name: string;
}

export interface NewPackageSignerValues {
  firstName: string;
  lastName: string;
  email: string;
}

/** What the owner typed into the new package form, as typed, so a refusal keeps all of it. */
export interface NewPackageFormValues {
  name: string;
  type: string;
  /** `YYYY-MM-DDTHH:mm` in `timeZone`, as a `datetime-local` input gives it. */
  deadline: string;
  /** IANA zone of the deadline and meeting; empty until the owner's zone is known. */
  timeZone: string;
  /** `YYYY-MM-DDTHH:mm` in `timeZone`; used by a video signing room only. */
  meetingStart: string;
  documents: NewPackageDocumentValues[];
  /** In signing order. */
  signers: NewPackageSignerValues[];
}

/** What the owner asks for with the form's buttons. */
export type NewPackageIntent = 'draft' | 'send';

/** Messages by field: `name`, `deadline`, `signers.1.email`, `documents`… */
export type NewPackageFieldErrors = Record<string, string>;

/** What `packages/add` takes from the form, with times as UTC instants. */
export interface NewPackageRequest {
  name: string;
  type: PackageType;
  state: 'draft' | 'open';
  timeSignBy: string | null;
  timeZone: string;
  meeting: { timeStart: string; duration: string; isPrivate: boolean } | null;
  documents: { fileId: string; fileName: string; name: string; order: number }[];
  signers: { firstName: string; lastName: string; email: string; order: number }[];
}

export const EMPTY_SIGNER: NewPackageSignerValues = { firstName: '', lastName: '', email: '' };

export const EMPTY_NEW_PACKAGE: NewPackageFormValues = {
  name: '',
  type: 'Sequential',
  deadline: '',
  timeZone: '',
  meetingStart: '',
  documents: [],
  signers: [EMPTY_SIGNER],
};

/** A video signing room's meeting lasts this long unless the API says otherwise. */
const MEETING_DURATION = 'PT1H';

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

/**
 * The UTC instant of a wall-clock time in a zone, or null when the text is not a real date
 * and time or the zone is unknown. A time that a daylight-saving change skips moves forward.
 */
export function localTimeToInstant(local: string, timeZone: string): string | null {
  const match = LOCAL_TIME.exec(local);
  if (!match || !isValidTimeZone(timeZone)) return null;

  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as number[];
  const calendar = new Date(Date.UTC(year!, month! - 1, day!));
  if (calendar.getUTCMonth() !== month! - 1 || calendar.getUTCDate() !== day!) return null;
  if (hour! > 23 || minute! > 59) return null;

  return fromZonedTime(local, timeZone).toISOString();
}

const ZName = z
  .string()
  .trim()
  .min(1, 'Give the package a name signers will recognise, such as the property’s address.')
  .max(200, 'Keep the package name to 200 characters or fewer.');

const ZType = z.enum(PACKAGE_TYPES, { error: 'Choose how the package is signed.' });

const ZTimeZone = z
  .string()
  .refine(isValidTimeZone, 'Choose the time zone of the deadline from the list.');

const ZSigner = z.object({
  firstName: z
    .string()
    .trim()
    .min(1, 'Give the signer’s first name.')
    .max(100, 'Keep the first name to 100 characters or fewer.'),
  lastName: z.string().trim().max(100, 'Keep the last name to 100 characters or fewer.'),
  email: z
    .string()
    .trim()
    .min(1, 'Give the signer’s email address: their signing link is sent there.')
    .max(254, 'This email address is too long.')
    .pipe(z.email('Give an email address like ana@example.com.')),
});

const ZDocument = z.object({
  fileId: z.string().min(1).max(64),
  fileName: z.string().trim().min(1).max(255),
  name: z
    .string()
    .trim()
    .min(1, 'Give the document a name signers will see.')
    .max(200, 'Keep the document name to 200 characters or fewer.'),
});

const isBlankSigner = (signer: NewPackageSignerValues) =>
  !signer.firstName.trim() && !signer.lastName.trim() && !signer.email.trim();

/**
 * Checks the form for saving as a draft or sending, with one clear message per field. A
 * draft may still lack documents, signers and a deadline; a package sent needs them all, and
 * a video signing room its meeting. Rows of signers left wholly blank are ignored.
 */
export function validateNewPackageForm(
  values: NewPackageFormValues,
  intent: NewPackageIntent,
  now: Date,
): { ok: true; request: NewPackageRequest } | { ok: false; errors: NewPackageFieldErrors } {
  const errors: NewPackageFieldErrors = {};
  const note = (field: string, message: string) => {
    errors[field] ??= message;
  };
  const firstMessage = (result: z.ZodSafeParseResult<unknown>, field: string) => {
    if (result.success) return;
    for (const issue of result.error.issues) {
      note([field, ...issue.path.map(String)].join('.'), issue.message);
    }
  };
  const sending = intent === 'send';

  const name = ZName.safeParse(values.name);
  firstMessage(name, 'name');
  const type = ZType.safeParse(values.type);
  firstMessage(type, 'type');
  const timeZone = ZTimeZone.safeParse(values.timeZone);
  firstMessage(timeZone, 'timeZone');
  const zone = timeZone.success ? timeZone.data : 'UTC';

  let timeSignBy: string | null = null;
  if (values.deadline.trim() === '') {
    if (sending) note('deadline', 'Choose the date and time by which everyone must sign.');
  } else {
    timeSignBy = localTimeToInstant(values.deadline.trim(), zone);
    if (!timeSignBy) note('deadline', 'Give the deadline as a date and a time.');
    else if (Date.parse(timeSignBy) <= now.getTime()) {
      note('deadline', 'This deadline has already passed; choose a later date and time.');
    }
  }

  let meeting: NewPackageRequest['meeting'] = null;
  if (type.success && type.data === 'video_closing_room') {
    if (values.meetingStart.trim() === '') {
      if (sending) note('meetingStart', 'Choose when the video signing meeting starts.');
    } else {
      const timeStart = localTimeToInstant(values.meetingStart.trim(), zone);
      if (!timeStart) note('meetingStart', 'Give the meeting time as a date and a time.');
      else if (Date.parse(timeStart) <= now.getTime()) {
        note('meetingStart', 'This meeting time has already passed; choose a later one.');
      } else meeting = { timeStart, duration: MEETING_DURATION, isPrivate: false };
    }
  }

  const documents = values.documents.map((document, index) => {
    const parsed = ZDocument.safeParse(document);
    firstMessage(parsed, `documents.${index}`);

    return parsed.success ? { ...parsed.data, order: index + 1 } : null;
  });
  if (sending && documents.length === 0) note('documents', 'Upload at least one PDF to sign.');

  const kept = values.signers
    .map((signer, index) => ({ signer, index }))
    .filter(({ signer }) => !isBlankSigner(signer));
  const signers = kept.map(({ signer, index }) => {
    const parsed = ZSigner.safeParse(signer);
    firstMessage(parsed, `signers.${index}`);

    return parsed.success ? parsed.data : null;
  });
  if (sending && kept.length === 0) note('signers', 'Add at least one signer.');

  const seen = new Set<string>();
  for (const { signer, index } of kept) {
    const email = signer.email.trim().toLowerCase();
    if (email === '') continue;
    if (seen.has(email)) {
      note(`signers.${index}.email`, 'Another signer has this email address; give each their own.');
    }
    seen.add(email);
  }

  if (Object.keys(errors).length > 0 || !name.success || !type.success) {
    return { ok: false, errors };
  }

  return {
    ok: true,
    request: {
      name: name.data,
      type: type.data,
      state: sending ? 'open' : 'draft',
      timeSignBy,
      timeZone: zone,
      meeting,
      documents: documents.filter((document) => document !== null),
      signers: signers
        .filter((signer) => signer !== null)
        .map((signer, index) => ({ ...signer, order: index + 1 })),
    },
  };
}

/** The rows of a list field (`signers.0.email`…) from form entries, in index order. */
function rowsOf<K extends string>(
  entries: Map<string, string>,
  prefix: string,
  fields: readonly K[],
): Record<K, string>[] {
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.(\\w+)$`);
  const indexes = new Set<number>();

  for (const key of entries.keys()) {
    const match = pattern.exec(key);
    if (match && (fields as readonly string[]).includes(match[2]!)) indexes.add(Number(match[1]));
  }

  return [...indexes]
    .sort((a, b) => a - b)
    .map(
      (index) =>
        Object.fromEntries(
          fields.map((field) => [field, entries.get(`${prefix}.${index}.${field}`) ?? '']),
        ) as Record<K, string>,
    );
}

/** The form's values from its posted text fields; file parts are read elsewhere. */
export function readNewPackageForm(fields: Iterable<[string, unknown]>): NewPackageFormValues {
  const entries = new Map<string, string>();
  for (const [key, value] of fields) {
    if (typeof value === 'string' && !entries.has(key)) entries.set(key, value);
  }
  const text = (key: string) => entries.get(key) ?? '';

  return {
    name: text('name'),
    type: text('type'),
    deadline: text('deadline'),
    timeZone: text('timeZone'),
    meetingStart: text('meetingStart'),
    documents: rowsOf(entries, 'documents', ['fileId', 'fileName', 'name'] as const),
    signers: rowsOf(entries, 'signers', ['firstName', 'lastName', 'email'] as const),
  };
}
