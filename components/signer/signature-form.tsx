'use client';

import { useState, useSyncExternalStore } from 'react';

import { SignaturePad, strokesToPng, type Stroke } from './signature-pad';

interface SignatureFormProps {
  /** Where the form posts the adopted signature. */
  action: string;
  documentName: string;
  signerName: string;
  /** CSS font-family of the handwriting font that shows a typed signature. */
  handwritingFont: string;
}

type Mode = 'typed' | 'drawn';

const subscribeToNothing = () => () => {};
const isBrowser = () => true;
const isServer = () => false;

/**
 * Adopting a signature and signing. The signer types their name or draws it, sees it as it
 * will appear, and only then signs. Without JavaScript the form still signs with the typed
 * name, in one step, and says so.
 */
export function SignatureForm(props: SignatureFormProps) {
  const { action, documentName, signerName, handwritingFont } = props;
  // False while the server renders and the page hydrates, true once scripts run.
  const enhanced = useSyncExternalStore(subscribeToNothing, isBrowser, isServer);
  const [mode, setMode] = useState<Mode>('typed');
  const [typedName, setTypedName] = useState(signerName);
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const [reviewing, setReviewing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  // Made only for review: the PNG the server receives is the one the signer looked at.
  const drawnSignature = reviewing && mode === 'drawn' ? strokesToPng(strokes) : '';

  function review(event: React.FormEvent<HTMLFormElement>) {
    if (!enhanced || reviewing) {
      setSubmitting(true);
      return;
    }

    event.preventDefault();

    if (mode === 'typed' && !typedName.trim()) return setProblem('Type your name to sign.');
    if (mode === 'drawn' && strokes.length === 0) {
      return setProblem('Draw your signature in the box to sign.');
    }

    setProblem(null);
    setReviewing(true);
  }

  return (
    <form method="post" action={action} onSubmit={review} className="space-y-4">
      <input type="hidden" name="kind" value={mode} />
      <input type="hidden" name="drawnSignature" value={drawnSignature} />

      {enhanced && !reviewing ? (
        <fieldset className="flex gap-2">
          <legend className="sr-only">How to sign</legend>
          {(['typed', 'drawn'] as const).map((option) => (
            <label
              key={option}
              className="flex min-h-11 flex-1 cursor-pointer items-center justify-center rounded-lg border border-slate-300 px-3 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-700 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:checked]:text-blue-900 dark:border-slate-700 dark:has-[:checked]:bg-blue-950 dark:has-[:checked]:text-blue-100"
            >
              <input
                type="radio"
                name="mode"
                value={option}
                checked={mode === option}
                onChange={() => setMode(option)}
                className="sr-only"
              />
              {option === 'typed' ? 'Type' : 'Draw'}
            </label>
          ))}
        </fieldset>
      ) : null}

      <div hidden={mode !== 'typed' || reviewing} className="space-y-2">
        <label htmlFor="typedName" className="block text-sm font-medium">
          Your name, as your signature
        </label>
        <input
          id="typedName"
          name="typedName"
          value={typedName}
          onChange={(event) => setTypedName(event.target.value)}
          maxLength={100}
          autoComplete="name"
          required={mode === 'typed'}
          className="block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 text-base dark:border-slate-600 dark:bg-slate-900"
        />
      </div>

      {mode === 'drawn' && !reviewing ? (
        <div className="space-y-2">
          <p className="text-sm font-medium">Draw your signature in the box</p>
          <SignaturePad strokes={strokes} onChange={setStrokes} label="Signature drawing area" />
          <button
            type="button"
            onClick={() => setStrokes([])}
            className="min-h-11 rounded-lg px-3 text-sm font-medium underline"
          >
            Clear
          </button>
        </div>
      ) : null}

      {reviewing ? (
        <div className="space-y-2">
          <p className="text-sm font-medium">Your signature will look like this:</p>
          <div className="flex min-h-28 items-center justify-center rounded-lg border border-slate-300 bg-white p-4 text-slate-900">
            {mode === 'typed' ? (
              <span style={{ fontFamily: handwritingFont }} className="text-4xl break-all">
                {typedName}
              </span>
            ) : (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={drawnSignature} alt="Your drawn signature" className="max-h-32" />
            )}
          </div>
          <button
            type="button"
            onClick={() => setReviewing(false)}
            className="min-h-11 rounded-lg px-3 text-sm font-medium underline"
          >
            Change signature
          </button>
        </div>
      ) : null}

      {problem ? (
        <p role="alert" className="text-sm font-medium text-rose-800 dark:text-rose-300">
          {problem}
        </p>
      ) : null}

      <p className="text-sm text-slate-700 dark:text-slate-300">
        {enhanced && !reviewing
          ? 'You will see your signature before you sign.'
          : `By selecting “Sign”, you adopt this signature as your own and sign “${documentName}” electronically.`}
      </p>

      <button
        type="submit"
        disabled={submitting}
        className="flex min-h-12 w-full items-center justify-center rounded-lg bg-blue-700 px-4 text-base font-semibold text-white hover:bg-blue-800 disabled:opacity-70 dark:bg-blue-600"
      >
        {enhanced && !reviewing ? 'Review signature' : submitting ? 'Signing…' : 'Sign'}
      </button>
    </form>
  );
}
