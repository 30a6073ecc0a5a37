/**
 * Turns a paragraph written across several source lines into one line of prose, so long
 * paragraphs of demo text can stay within 100 columns.
 */
export function prose(strings: TemplateStringsArray): string {
  return strings.join('').replace(/\s+/g, ' ').trim();
}
