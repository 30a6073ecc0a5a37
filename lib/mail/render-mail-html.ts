/**
 * The HTML part of a message, made from its plain text as it is sent: paragraphs where the
 * text leaves a blank line, and each web address a link. Every character of the text is
 * escaped, so a name or a message typed by anyone can never become markup.
 */
export function renderMailHtml(text: string, subject: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map(
      (paragraph) =>
        `<p style="margin:0 0 16px">${paragraph.split('\n').map(renderLine).join('<br>')}</p>`,
    );

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px 16px;background:#ffffff;color:#1f2937;' +
      'font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:16px;' +
      'line-height:1.5">',
    '<div style="max-width:560px;margin:0 auto">',
    ...paragraphs,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** Escapes the characters that mean something in HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Long addresses wrap rather than widen a phone's screen.
const LINK_STYLE = 'color:#1d4ed8;word-break:break-all';

// A web address runs to the next space; punctuation that ends a sentence stays outside it.
const WEB_ADDRESS = /https?:\/\/[^\s<>"]+?(?=[.,;:!?)\]]*(?:\s|$))/g;

function renderLine(line: string): string {
  let html = '';
  let from = 0;

  for (const match of line.matchAll(WEB_ADDRESS)) {
    const address = match[0];
    html += escapeHtml(line.slice(from, match.index));
    html += `<a href="${escapeHtml(address)}" style="${LINK_STYLE}">${escapeHtml(address)}</a>`;
    from = match.index + address.length;
  }

  return html + escapeHtml(line.slice(from));
}
