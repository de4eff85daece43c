/**
 * The minutes' Markdown read for printing: parsed by mdast-util-from-markdown (CommonMark, with GFM
 * strikethrough) into a flat list of blocks of styled runs — headings, paragraphs, list items (with their
 * marker and depth), quotes, code — that the print HTML and the Word writer lay out. Only https links stay
 * links; raw HTML, images, other links and everything else print as their text. The tree is walked with
 * explicit stacks, never by recursion. Text longer or more intricate than any real minutes (see LIMITS),
 * which could keep the parser busy for minutes, is not parsed at all: it prints line by line as plain text.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';

/** A piece of text in one style; `href` is an https address ("" when the run is not a link). */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  code: boolean;
  href: string;
}

export type MinutesBlock =
  | { kind: 'heading'; level: number; runs: Run[] }
  /** A paragraph; in a list its item's marker ("•", "3.") on its first paragraph; `depth` counts the lists and quotes around it. */
  | { kind: 'paragraph'; runs: Run[]; depth: number; marker: string; quote: boolean }
  | { kind: 'code'; text: string; depth: number }
  | { kind: 'rule' };

export interface ReadMinutes {
  blocks: MinutesBlock[];
  /** True when the Markdown is beyond the LIMITS and prints as plain text. */
  plain: boolean;
}

/**
 * What the parser is given. micromark slows down sharply on some shapes of text: on this 2-core machine
 * under load, 1,000 setext headings took 2 s and 2,000 took 9 to 16 s; emphasis nested 4,800 marks deep,
 * 2.7 s; 30,000 nested quotes, over a minute. Concord's own minutes of a meeting of three motions among
 * four organizations (test/unit/minutes-cli.test.ts) are 2,690 characters, 50 lines and 92 marks: the
 * limits leave room for thirty times that, and text beyond them prints as plain text instead.
 */
const LIMITS = {
  characters: 100_000,
  lines: 5_000,
  /** Lists and quotes opened on one line. */
  nesting: 12,
  /** Emphasis, strikethrough and link marks. */
  marks: 10_000,
  /** Lines of only "=" or "-" (setext heading underlines, or rules). */
  underlines: 200,
};

const PARSE_OPTIONS = { extensions: [gfmStrikethrough({ singleTilde: false })], mdastExtensions: [gfmStrikethroughFromMarkdown()] };

const BULLETS = ['•', '◦', '▪'];

interface Style {
  bold: boolean;
  italic: boolean;
  strike: boolean;
  href: string;
}

const PLAIN: Style = { bold: false, italic: false, strike: false, href: '' };

/** How deep the lists and quotes opened at the start of `line` go (a generous estimate). */
function lineNesting(line: string): number {
  const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/.exec(line)?.[0] ?? '';
  const markers = prefix.replace(/[ \t]/g, '').replace(/\d{1,9}[.)]/g, '.').length;
  // One space after each marker is its separator; indentation beyond that nests lists too.
  const spaces = prefix.replace(/\t/g, '    ').replace(/[^ ]/g, '').length;
  return markers + Math.floor(Math.max(0, spaces - markers) / 2);
}

/** Whether `markdown` is safe to hand to the parser: within the limits above. */
function parseable(markdown: string): boolean {
  if (markdown.length > LIMITS.characters) return false;
  const lines = markdown.split('\n');
  if (lines.length > LIMITS.lines) return false;
  const marks = markdown.match(/(?<!\\)[*_~[\]]/g)?.length ?? 0;
  const underlines = lines.filter((line) => /^ {0,3}(?:=+|-+)[ \t]*$/.test(line)).length;
  return marks <= LIMITS.marks && underlines <= LIMITS.underlines && lines.every((line) => lineNesting(line) <= LIMITS.nesting);
}

function run(text: string, style: Style, code = false): Run {
  return { text, bold: style.bold, italic: style.italic, strike: style.strike, code, href: style.href };
}

/** The runs of a paragraph or heading, walked with a stack (emphasis may nest as deep as the text likes). */
function inlineRuns(nodes: readonly PhrasingContent[]): Run[] {
  const runs: Run[] = [];
  type Item = { node: PhrasingContent; style: Style } | { text: string; style: Style };
  const stack: Item[] = nodes.map((node) => ({ node, style: PLAIN })).reverse();
  const push = (children: readonly PhrasingContent[], style: Style): void => {
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const node = children[i];
      if (node) stack.push({ node, style });
    }
  };
  for (let item = stack.pop(); item; item = stack.pop()) {
    if ('text' in item) {
      runs.push(run(item.text, item.style));
      continue;
    }
    const { node, style } = item;
    switch (node.type) {
      case 'text':
      case 'html':
        runs.push(run(node.value, style));
        break;
      case 'inlineCode':
        runs.push(run(node.value, style, true));
        break;
      case 'break':
        runs.push(run('\n', style));
        break;
      case 'emphasis':
        push(node.children, { ...style, italic: true });
        break;
      case 'strong':
        push(node.children, { ...style, bold: true });
        break;
      case 'delete':
        push(node.children, { ...style, strike: true });
        break;
      case 'link': {
        const https = /^https:\/\/[^\s]+$/i.test(node.url);
        const shown = node.children.length === 1 && node.children[0]?.type === 'text' && node.children[0].value === node.url;
        // Pushed in reverse: the address after the words, when the words do not already say it.
        if (!shown) stack.push({ text: ` (${node.url})`, style: { ...style, href: '' } });
        push(node.children, https ? { ...style, href: node.url } : style);
        break;
      }
      case 'image':
      case 'imageReference':
        runs.push(run(node.alt ?? '', style));
        break;
      default:
        if ('children' in node) push(node.children, style);
        else if ('value' in node && typeof node.value === 'string') runs.push(run(node.value, style));
    }
  }
  return mergeRuns(runs);
}

function sameStyle(a: Run, b: Run): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.code === b.code && a.href === b.href;
}

function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const next of runs) {
    const last = out.at(-1);
    if (last && sameStyle(last, next)) last.text += next.text;
    else if (next.text !== '') out.push({ ...next });
  }
  return out;
}

interface Place {
  depth: number;
  quote: boolean;
  /** The list item marker for the first paragraph placed here ("" for none). */
  marker: string;
}

/** The blocks of a parsed tree, in order, walked with a stack. */
function blocksOf(root: Nodes): MinutesBlock[] {
  const blocks: MinutesBlock[] = [];
  const stack: { node: Nodes; place: Place }[] = [{ node: root, place: { depth: 0, quote: false, marker: '' } }];
  const pushAll = (children: readonly Nodes[], place: (index: number) => Place): void => {
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const node = children[i];
      if (node) stack.push({ node, place: place(i) });
    }
  };
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, place } = item;
    const paragraph = (runs: Run[]): MinutesBlock => ({ kind: 'paragraph', runs, depth: place.depth, marker: place.marker, quote: place.quote });
    switch (node.type) {
      case 'root':
        pushAll(node.children, () => place);
        break;
      case 'heading':
        blocks.push({ kind: 'heading', level: node.depth, runs: inlineRuns(node.children) });
        break;
      case 'paragraph':
        blocks.push(paragraph(inlineRuns(node.children)));
        break;
      case 'list': {
        const start = node.start ?? 1;
        const bullet = BULLETS[place.depth % BULLETS.length] ?? '•';
        pushAll(node.children, (i) => ({ depth: place.depth + 1, quote: place.quote, marker: node.ordered ? `${start + i}.` : bullet }));
        break;
      }
      case 'listItem': {
        const [first] = node.children;
        if (first?.type !== 'paragraph') blocks.push(paragraph([]));
        pushAll(node.children, (i) => ({ ...place, marker: i === 0 && first?.type === 'paragraph' ? place.marker : '' }));
        break;
      }
      case 'blockquote':
        pushAll(node.children, () => ({ depth: place.depth + 1, quote: true, marker: '' }));
        break;
      case 'code':
        blocks.push({ kind: 'code', text: node.value, depth: place.depth });
        break;
      case 'thematicBreak':
        blocks.push({ kind: 'rule' });
        break;
      case 'html':
        blocks.push(paragraph([run(node.value, PLAIN)]));
        break;
      case 'definition':
        break;
      default:
        if ('children' in node) pushAll(node.children, () => place);
        else if ('value' in node) blocks.push(paragraph([run(node.value, PLAIN)]));
    }
  }
  return blocks;
}

/** Each non-empty line as a paragraph of plain text. */
function plainBlocks(markdown: string): MinutesBlock[] {
  return markdown
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ kind: 'paragraph', runs: [run(line, PLAIN)], depth: 0, marker: '', quote: false }));
}

/** The minutes' Markdown as blocks to print. */
export function readMinutesMarkdown(markdown: string): ReadMinutes {
  const text = markdown.replace(/\r\n?/g, '\n');
  if (!parseable(text)) return { blocks: plainBlocks(text), plain: true };
  return { blocks: blocksOf(fromMarkdown(text, PARSE_OPTIONS)), plain: false };
}
