/**
 * PDF text items → blocks. pdf.js gives positioned runs of text; this module rebuilds lines (joining runs on
 * one baseline), drops running headers, footers and page numbers (lines at the top or bottom of most pages
 * that read the same apart from their numbers), finds headings (lines set larger, or bold, than the body
 * text), measures indentation in characters, marks vertical gaps as blank lines, and undoes hyphenation at
 * line ends — so that the layout analysis can treat the result like a plain text file.
 */
import { wrapWidth, type Block, type Line } from './blocks.ts';
import type { PdfTextItem } from './pdf-types.ts';

export interface PdfLine {
  x: number;
  right: number;
  /** Baseline, in PDF points from the bottom of the page. */
  y: number;
  size: number;
  bold: boolean;
  text: string;
}

function itemSize(item: PdfTextItem): number {
  const [, , c = 0, d = 0] = item.transform;
  return Math.hypot(c, d) || item.height || 1;
}

/** Rebuild the lines of one page, top to bottom, from its text items. */
export function pageLines(items: readonly PdfTextItem[], isBold: (fontName: string) => boolean): PdfLine[] {
  const runs = items
    .filter((item) => item.str.trim() !== '')
    .map((item) => ({ item, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, size: itemSize(item) }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const grouped: (typeof runs)[] = [];
  for (const run of runs) {
    const line = grouped[grouped.length - 1];
    const first = line?.[0];
    if (line && first && Math.abs(first.y - run.y) <= Math.max(first.size, run.size) * 0.4) line.push(run);
    else grouped.push([run]);
  }
  return grouped.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let right = Number.NEGATIVE_INFINITY;
    let main = line[0];
    for (const run of line) {
      const gap = run.x - right;
      if (text !== '' && !text.endsWith(' ') && !run.item.str.startsWith(' ') && (gap > run.size * 0.15 || gap < -run.size)) text += ' ';
      text += run.item.str;
      right = Math.max(right, run.x + run.item.width);
      if (main && run.item.str.length > main.item.str.length) main = run;
    }
    return {
      x: line[0]?.x ?? 0,
      right,
      y: main?.y ?? 0,
      size: main?.size ?? 0,
      bold: line.every((run) => isBold(run.item.fontName)),
      text: text.replace(/\s+$/, ''),
    };
  });
}

const PAGE_NUMBER = /^(?:page\s+)?[-–—([]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—)\]]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Drop running headers and footers and page numbers; returns the pages without them. */
export function dropRunningLines(pages: readonly PdfLine[][]): PdfLine[][] {
  const edge = (page: readonly PdfLine[]): PdfLine[] => (page.length <= 4 ? [...page] : [...page.slice(0, 2), ...page.slice(-2)]);
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(edge(page).map((line) => runningKey(line.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = pages.length >= 3 ? Math.max(2, Math.ceil(pages.length * 0.5)) : 2;
  const repeated = new Set([...counts].filter(([, count]) => pages.length >= 2 && count >= needed).map(([key]) => key));
  return pages.map((page) => {
    const candidates = new Set(edge(page));
    const first = page[0];
    const last = page[page.length - 1];
    return page.filter((line) => {
      if (!candidates.has(line)) return true;
      if (repeated.has(runningKey(line.text))) return false;
      return !((line === first || line === last) && PAGE_NUMBER.test(line.text.trim()));
    });
  });
}

function median(values: readonly number[], fallback: number): number {
  if (values.length === 0) return fallback;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? fallback;
}

const round = (n: number): number => Math.round(n * 2) / 2;

interface BodyStyle {
  size: number;
  bold: boolean;
  charWidth: number;
  left: number;
  lineGap: number;
}

function bodyStyle(pages: readonly PdfLine[][]): BodyStyle {
  const weight = new Map<string, number>();
  for (const line of pages.flat()) {
    const key = `${round(line.size)}:${line.bold}`;
    weight.set(key, (weight.get(key) ?? 0) + line.text.length);
  }
  const [top] = [...weight].sort((a, b) => b[1] - a[1]);
  const [sizeText = '10', boldText = 'false'] = (top?.[0] ?? '10:false').split(':');
  const size = Number(sizeText);
  const body = pages.flat().filter((line) => round(line.size) === size);
  const gaps: number[] = [];
  for (const page of pages) {
    page.forEach((line, i) => {
      const next = page[i + 1];
      if (next && round(line.size) === size && round(next.size) === size) {
        const gap = line.y - next.y;
        if (gap > size * 0.5 && gap < size * 3) gaps.push(gap);
      }
    });
  }
  return {
    size,
    bold: boldText === 'true',
    charWidth: median(
      body.filter((l) => l.text.length >= 10).map((l) => (l.right - l.x) / l.text.length),
      size * 0.5,
    ),
    left: Math.min(...body.map((l) => l.x), Number.POSITIVE_INFINITY),
    lineGap: median(gaps, size * 1.2),
  };
}

function isHeadingLine(line: PdfLine, body: BodyStyle): boolean {
  const words = line.text.split(/\s+/).length;
  if (line.text.length > 100 || words > 14 || /[,;]$/.test(line.text)) return false;
  return line.size >= body.size * 1.15 || (line.bold && !body.bold && line.size >= body.size * 0.95);
}

/** Undo hyphenation at line ends: "organisa-" + "tion" → "organisation". */
function joinHyphenated(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const next = lines[i + 1];
    const soft = line.text.endsWith('\u00ad');
    if (next && next.text !== '' && (soft || (/\p{L}-$/u.test(line.text) && /^\p{Ll}/u.test(next.text)))) {
      const [word = '', ...rest] = next.text.split(' ');
      out.push({ indent: line.indent, text: line.text.slice(0, -1) + word });
      const remainder = rest.join(' ').trimStart();
      if (remainder !== '') lines[i + 1] = { indent: next.indent + word.length + 1, text: remainder };
      else i += 1;
    } else out.push({ ...line, text: line.text.replace(/\u00ad/g, '') });
  }
  return out;
}

/** Turn the lines of all pages into blocks for the layout analysis. */
export function pdfBlocks(input: readonly PdfLine[][]): Block[] {
  const pages = dropRunningLines(input).filter((page) => page.length > 0);
  const body = bodyStyle(pages);
  const styles = [
    ...new Set(
      pages
        .flat()
        .filter((l) => isHeadingLine(l, body))
        .map((l) => `${round(l.size)}:${l.bold}`),
    ),
  ];
  styles.sort((a, b) => {
    const [sa = '0', ba = 'false'] = a.split(':');
    const [sb = '0', bb = 'false'] = b.split(':');
    return Number(sb) - Number(sa) || Number(bb === 'true') - Number(ba === 'true');
  });
  const top = Math.max(...pages.map((page) => page[0]?.y ?? 0));
  const bottom = Math.min(...pages.map((page) => page[page.length - 1]?.y ?? 0));
  const blocks: Block[] = [];
  let lines: Line[] = [];
  let heading: { style: string; text: string; y: number } | undefined;
  const flushLines = (): void => {
    const joined = joinHyphenated(lines);
    if (joined.some((l) => l.text !== '')) blocks.push({ kind: 'lines', lines: joined, width: wrapWidth(joined) });
    lines = [];
  };
  const flushHeading = (): void => {
    if (heading) blocks.push({ kind: 'heading', level: Math.min(6, styles.indexOf(heading.style) + 1), text: heading.text });
    heading = undefined;
  };
  pages.forEach((page, p) => {
    page.forEach((line, i) => {
      const previous = page[i - 1];
      const gap = previous ? previous.y - line.y : p > 0 && top - line.y > body.lineGap * 0.8 ? body.lineGap * 2 : 0;
      if (isHeadingLine(line, body)) {
        const style = `${round(line.size)}:${line.bold}`;
        if (heading && heading.style === style && heading.y - line.y < line.size * 1.6) {
          heading.text += ` ${line.text}`;
          heading.y = line.y;
          return;
        }
        flushHeading();
        flushLines();
        heading = { style, text: line.text, y: line.y };
        return;
      }
      flushHeading();
      const blanks = gap > body.lineGap * 1.4 ? Math.max(1, Math.round(gap / body.lineGap) - 1) : 0;
      for (let b = 0; b < blanks; b += 1) lines.push({ indent: 0, text: '' });
      lines.push({ indent: Math.max(0, Math.round((line.x - body.left) / body.charWidth)), text: line.text.trimStart() });
    });
    const last = page[page.length - 1];
    if (last && p < pages.length - 1 && last.y - bottom > body.lineGap * 0.8) lines.push({ indent: 0, text: '' });
  });
  flushHeading();
  flushLines();
  return blocks;
}
