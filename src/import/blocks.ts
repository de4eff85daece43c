/**
 * What every format reader produces and the segmentation consumes: explicit headings (Markdown #, HTML h1–h6,
 * Word/ODT heading styles, large or bold PDF lines) and runs of text lines that keep their layout
 * (indentation, line breaks, blank lines), from which the segmentation infers the rest of the structure.
 */

export interface Line {
  /** Columns of white space before the text (tabs count to the next multiple of 8). */
  indent: number;
  /** The text without its indentation and trailing white space; "" for a blank line. */
  text: string;
  /** Set when the format itself says this line starts a list item (Markdown, HTML, Word, ODT lists). */
  item?: { label: string; key: string; textColumn: number };
}

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | {
      kind: 'lines';
      lines: Line[];
      /**
       * The width the text was wrapped at, in characters, when line breaks may be mere wrapping (plain text,
       * <pre>, Markdown paragraphs, PDF); Infinity when every line break was put there on purpose (<br>).
       */
      width: number;
    };

/** Split text into lines, measuring the indentation of each. */
export function toLines(text: string): Line[] {
  return text.split(/\r\n|\r|\n|\f|\u2028|\u2029/).map((raw) => {
    let indent = 0;
    let i = 0;
    for (; i < raw.length; i += 1) {
      const char = raw[i];
      if (char === ' ' || char === '\u00a0') indent += 1;
      else if (char === '\t') indent += 8 - (indent % 8);
      else if (char !== '\u200b' && char !== '\ufeff') break;
    }
    return { indent, text: raw.slice(i).trimEnd() };
  });
}

/** The longest line, as the best guess of the width a text was wrapped at. */
export function wrapWidth(lines: readonly Line[]): number {
  let width = 0;
  for (const line of lines) width = Math.max(width, line.indent + line.text.length);
  return width;
}

export function linesBlock(lines: Line[], width = wrapWidth(lines)): Block {
  return { kind: 'lines', lines, width };
}

/** Collapse white space the way the principles store it: single spaces, no space at either end. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
