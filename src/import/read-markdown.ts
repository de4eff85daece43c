/**
 * Markdown → blocks, parsed by mdast-util-from-markdown (CommonMark). Headings are explicit; paragraphs keep
 * their soft line breaks (a list of one-line principles is often written as one paragraph); list items carry
 * their markers exactly as written in the source.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toLines, wrapWidth, type Block, type Line } from './blocks.ts';
import { readHtml } from './read-html.ts';

function inlineText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value;
        case 'break':
          return '\n';
        case 'image':
        case 'imageReference':
          return node.alt ?? '';
        case 'html':
          return /^<br\s*\/?>$/i.test(node.value) ? '\n' : '';
        default:
          return 'children' in node ? inlineText(node.children) : '';
      }
    })
    .join('');
}

function plainText(node: Heading | Paragraph): string {
  return inlineText(node.children);
}

class MarkdownReader {
  readonly blocks: Block[] = [];
  private lines: Line[] = [];
  private readonly source: string;
  private readonly width: number;
  constructor(source: string) {
    this.source = source;
    this.width = wrapWidth(toLines(source));
  }

  flush(): void {
    if (this.lines.length > 0) this.blocks.push({ kind: 'lines', lines: this.lines, width: this.width });
    this.lines = [];
  }

  paragraph(text: string, indent: number, item?: Line['item']): void {
    const lines = text.split('\n').map((t) => t.trim());
    lines.forEach((t, i) => this.lines.push({ indent: i === 0 || !item ? indent : item.textColumn, text: t, ...(i === 0 && item ? { item } : {}) }));
    this.lines.push({ indent: 0, text: '' });
  }

  /** The list marker as written in the source ("1.", "3)"), or "•" for bullets. */
  marker(list: List, item: ListItem, index: number): string {
    if (!list.ordered) return '•';
    const offset = item.position?.start.offset;
    const written = offset === undefined ? undefined : /^\s*(\d{1,9}[.)])/.exec(this.source.slice(offset, offset + 16))?.[1];
    return written ?? `${(list.start ?? 1) + index}.`;
  }

  content(nodes: readonly RootContent[], indent: number): void {
    for (const node of nodes) this.node(node, indent);
  }

  node(node: Nodes, indent: number): void {
    switch (node.type) {
      case 'heading':
        this.flush();
        this.blocks.push({ kind: 'heading', level: node.depth, text: plainText(node) });
        return;
      case 'paragraph':
        this.paragraph(plainText(node), indent);
        return;
      case 'list':
        node.children.forEach((item, index) => {
          const label = this.marker(node, item, index);
          const textColumn = indent + label.length + 1;
          const [first, ...others] = item.children;
          if (first?.type === 'paragraph') this.paragraph(plainText(first), indent, { label, key: 'list', textColumn });
          else if (first) this.node(first, textColumn);
          this.content(others, textColumn);
        });
        return;
      case 'code':
        for (const line of toLines(node.value)) this.lines.push({ ...line, indent: line.indent + indent });
        this.lines.push({ indent: 0, text: '' });
        return;
      case 'html':
        this.flush();
        this.blocks.push(...readHtml(node.value));
        return;
      case 'blockquote':
        this.content(node.children, indent);
        return;
      default:
        if ('children' in node && node.type !== 'root') this.content(node.children.filter(isBlock), indent);
    }
  }
}

function isBlock(node: Nodes): node is RootContent {
  return node.type !== 'root';
}

export function readMarkdown(source: string): Block[] {
  const tree = fromMarkdown(source);
  const reader = new MarkdownReader(source);
  reader.content(tree.children, 0);
  reader.flush();
  return reader.blocks;
}
