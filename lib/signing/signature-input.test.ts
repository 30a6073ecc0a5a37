import { makeSignaturePng } from '@/lib/pdf/testing/make-png';

import {
  knownSignatureProblem,
  parseSignatureForm,
  SIGNATURE_FORM_MESSAGES,
} from './signature-input';

const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('parseSignatureForm', () => {
  test.each([
    ['Ana Silva', 'Ana Silva'],
    ['  渡辺   健 ', '渡辺 健'],
    ['فاطمة الزهراء', 'فاطمة الزهراء'],
    ['Nguye\u0302\u0303n', 'Nguyễn'],
  ])('accepts the typed name %j as %j', (typedName, text) => {
    expect(parseSignatureForm({ kind: 'typed', typedName })).toEqual({
      ok: true,
      signature: { kind: 'typed', text },
    });
  });

  test.each([
    [{ kind: 'typed', typedName: '   ' }, 'Type your name to sign.'],
    [{ kind: 'typed', typedName: 'x'.repeat(101) }, 'at most 100 characters'],
    [{ kind: 'typed', typedName: 'Ana\u0000Silva' }, 'control characters'],
    [{ kind: 'drawn', drawnSignature: '' }, 'Draw your signature'],
    [{ kind: 'drawn', drawnSignature: 'data:image/png;base64,aGVsbG8=' }, 'Draw your signature'],
    [
      { kind: 'drawn', drawnSignature: 'data:image/svg+xml;base64,PHN2Zz4=' },
      'Draw your signature',
    ],
    [{ kind: 'typed', typedName: '\u200b\u200d' }, 'in letters'],
    [{ kind: 'typed', typedName: '😀' }, 'in letters'],
    [{ kind: 'typed', typedName: 'Aisha \u202eolleb\u202c' }, 'direction'],
    [{ kind: 'stamped' }, 'type or draw'],
    [{ kind: 'TYPED', typedName: 'Ana' }, 'type or draw'],
    [{}, ''],
  ])('refuses %j with a message', (form, message) => {
    const result = parseSignatureForm(form);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  test('accepts a drawn signature that is a real PNG', () => {
    const result = parseSignatureForm({ kind: 'drawn', drawnSignature: TINY_PNG });

    expect(result.ok && result.signature.kind).toBe('drawn');
  });
});

describe('drawn signature size', () => {
  const asDataUrl = (png: Uint8Array) =>
    `data:image/png;base64,${Buffer.from(png).toString('base64')}`;

  test('accepts a drawing the size of the signing pad', () => {
    const result = parseSignatureForm({
      kind: 'drawn',
      drawnSignature: asDataUrl(makeSignaturePng(900, 300)),
    });

    expect(result.ok).toBe(true);
  });

  test('refuses a drawing wider than 2,000 pixels, however small the file', () => {
    const result = parseSignatureForm({
      kind: 'drawn',
      drawnSignature: asDataUrl(makeSignaturePng(4000, 40)),
    });

    expect(result).toEqual({ ok: false, message: SIGNATURE_FORM_MESSAGES.drawnTooLarge });
  });

  test('refuses a PNG signature cut off before its header', () => {
    const png = makeSignaturePng(240, 80).subarray(0, 20);
    const result = parseSignatureForm({ kind: 'drawn', drawnSignature: asDataUrl(png) });

    expect(result).toEqual({ ok: false, message: SIGNATURE_FORM_MESSAGES.drawnMissing });
  });
});

describe('knownSignatureProblem', () => {
  test('passes on a message the signing form gives', () => {
    expect(knownSignatureProblem('Type your name to sign.')).toBe('Type your name to sign.');
  });

  test('ignores any other text put into the address', () => {
    expect(knownSignatureProblem('Your bank details are needed: call +1 555 0100')).toBeNull();
    expect(knownSignatureProblem(undefined)).toBeNull();
  });

  test('passes on the extra messages a page knows', () => {
    expect(knownSignatureProblem('Check your reason.', ['Check your reason.'])).toBe(
      'Check your reason.',
    );
  });
});
