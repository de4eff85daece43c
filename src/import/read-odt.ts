/**
 * OpenDocument text (.odt) → blocks: fflate unzips content.xml and styles.xml, htmlparser2 (in XML mode)
 * reads them. <text:h> are explicit headings; lists carry their numbers (from the list style) or bullets;
 * paragraphs in a preformatted style keep their lines and indentation for the layout analysis; notes,
 * comments, frames and generated indexes (a table of contents repeats the headings) are left out.
 */
import { Parser } from 'htmlparser2';
import { ConcordError } from '../workspace/errors.ts';
import { toRoman } from '../constitution/numbering.ts';
import { toLines, wrapWidth, type Block, type Line } from './blocks.ts';
import { readZipEntries } from './zip.ts';

const SKIP = new Set([
  'text:note',
  'office:annotation',
  'text:tracked-changes',
  'draw:frame',
  'text:table-of-content',
  'text:alphabetical-index',
  'text:illustration-index',
  'text:bibliography',
  'text:user-index',
  'text:object-index',
  'text:table-index',
  'text:sequence-decls',
  'office:forms',
  'text:bookmark-ref',
]);

interface ListLevel {
  numbered: boolean;
  format: string;
  prefix: string;
  suffix: string;
}

interface Styles {
  /** Paragraph style name → parent style name and display name. */
  paragraph: Map<string, { parent?: string; display?: string }>;
  /** List style name → its levels (1-based). */
  lists: Map<string, Map<number, ListLevel>>;
}

function readStyles(xml: string, styles: Styles): void {
  let currentList: Map<number, ListLevel> | undefined;
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (name === 'style:style' && a['style:name'] !== undefined) {
          styles.paragraph.set(a['style:name'], {
            ...(a['style:parent-style-name'] === undefined ? {} : { parent: a['style:parent-style-name'] }),
            ...(a['style:display-name'] === undefined ? {} : { display: a['style:display-name'] }),
          });
        } else if (name === 'text:list-style' && a['style:name'] !== undefined) {
          currentList = new Map();
          styles.lists.set(a['style:name'], currentList);
        } else if (currentList && (name === 'text:list-level-style-number' || name === 'text:list-level-style-bullet')) {
          currentList.set(Number(a['text:level'] ?? '1'), {
            numbered: name === 'text:list-level-style-number' && (a['style:num-format'] ?? '1') !== '',
            format: a['style:num-format'] ?? '1',
            prefix: a['style:num-prefix'] ?? '',
            suffix: a['style:num-suffix'] ?? '.',
          });
        }
      },
      onclosetag(name) {
        if (name === 'text:list-style') currentList = undefined;
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
}

function isPreformatted(styles: Styles, name: string | undefined): boolean {
  const seen = new Set<string>();
  for (let style = name; style !== undefined && !seen.has(style); style = styles.paragraph.get(style)?.parent) {
    seen.add(style);
    const display = styles.paragraph.get(style)?.display ?? style.replace(/_20_/g, ' ');
    if (/^(Preformatted Text|Plain Text|Source Text|Code)$/i.test(display)) return true;
  }
  return false;
}

function numberText(n: number, format: string): string {
  switch (format) {
    case 'a':
    case 'A': {
      const letter = String.fromCharCode(96 + (((n - 1) % 26) + 1));
      return format === 'A' ? letter.toUpperCase() : letter;
    }
    case 'i':
      return toRoman(n).toLowerCase();
    case 'I':
      return toRoman(n);
    default:
      return String(n);
  }
}

interface ListState {
  style?: string;
  level: number;
  counter: number;
}

interface ItemState {
  label: string;
  indent: number;
  textColumn: number;
  started: boolean;
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

export function readOdt(bytes: Uint8Array, fileName: string): Block[] {
  const format = { name: 'an OpenDocument text (.odt)', notZip: 'import.not-odt.not-zip' } as const;
  const entries = readZipEntries(bytes, fileName, format, { wanted: (name) => name === 'content.xml' || name === 'styles.xml' });
  const content = entries.get('content.xml');
  if (!content) throw new ConcordError('import.not-odt.no-content', { fileName });
  const styles: Styles = { paragraph: new Map(), lists: new Map() };
  const stylesXml = entries.get('styles.xml');
  if (stylesXml) readStyles(decode(stylesXml), styles);
  const xml = decode(content);
  if (!xml.includes('office:document-content')) {
    throw new ConcordError('import.corrupt.odt', { fileName });
  }
  readStyles(xml, styles);

  const blocks: Block[] = [];
  let lines: Line[] = [];
  let pre: Line[] = [];
  let skip = 0;
  let paragraph: { heading?: number; style?: string; text: string } | undefined;
  const lists: ListState[] = [];
  const items: ItemState[] = [];

  const flushLines = (): void => {
    if (lines.length > 0) blocks.push({ kind: 'lines', lines, width: Infinity });
    lines = [];
  };
  const flushPre = (): void => {
    if (pre.length > 0) blocks.push({ kind: 'lines', lines: pre, width: wrapWidth(pre) });
    pre = [];
  };
  const endParagraph = (done: { heading?: number; style?: string; text: string }): void => {
    if (done.heading !== undefined) {
      flushPre();
      flushLines();
      blocks.push({ kind: 'heading', level: done.heading, text: done.text });
      return;
    }
    if (isPreformatted(styles, done.style) && items.length === 0) {
      if (pre.length === 0) flushLines();
      pre.push(...toLines(done.text));
      return;
    }
    flushPre();
    const parts = done.text
      .split('\n')
      .map((t) => t.replace(/\s+/g, ' ').trim())
      .filter((t) => t !== '');
    const item = items[items.length - 1];
    parts.forEach((part, i) => {
      if (item && !item.started && i === 0) {
        item.started = true;
        lines.push({ indent: item.indent, text: part, item: { label: item.label, key: 'list', textColumn: item.textColumn } });
      } else lines.push({ indent: item ? item.textColumn : 0, text: part });
    });
    if (parts.length > 0) lines.push({ indent: 0, text: '' });
  };

  const parser = new Parser(
    {
      onopentag(name, a) {
        if (SKIP.has(name)) skip += 1;
        if (skip > 0) return;
        if (paragraph) {
          if (name === 'text:s') paragraph.text += ' '.repeat(Math.min(200, Number(a['text:c'] ?? '1') || 1));
          else if (name === 'text:tab') paragraph.text += '\t';
          else if (name === 'text:line-break') paragraph.text += '\n';
          return;
        }
        if (name === 'text:h') {
          paragraph = { heading: Math.max(1, Math.min(6, Number(a['text:outline-level'] ?? '1') || 1)), text: '' };
        } else if (name === 'text:p') {
          paragraph = { ...(a['text:style-name'] === undefined ? {} : { style: a['text:style-name'] }), text: '' };
        } else if (name === 'text:list') {
          const parent = lists[lists.length - 1];
          const style = a['text:style-name'] ?? parent?.style;
          lists.push({ ...(style === undefined ? {} : { style }), level: (parent?.level ?? 0) + 1, counter: 0 });
        } else if (name === 'text:list-item' || name === 'text:list-header') {
          const list = lists[lists.length - 1];
          const parentItem = items[items.length - 1];
          const indent = parentItem ? parentItem.textColumn : 0;
          let label = '';
          if (list && name === 'text:list-item') {
            const start = Number(a['text:start-value']);
            list.counter = Number.isFinite(start) && start > 0 ? start : list.counter + 1;
            const level = list.style === undefined ? undefined : styles.lists.get(list.style)?.get(list.level);
            label = level?.numbered ? `${level.prefix}${numberText(list.counter, level.format)}${level.suffix}` : '•';
          }
          items.push({ label, indent, textColumn: indent + label.length + 1, started: label === '' });
        }
      },
      ontext(text) {
        if (skip === 0 && paragraph) paragraph.text += text.replace(/[\r\n]+/g, ' ');
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skip -= 1;
          return;
        }
        if (skip > 0) return;
        if ((name === 'text:p' || name === 'text:h') && paragraph) {
          const done = paragraph;
          paragraph = undefined;
          endParagraph(done);
        } else if (name === 'text:list') lists.pop();
        else if (name === 'text:list-item' || name === 'text:list-header') items.pop();
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  flushPre();
  flushLines();
  return blocks;
}
