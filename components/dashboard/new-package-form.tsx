'use client';

import {
  useActionState,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from 'react';

import type { NewPackageState } from '@/app/dashboard/packages/new/actions';
import { PACKAGE_TYPE_LABELS, PACKAGE_TYPES } from '@/lib/domain/package-types';
import type { NewPackageDocumentValues } from '@/lib/packages/new-package-form';
import type { TimeZoneOption } from '@/lib/time/time-zone-options';

interface NewPackageFormProps {
  action: (previous: NewPackageState, form: FormData) => Promise<NewPackageState>;
  initial: NewPackageState;
  zones: TimeZoneOption[];
  /** The zone the server knows the owner by, until the browser tells its own. */
  serverTimeZone: string;
}

/**
 * The new package form: PDFs (each checked as soon as it is chosen), name, type, deadline
 * with its time zone, the meeting of a video signing room, and signers in order; then save as
 * a draft or send. Without scripts the same form posts whole and comes back with any problems.
 */
export function NewPackageForm({ action, initial, zones, serverTimeZone }: NewPackageFormProps) {
  const [state, formAction, pending] = useActionState(action, initial);

  // Each answer of the server starts the fields afresh from the values it sent back.
  return (
    <NewPackageFields
      key={state.version}
      state={state}
      formAction={formAction}
      pending={pending}
      zones={zones}
      serverTimeZone={serverTimeZone}
    />
  );
}

const INPUT =
  'block min-h-11 w-full min-w-0 rounded-lg border border-slate-400 bg-white px-3 text-base aria-[invalid=true]:border-rose-700 dark:border-slate-600 dark:bg-slate-900 dark:aria-[invalid=true]:border-rose-400';
const SMALL_BUTTON =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border border-slate-300 px-3 text-sm font-medium hover:bg-slate-50 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800';
const ERROR = 'text-sm font-medium text-rose-800 dark:text-rose-300';
const HINT = 'text-sm text-slate-700 dark:text-slate-300';

interface SignerRow {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  errors: Partial<Record<'firstName' | 'lastName' | 'email', string>>;
}

type Upload =
  | { kept: true; fileId: string; fileName: string; name: string }
  | { kept: false; fileName: string; message: string };

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function subscribe(): () => void {
  return () => {};
}

let nextRowNumber = 0;

interface FieldsProps {
  state: NewPackageState;
  formAction: (form: FormData) => void;
  pending: boolean;
  zones: TimeZoneOption[];
  serverTimeZone: string;
}

function NewPackageFields({ state, formAction, pending, zones, serverTimeZone }: FieldsProps) {
  const { values, errors } = state;
  const [type, setType] = useState(values.type);
  const [chosenZone, setChosenZone] = useState<string | null>(values.timeZone || null);
  const browserZone = useSyncExternalStore(subscribe, browserTimeZone, () => serverTimeZone);
  // With scripts, files are uploaded as soon as they are chosen and never posted with the form.
  const scripted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const timeZone = chosenZone ?? browserZone;
  const [documents, setDocuments] = useState<NewPackageDocumentValues[]>(values.documents);
  const [refused, setRefused] = useState(state.refusedUploads);
  const [uploading, setUploading] = useState(0);
  const [signers, setSigners] = useState<SignerRow[]>(() =>
    values.signers.map((signer, index) => ({
      ...signer,
      id: `${state.version}-${index}`,
      errors: {
        firstName: errors[`signers.${index}.firstName`],
        lastName: errors[`signers.${index}.lastName`],
        email: errors[`signers.${index}.email`],
      },
    })),
  );
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const problems = problemLinks(state, signers);

  useEffect(() => {
    if (problems.length > 0 || state.problem) summary.current?.focus();
    // Only when the server's answer arrives, which mounts these fields anew.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget)?.focus();
  }, [focusTarget, signers]);

  const zoneOptions = zones.some((zone) => zone.value === timeZone)
    ? zones
    : [{ value: timeZone, label: timeZone }, ...zones];

  async function upload(files: FileList | null) {
    if (!files || files.length === 0) return;

    const chosen = [...files];
    const body = new FormData();
    for (const file of chosen) body.append('file', file, file.name);
    if (fileInput.current) fileInput.current.value = '';
    setUploading((count) => count + chosen.length);

    try {
      const response = await fetch('/dashboard/packages/new/upload', { method: 'POST', body });
      const answer = (await response.json().catch(() => null)) as {
        uploads?: Upload[];
        message?: string;
      } | null;

      if (!response.ok || !answer?.uploads) {
        const message =
          answer?.message ?? 'The files could not be uploaded just now. Try again in a moment.';
        setRefused((list) => [
          ...list,
          ...chosen.map((file) => ({ fileName: file.name, message })),
        ]);

        return;
      }

      const uploads = answer.uploads;
      setDocuments((list) => [
        ...list,
        ...uploads.flatMap((item) =>
          item.kept ? [{ fileId: item.fileId, fileName: item.fileName, name: item.name }] : [],
        ),
      ]);
      setRefused((list) => [
        ...list,
        ...uploads.flatMap((item) =>
          item.kept ? [] : [{ fileName: item.fileName, message: item.message }],
        ),
      ]);
    } catch {
      setRefused((list) => [
        ...list,
        ...chosen.map((file) => ({
          fileName: file.name,
          message: 'The portal could not be reached. Check the connection and choose it again.',
        })),
      ]);
    } finally {
      setUploading((count) => count - chosen.length);
    }
  }

  function addSigner() {
    const id = `new-${nextRowNumber++}`;
    setSigners((rows) => [...rows, { id, firstName: '', lastName: '', email: '', errors: {} }]);
    setFocusTarget(`signer-${id}-firstName`);
  }

  function removeSigner(index: number) {
    setSigners((rows) => rows.filter((_, at) => at !== index));
    setFocusTarget('add-signer');
  }

  function moveSigner(index: number, by: -1 | 1) {
    const row = signers[index];
    const target = index + by;
    if (!row || target < 0 || target >= signers.length) return;

    setSigners((rows) => {
      const next = [...rows];
      [next[index], next[target]] = [next[target]!, next[index]!];

      return next;
    });
    // Keep the focus on the button that moved, or on its pair when it reached an end.
    const end = by < 0 ? target === 0 : target === signers.length - 1;
    setFocusTarget(`signer-${row.id}-${end ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}`);
  }

  function removeDocument(index: number) {
    setDocuments((list) => list.filter((_, at) => at !== index));
    setFocusTarget('files');
  }

  /** Enter in a field does not send the form: only its buttons do. */
  function keepEnterInFields(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type !== 'submit') {
      event.preventDefault();
    }
  }

  const rowButton = (intent: string, run: () => void) => ({
    type: 'submit' as const,
    name: 'intent',
    value: intent,
    formNoValidate: true,
    onClick: (event: React.MouseEvent) => {
      event.preventDefault();
      run();
    },
  });

  return (
    <form
      action={formAction}
      onKeyDown={keepEnterInFields}
      noValidate
      aria-describedby={problems.length > 0 || state.problem ? 'form-problems' : undefined}
      className="space-y-8"
    >
      {/* Enter in a field of the form without scripts saves a draft: the first submit button. */}
      <button
        type="submit"
        name="intent"
        value="draft"
        tabIndex={-1}
        aria-hidden="true"
        className="sr-only"
      >
        Save as draft
      </button>

      {problems.length > 0 || state.problem ? (
        <div
          id="form-problems"
          ref={summary}
          tabIndex={-1}
          role="alert"
          className="space-y-2 rounded-xl border border-rose-300 bg-rose-50 p-4 text-rose-950 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-50"
        >
          <p className="font-semibold">
            {state.problem ?? 'The package was not saved. Correct what is marked below:'}
          </p>
          {problems.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {problems.map((problem) => (
                <li key={problem.target}>
                  <a href={`#${problem.target}`} className="underline">
                    {problem.message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Documents</legend>
        {documents.length > 0 ? (
          <ol aria-label="Documents to sign" className="space-y-3">
            {documents.map((document, index) => {
              const error = errors[`documents.${index}.name`];
              const id = `document-${document.fileId}-name`;

              return (
                <li
                  key={document.fileId}
                  className="space-y-2 rounded-xl border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
                >
                  <input type="hidden" name={`documents.${index}.fileId`} value={document.fileId} />
                  <input
                    type="hidden"
                    name={`documents.${index}.fileName`}
                    value={document.fileName}
                  />
                  <p className="text-sm break-all text-slate-700 dark:text-slate-300">
                    {index + 1}. {document.fileName}
                  </p>
                  <div className="flex flex-wrap items-end gap-2">
                    <div className="min-w-0 flex-1 basis-48 space-y-1">
                      <label htmlFor={id} className="block text-sm font-medium">
                        Document name
                      </label>
                      <input
                        id={id}
                        name={`documents.${index}.name`}
                        defaultValue={document.name}
                        maxLength={200}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                        className={INPUT}
                      />
                    </div>
                    <button
                      {...rowButton(`remove_document:${index}`, () => removeDocument(index))}
                      aria-label={`Remove ${document.fileName}`}
                      className={SMALL_BUTTON}
                    >
                      Remove
                    </button>
                  </div>
                  {error ? (
                    <p id={`${id}-error`} className={ERROR}>
                      {error}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        ) : null}

        <div className="space-y-1.5">
          <label htmlFor="files" className="block text-sm font-medium">
            {documents.length > 0 ? 'Add more PDF files' : 'PDF files to sign'}
          </label>
          <p id="files-hint" className={HINT}>
            PDF files without a password. Each is checked as soon as you choose it.
          </p>
          <input
            ref={fileInput}
            id="files"
            name={scripted ? undefined : 'files'}
            type="file"
            multiple
            accept="application/pdf,.pdf"
            onChange={(event) => void upload(event.currentTarget.files)}
            aria-invalid={errors.documents ? true : undefined}
            aria-describedby={errors.documents ? 'files-error files-hint' : 'files-hint'}
            className="block w-full max-w-full text-base file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-slate-400 file:bg-white file:px-4 file:font-medium dark:file:border-slate-600 dark:file:bg-slate-900 dark:file:text-slate-100"
          />
          <noscript>
            <button type="submit" name="intent" value="upload" className={SMALL_BUTTON}>
              Upload chosen files
            </button>
          </noscript>
          {errors.documents ? (
            <p id="files-error" className={ERROR}>
              {errors.documents}
            </p>
          ) : null}
        </div>

        <div role="status" className={HINT}>
          {uploading > 0 ? `Checking ${uploading} ${uploading === 1 ? 'file' : 'files'}…` : ''}
        </div>
        <div role="alert">
          {refused.length > 0 ? (
            <ul className="space-y-2">
              {refused.map((file, index) => (
                <li
                  key={`${file.fileName}-${index}`}
                  className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-50"
                >
                  <span className="font-semibold break-all">“{file.fileName}” was refused.</span>{' '}
                  {file.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </fieldset>

      <div className="space-y-1.5">
        <label htmlFor="package-name" className="block text-lg font-semibold">
          Package name
        </label>
        <p id="package-name-hint" className={HINT}>
          Signers see it in their email and on their signing page.
        </p>
        <input
          id="package-name"
          name="name"
          defaultValue={values.name}
          maxLength={200}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={
            errors.name ? 'package-name-error package-name-hint' : 'package-name-hint'
          }
          className={INPUT}
        />
        {errors.name ? (
          <p id="package-name-error" className={ERROR}>
            {errors.name}
          </p>
        ) : null}
      </div>

      <fieldset className="space-y-2" aria-describedby={errors.type ? 'type-error' : undefined}>
        <legend className="text-lg font-semibold">How it is signed</legend>
        {PACKAGE_TYPES.map((value) => (
          <label
            key={value}
            className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 dark:border-slate-800 dark:has-[:checked]:border-blue-400 dark:has-[:checked]:bg-blue-950"
          >
            <input
              id={`type-${value.replace(' ', '-')}`}
              type="radio"
              name="type"
              value={value}
              checked={type === value}
              onChange={() => setType(value)}
              className="mt-1 size-5 shrink-0"
            />
            <span>
              <span className="block font-medium">{PACKAGE_TYPE_LABELS[value].label}</span>
              <span className={`block ${HINT}`}>{PACKAGE_TYPE_LABELS[value].description}</span>
            </span>
          </label>
        ))}
        {errors.type ? (
          <p id="type-error" className={ERROR}>
            {errors.type}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Deadline</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1.5">
            <label htmlFor="deadline" className="block text-sm font-medium">
              Sign by (date and time)
            </label>
            <input
              id="deadline"
              name="deadline"
              type="datetime-local"
              defaultValue={values.deadline}
              aria-invalid={errors.deadline ? true : undefined}
              aria-describedby={errors.deadline ? 'deadline-error' : undefined}
              className={INPUT}
            />
            {errors.deadline ? (
              <p id="deadline-error" className={ERROR}>
                {errors.deadline}
              </p>
            ) : null}
          </div>
          <div className="space-y-1.5">
            <label htmlFor="time-zone" className="block text-sm font-medium">
              Time zone
            </label>
            <select
              id="time-zone"
              name="timeZone"
              value={timeZone}
              onChange={(event) => setChosenZone(event.currentTarget.value)}
              aria-invalid={errors.timeZone ? true : undefined}
              aria-describedby={errors.timeZone ? 'time-zone-error' : undefined}
              className={INPUT}
            >
              {zoneOptions.map((zone) => (
                <option key={zone.value} value={zone.value}>
                  {zone.label}
                </option>
              ))}
            </select>
            {errors.timeZone ? (
              <p id="time-zone-error" className={ERROR}>
                {errors.timeZone}
              </p>
            ) : null}
          </div>
        </div>

        {type === 'video_closing_room' ? (
          <div className="space-y-1.5">
            <label htmlFor="meeting-start" className="block text-sm font-medium">
              Video meeting starts (same time zone)
            </label>
            <p id="meeting-start-hint" className={HINT}>
              Signers can sign once the meeting has started.
            </p>
            <input
              id="meeting-start"
              name="meetingStart"
              type="datetime-local"
              defaultValue={values.meetingStart}
              aria-invalid={errors.meetingStart ? true : undefined}
              aria-describedby={
                errors.meetingStart
                  ? 'meeting-start-error meeting-start-hint'
                  : 'meeting-start-hint'
              }
              className={INPUT}
            />
            {errors.meetingStart ? (
              <p id="meeting-start-error" className={ERROR}>
                {errors.meetingStart}
              </p>
            ) : null}
          </div>
        ) : null}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Signers, in signing order</legend>
        <p className={HINT}>
          {type === 'Sequential' || type === 'Live Session'
            ? 'Each signer signs after the one above.'
            : 'The order is how signers are listed; they may sign at the same time.'}
        </p>
        <ol aria-label="Signers" className="space-y-3">
          {signers.map((signer, index) => (
            <li
              key={signer.id}
              className="space-y-3 rounded-xl border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
            >
              <p className="font-medium">Signer {index + 1}</p>
              <div className="grid gap-3 sm:grid-cols-3">
                {(
                  [
                    ['firstName', 'First name', 'text'],
                    ['lastName', 'Last name', 'text'],
                    ['email', 'Email address', 'email'],
                  ] as const
                ).map(([field, label, inputType]) => {
                  const id = `signer-${signer.id}-${field}`;
                  const error = signer.errors[field];

                  return (
                    <div key={field} className="min-w-0 space-y-1">
                      <label htmlFor={id} className="block text-sm font-medium">
                        {label}
                        <span className="sr-only"> of signer {index + 1}</span>
                      </label>
                      <input
                        id={id}
                        name={`signers.${index}.${field}`}
                        type={inputType}
                        autoComplete="off"
                        defaultValue={signer[field]}
                        maxLength={field === 'email' ? 254 : 100}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                        className={INPUT}
                      />
                      {error ? (
                        <p id={`${id}-error`} className={ERROR}>
                          {error}
                        </p>
                      ) : null}
                    </div>
                  );
                })}
              </div>
              <div className="flex flex-wrap gap-2">
                <button
                  id={`signer-${signer.id}-up`}
                  {...rowButton(`up_signer:${index}`, () => moveSigner(index, -1))}
                  disabled={index === 0}
                  aria-label={`Move signer ${index + 1} up`}
                  className={SMALL_BUTTON}
                >
                  Move up
                </button>
                <button
                  id={`signer-${signer.id}-down`}
                  {...rowButton(`down_signer:${index}`, () => moveSigner(index, 1))}
                  disabled={index === signers.length - 1}
                  aria-label={`Move signer ${index + 1} down`}
                  className={SMALL_BUTTON}
                >
                  Move down
                </button>
                <button
                  {...rowButton(`remove_signer:${index}`, () => removeSigner(index))}
                  aria-label={`Remove signer ${index + 1}`}
                  className={SMALL_BUTTON}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ol>
        <button id="add-signer" {...rowButton('add_signer', addSigner)} className={SMALL_BUTTON}>
          Add a signer
        </button>
        {errors.signers ? <p className={ERROR}>{errors.signers}</p> : null}
      </fieldset>

      <div className="flex flex-col gap-3 border-t border-slate-200 pt-6 sm:flex-row-reverse sm:justify-start dark:border-slate-800">
        <button
          type="submit"
          name="intent"
          value="send"
          disabled={pending || uploading > 0}
          className="inline-flex min-h-12 items-center justify-center rounded-lg bg-blue-700 px-6 text-base font-semibold text-white hover:bg-blue-800 disabled:opacity-70 dark:bg-blue-600"
        >
          Send for signature
        </button>
        <button
          type="submit"
          name="intent"
          value="draft"
          disabled={pending || uploading > 0}
          className="inline-flex min-h-12 items-center justify-center rounded-lg border border-slate-400 px-6 text-base font-semibold hover:bg-slate-50 disabled:opacity-70 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Save as draft
        </button>
        <p role="status" className={`${HINT} sm:mr-auto sm:self-center`}>
          {pending ? 'Saving…' : ''}
        </p>
      </div>
    </form>
  );
}

/** Each problem of the server's answer, linked to the field it is about. */
function problemLinks(
  state: NewPackageState,
  signers: SignerRow[],
): { target: string; message: string }[] {
  const links: { target: string; message: string }[] = [];

  for (const [field, message] of Object.entries(state.errors)) {
    const [list, position, part] = field.split('.');
    const index = Number(position);
    let target = field;

    if (list === 'signers' && part) {
      target = `signer-${signers[index]?.id ?? ''}-${part}`;
    } else if (list === 'documents' && part) {
      target = `document-${state.values.documents[index]?.fileId ?? ''}-name`;
    } else {
      target =
        {
          name: 'package-name',
          type: `type-${PACKAGE_TYPES[0]}`,
          deadline: 'deadline',
          timeZone: 'time-zone',
          meetingStart: 'meeting-start',
          documents: 'files',
          signers: 'add-signer',
        }[field] ?? 'package-name';
    }

    links.push({ target, message });
  }

  return links;
}
