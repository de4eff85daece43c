/**
 * HTML → blocks, parsed by htmlparser2. h1–h6 are explicit headings; <p>, <div>, table cells and the like are
 * paragraphs (with <br> kept as a line break); <ol>/<ul> items carry their number or bullet; <pre> keeps its
 * lines and indentation for the layout analysis (a plain text file saved as HTML is one big <pre>). Also
 * used for Word documents, which mammoth turns into HTML.
 */
import { Parser } from 'htmlparser2';
import { toLines, wrapWidth, type Block, type Line } from './blocks.ts';
import { toRoman } from '../constitution/numbering.ts';

const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'select', 'button', 'sup']);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'address',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'dl',
  'dt',
  'dd',
  'form',
  'fieldset',
  'legend',
  'hr',
  'center',
  'details',
  'summary',
  'body',
  'html',
  'ul',
  'ol',
  'li',
]);

interface ListState {
  ordered: boolean;
  type: string;
  next: number;
  indent: number;
}

interface ItemState {
  label: string;
  indent: number;
  textColumn: number;
  /** The item's marker has been given to its first line. */
  started: boolean;
}

export interface HtmlContent {
  blocks: Block[];
  /** The document's <title>, if it has one. */
  title?: string;
}

function letters(n: number): string {
  let out = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) out = String.fromCharCode(97 + ((rest - 1) % 26)) + out;
  return out;
}

function numberLabel(n: number, type: string): string {
  switch (type) {
    case 'a':
      return `${letters(n)}.`;
    case 'A':
      return `${letters(n).toUpperCase()}.`;
    case 'i':
      return `${toRoman(n).toLowerCase()}.`;
    case 'I':
      return `${toRoman(n)}.`;
    default:
      return `${n}.`;
  }
}

export function readHtmlDocument(html: string): HtmlContent {
  const blocks: Block[] = [];
  let lines: Line[] = [];
  let text = '';
  let skip = 0;
  let title: string | undefined;
  let inTitle = false;
  let pre: { depth: number; text: string } | undefined;
  let heading: { level: number; text: string } | undefined;
  const lists: ListState[] = [];
  const items: ItemState[] = [];

  const flushLines = (): void => {
    if (lines.length > 0) blocks.push({ kind: 'lines', lines, width: Infinity });
    lines = [];
  };
  const flushText = (): void => {
    const parts = text.split('\n').map((t) => t.replace(/\s+/g, ' ').trim());
    text = '';
    while (parts[0] === '') parts.shift();
    while (parts[parts.length - 1] === '') parts.pop();
    if (parts.length === 0) return;
    const item = items[items.length - 1];
    parts.forEach((part, i) => {
      if (item && !item.started && i === 0) {
        item.started = true;
        lines.push({ indent: item.indent, text: part, item: { label: item.label, key: 'list', textColumn: item.textColumn } });
      } else lines.push({ indent: item ? item.textColumn : 0, text: part });
    });
    lines.push({ indent: 0, text: '' });
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') {
          inTitle = true;
          return;
        }
        if (SKIP.has(name)) skip += 1;
        if (skip > 0) return;
        if (pre) {
          if (name === 'pre') pre.depth += 1;
          if (name === 'br') pre.text += '\n';
          return;
        }
        if (name === 'br') {
          text += '\n';
          return;
        }
        if (/^h[1-6]$/.test(name)) {
          flushText();
          heading = { level: Number(name[1]), text: '' };
          return;
        }
        if (name === 'pre') {
          flushText();
          pre = { depth: 1, text: '' };
          return;
        }
        if (BLOCK.has(name)) flushText();
        const parent = items[items.length - 1];
        const indent = parent ? parent.textColumn : 0;
        if (name === 'ol' || name === 'ul') {
          const start = Number.parseInt(attributes.start ?? '1', 10);
          lists.push({ ordered: name === 'ol', type: attributes.type ?? '1', next: Number.isFinite(start) ? start : 1, indent });
        } else if (name === 'li') {
          const list = lists[lists.length - 1];
          const value = Number.parseInt(attributes.value ?? '', 10);
          if (list && Number.isFinite(value)) list.next = value;
          const label = list?.ordered ? numberLabel(list.next, list.type) : '•';
          if (list) list.next += 1;
          const base = list?.indent ?? indent;
          items.push({ label, indent: base, textColumn: base + label.length + 1, started: false });
        }
      },
      ontext(chunk) {
        if (inTitle) title = (title ?? '') + chunk;
        else if (skip > 0) return;
        else if (pre) pre.text += chunk;
        else if (heading) heading.text += chunk;
        else text += chunk;
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          return;
        }
        if (skip > 0) {
          if (SKIP.has(name)) skip -= 1;
          return;
        }
        if (pre) {
          if (name === 'pre') pre.depth -= 1;
          if (pre.depth === 0) {
            flushLines();
            const preLines = toLines(pre.text.replace(/^\r?\n/, ''));
            blocks.push({ kind: 'lines', lines: preLines, width: wrapWidth(preLines) });
            pre = undefined;
          }
          return;
        }
        if (heading && /^h[1-6]$/.test(name)) {
          flushLines();
          blocks.push({ kind: 'heading', level: heading.level, text: heading.text });
          heading = undefined;
          return;
        }
        if (BLOCK.has(name)) flushText();
        if (name === 'li') items.pop();
        if (name === 'ol' || name === 'ul') lists.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flushText();
  flushLines();
  const cleanTitle = title?.replace(/\s+/g, ' ').trim();
  return { blocks, ...(cleanTitle ? { title: cleanTitle } : {}) };
}

export function readHtml(html: string): Block[] {
  return readHtmlDocument(html).blocks;
}
