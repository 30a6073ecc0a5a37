import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  test('keeps an ASCII name as it is', () => {
    expect(contentDisposition('inline', 'lease.pdf')).toBe(
      `inline; filename="lease.pdf"; filename*=UTF-8''lease.pdf`,
    );
  });

  test('gives a non-ASCII name an ASCII fallback and the exact name in filename*', () => {
    expect(contentDisposition('attachment', 'résumé (1).pdf')).toBe(
      `attachment; filename="r_sum_ (1).pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%281%29.pdf`,
    );
  });

  test('cannot be broken out of by quotes or line breaks in the name', () => {
    const header = contentDisposition('inline', 'a"b\r\nSet-Cookie: x.pdf');

    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith('inline; filename="a-b--Set-Cookie- x.pdf";')).toBe(true);
  });

  test('turns characters no file system accepts into dashes', () => {
    expect(contentDisposition('attachment', 'Lease: 42 Harbour St/3B?.pdf')).toContain(
      'filename="Lease- 42 Harbour St-3B-.pdf"',
    );
  });
});
