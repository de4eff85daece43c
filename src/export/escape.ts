/** Escaping text for the markup and style sheets the exporters write. */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML or XML content and quoted attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Drops the characters XML 1.0 forbids (control characters other than tab, newline and carriage return, lone surrogates). */
export function xmlSafe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to drop
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** A CSS string literal with `text` in it, safe inside a <style> element. */
export function cssString(text: string): string {
  const body = text.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
  return `"${body}"`;
}

/** An id for an element or an anchor made from a block id: letters, digits, "-" and "_" only. */
export function anchorId(prefix: string, id: string): string {
  return `${prefix}${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
