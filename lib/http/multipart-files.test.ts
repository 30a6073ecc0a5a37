import { fileNameOf, multipartBoundary, parseMultipartFiles } from './multipart-files';

describe('multipart files', () => {
  test('reads the boundary of a multipart content type', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc123')).toBe('abc123');
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(multipartBoundary('application/json')).toBeNull();
    expect(multipartBoundary(null)).toBeNull();
  });

  test.each([
    ['Content-Disposition: form-data; name="file"; filename="lease.pdf"', 'lease.pdf'],
    [
      `Content-Disposition: form-data; name="f"; filename="resume.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`,
      'résumé.pdf',
    ],
    ['content-disposition: form-data; name="f"; filename=plain.pdf', 'plain.pdf'],
    ['Content-Disposition: form-data; name="field"', null],
  ])('%s names %p', (header, name) => {
    expect(fileNameOf(header)).toBe(name);
  });

  test('splits parts and keeps their bytes exactly', () => {
    const body = Buffer.concat([
      Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="a"; filename="a.pdf"\r\n'),
      Buffer.from('Content-Type: application/pdf\r\n\r\n%PDF-1\r\n\r\n'),
      Buffer.from('\r\n--XyZ\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello'),
      Buffer.from('\r\n--XyZ\r\nContent-Disposition: form-data; name="b"; filename="b.pdf"\r\n'),
      Buffer.from('\r\nB\r\n--XyZ--\r\n'),
    ]);

    expect(parseMultipartFiles(body, 'XyZ')).toEqual([
      { fileName: 'a.pdf', content: new Uint8Array(Buffer.from('%PDF-1\r\n\r\n')) },
      { fileName: 'b.pdf', content: new Uint8Array(Buffer.from('B')) },
    ]);
  });
});
