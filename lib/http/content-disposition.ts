/**
 * A Content-Disposition header that keeps a file name in any script: an ASCII fallback for old
 * clients and the exact name in RFC 5987 `filename*`.
 */
export function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  // Characters no file system accepts in a name become dashes.
  const fileName = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-');
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const exact = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );

  return `${type}; filename="${fallback}"; filename*=UTF-8''${exact}`;
}
