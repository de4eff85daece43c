/**
 * Layout analysis: turns a reader's blocks into units — headings, list items and paragraphs — by looking at
 * the text the way a reader does. Blank lines separate paragraphs; a numbering marker or bullet starts an
 * item; a short line standing alone that is numbered, in capitals, underlined or free of sentence punctuation
 * is a heading; "Article IV" and "Section 2" open a part of the document. Hard-wrapped lines are joined, but a
 * line break that was not needed for wrapping (the next word would have fit) after a full stop ends a
 * paragraph, and a short first line of an item so broken is that item's title.
 */
import { normalizeSpace, type Block, type Line } from './blocks.ts';
import { readMarker, type Marker } from './markers.ts';

export type Unit =
  | {
      kind: 'heading';
      /** What kind of heading: "h2" (markup), "outline1" (numbered "5."), "article", "caps", "plain"… */
      key: string;
      text: string;
      /** Given by the format (markup, fonts), not guessed from the text. */
      explicit: boolean;
      /** For a guessed heading: its marker, so that it can become an item again if nothing is under it. */
      marker?: Marker;
      indent: number;
    }
  | {
      kind: 'item';
      label: string;
      key: string;
      indent: number;
      /** The column the item's text starts at: lines indented this far or more belong to it. */
      textColumn: number;
      /** A short first line set apart from the rest ("1. Resolution process."). */
      title?: string;
      paragraphs: string[];
    }
  | { kind: 'para'; indent: number; text: string };

const DECORATION = /^([=\-*_~#+^`.:─━═])\1{2,}$/u;
const TERMINAL = /[.!?…]["'”’)\]]*$/u;

interface Segment {
  lines: Line[];
  marker?: Marker;
  /** The marker is the format's own (a list item), not read from the text. */
  explicitItem: boolean;
}

function explicitKey(level: number, text: string): string {
  const marker = readMarker(text);
  return marker?.key.startsWith('outline') ? marker.key : `h${level}`;
}

/** Break blocks into headings, items and paragraphs. */
export function layoutBlocks(blocks: readonly Block[]): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const text = normalizeSpace(block.text);
      if (text !== '') units.push({ kind: 'heading', key: explicitKey(block.level, text), text, explicit: true, indent: 0 });
      continue;
    }
    for (const piece of groups(block.lines)) {
      if (Array.isArray(piece)) layoutGroup(piece, block.width, units);
      else units.push(piece);
    }
  }
  return units;
}

/**
 * Lines between blank lines, in order, with the headings that decoration lines mark: text underlined with
 * "=====" (setext style) or framed by "*****" above and below. Other decoration lines are dropped.
 */
function groups(lines: readonly Line[]): (Line[] | Unit)[] {
  const out: (Line[] | Unit)[] = [];
  let current: Line[] = [];
  let framedBy: string | undefined;
  const flush = (): void => {
    if (current.length > 0) out.push(current);
    current = [];
  };
  const heading = (key: string): void => {
    out.push({ kind: 'heading', key, text: normalizeSpace(current.map((l) => l.text).join(' ')), explicit: false, indent: current[0]?.indent ?? 0 });
    current = [];
  };
  for (const line of lines) {
    const decoration = DECORATION.exec(line.text);
    if (decoration) {
      const char = decoration[1] ?? '';
      if (framedBy !== undefined && current.length > 0) heading(`frame${char}`);
      else if (framedBy === undefined && underlines(line, current)) heading(`under${char}`);
      else if (current.length === 0) {
        framedBy = char;
        continue;
      } else flush();
      framedBy = undefined;
      continue;
    }
    if (line.text === '') {
      framedBy = undefined;
      flush();
      continue;
    }
    // A rule above more than a few lines frames no heading: it was a separator.
    if (framedBy !== undefined && current.length >= 3) framedBy = undefined;
    current.push(line);
  }
  flush();
  return out;
}

/** A rule about as long as the one or two lines above it underlines them (a separator is usually full width). */
function underlines(rule: Line, above: readonly Line[]): boolean {
  const last = above[above.length - 1];
  if (!last || above.length > 2 || above.some((l) => l.item)) return false;
  return Math.abs(rule.text.length - last.text.length) <= Math.max(3, last.text.length * 0.3);
}

function layoutGroup(group: Line[], width: number, units: Unit[]): void {
  const segments = segment(group);
  const single = segments.length === 1 && group.length === 1;
  for (const seg of segments) emitSegment(seg, width, single, units);
}

function segment(group: readonly Line[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  group.forEach((line, i) => {
    if (line.item) {
      current = { lines: [line], explicitItem: true, marker: { label: line.item.label, key: line.item.key, rest: line.text, keyword: false } };
      segments.push(current);
      return;
    }
    const marker = readMarker(line.text);
    // "Article"/"§" markers count only where a group starts: "§4.2." at the start of a wrapped line is a reference.
    const usable = marker && (!marker.keyword || i === 0) ? marker : undefined;
    const dedent = current?.marker !== undefined && line.indent < (current.lines[0]?.indent ?? 0);
    if (current === undefined || usable !== undefined || dedent) {
      current = { lines: [line], explicitItem: false, ...(usable ? { marker: usable } : {}) };
      segments.push(current);
    } else current.lines.push(line);
  });
  return segments;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

function isCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A line that can stand alone as a heading: short, starting with a capital, not ending mid-sentence. */
function headingText(text: string, keyword: boolean): boolean {
  if (text.length > 90 || wordCount(text) > 12) return false;
  if (/[,;:]$/.test(text)) return false;
  if (!/^["'“‘([]?[\p{Lu}\p{N}]/u.test(text)) return false;
  if (TERMINAL.test(text) && !isCaps(text) && !keyword) return false;
  return true;
}

function emitSegment(seg: Segment, width: number, single: boolean, units: Unit[]): void {
  const first = seg.lines[0];
  if (!first) return;
  const marker = seg.marker;
  if (marker?.keyword && !seg.explicitItem) {
    const rest = [marker.rest, ...seg.lines.slice(1).map((l) => l.text)].filter((t) => t !== '');
    const shortTitle = seg.lines.length === 1 && marker.rest !== '' && headingText(marker.rest, false) && wordCount(marker.rest) <= 8;
    const text = shortTitle ? normalizeSpace(first.text) : normalizeSpace(marker.label);
    units.push({ kind: 'heading', key: marker.key, text, explicit: false, marker, indent: first.indent });
    if (!shortTitle && rest.length > 0) {
      const lines = [{ indent: first.indent + first.text.length - marker.rest.length, text: marker.rest }, ...seg.lines.slice(1)];
      for (const paragraph of paragraphs(
        lines.filter((l) => l.text !== ''),
        width,
      ))
        units.push({ kind: 'para', indent: first.indent, text: paragraph });
    }
    return;
  }
  if (single && !seg.explicitItem) {
    const text = normalizeSpace(first.text);
    const body = marker ? marker.rest : first.text;
    const headingKey = marker ? (marker.key.startsWith('outline') ? marker.key : undefined) : isCaps(text) ? 'caps' : 'plain';
    if (headingKey !== undefined && body !== '' && headingText(body, false) && !(marker === undefined && /^["“]?\p{Ll}/u.test(body))) {
      units.push({ kind: 'heading', key: headingKey, text, explicit: false, ...(marker ? { marker } : {}), indent: first.indent });
      return;
    }
  }
  if (marker) {
    const textColumn = first.item?.textColumn ?? first.indent + first.text.length - marker.rest.length;
    const lines = [{ indent: textColumn, text: marker.rest }, ...seg.lines.slice(1)].filter((l) => l.text !== '');
    let title: string | undefined;
    if (lines.length >= 2 && lines[0] && lines[1] && fits(lines[0], lines[1], width)) {
      const candidate = lines[0].text;
      if (!/[,;:]$/.test(candidate) && wordCount(candidate) <= 12 && !allTerminal(lines)) title = normalizeSpace(candidate);
    }
    const body = paragraphs(title === undefined ? lines : lines.slice(1), width);
    units.push({ kind: 'item', label: marker.label, key: marker.key, indent: first.indent, textColumn, ...(title === undefined ? {} : { title }), paragraphs: body });
    return;
  }
  for (const paragraph of paragraphs(seg.lines, width)) units.push({ kind: 'para', indent: first.indent, text: paragraph });
}

function firstWord(text: string): string {
  return text.split(/\s+/)[0] ?? '';
}

/**
 * Was this line break meant, not wrapping? The next line's first word would have fitted on this line, and
 * the next line does not carry on a sentence in lower case.
 */
function fits(line: Line, next: Line, width: number): boolean {
  if (/^["'“‘(]?\p{Ll}/u.test(next.text)) return false;
  return line.indent + line.text.length + 1 + firstWord(next.text).length <= width;
}

/** Three or more lines, each a finished sentence: one statement a line (a list of aphorisms, an address). */
function allTerminal(lines: readonly Line[]): boolean {
  return lines.length >= 3 && lines.every((l) => TERMINAL.test(l.text));
}

/** Join hard-wrapped lines into paragraphs, breaking where a sentence ends on a line that was not full. */
function paragraphs(lines: readonly Line[], width: number): string[] {
  const out: string[] = [];
  const every = allTerminal(lines);
  let current: string[] = [];
  lines.forEach((line, i) => {
    current.push(line.text);
    const next = lines[i + 1];
    if (next === undefined || every || (TERMINAL.test(line.text) && fits(line, next, width))) {
      const text = normalizeSpace(current.join(' '));
      if (text !== '') out.push(text);
      current = [];
    }
  });
  return out;
}
