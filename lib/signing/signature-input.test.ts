import { parseSignatureForm } from './signature-input';

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
