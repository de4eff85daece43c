/**
 * From units to principles with heading paths. Heading levels follow the rule reStructuredText uses for its
 * adornments: kinds of heading rank in the order they first appear, except that markup levels (h1 before
 * h2) and dotted numbers ("5." before "5.1.") rank by themselves. A heading that opens the document and is
 * not repeated is its title. A guessed heading with nothing under it was a short item or line after all.
 * Items nest by indentation: an item, or a paragraph, indented to an item's text belongs to that item.
 */
import { outlineDepth } from './markers.ts';
import type { Unit } from './layout.ts';

export interface OutlinePrinciple {
  path: string[];
  /** The item's marker as written ("1.", "(a)", "•"), when the principle is a list item. */
  label?: string;
  text: string;
}

export interface Outline {
  /** The document's own title, when it opens with one. */
  title?: string;
  principles: OutlinePrinciple[];
}

type Heading = Extract<Unit, { kind: 'heading' }>;

function hLevel(key: string): number {
  const match = /^h(\d)$/.exec(key);
  return match?.[1] === undefined ? 0 : Number(match[1]);
}

/** Rank of each heading key: 0 is the outermost. */
function rankKeys(units: readonly Unit[]): Map<string, number> {
  const order: string[] = [];
  for (const unit of units) if (unit.kind === 'heading' && !order.includes(unit.key)) order.push(unit.key);
  // Within the slots markup levels took, put them in level order; the same for dotted numbers.
  for (const [family, measure] of [
    ['h', hLevel],
    ['outline', outlineDepth],
  ] as const) {
    const slots = order.flatMap((key, i) => (measure(key) > 0 && key.startsWith(family) ? [i] : []));
    const sorted = slots.map((i) => order[i] ?? '').sort((a, b) => measure(a) - measure(b));
    slots.forEach((slot, j) => {
      order[slot] = sorted[j] ?? '';
    });
  }
  return new Map(order.map((key, i) => [key, i]));
}

/** A guessed heading becomes what it would otherwise have been: an item, or a paragraph. */
function demote(heading: Heading): Unit {
  if (heading.marker) {
    return {
      kind: 'item',
      label: heading.marker.label,
      key: heading.marker.key,
      indent: heading.indent,
      textColumn: heading.indent + heading.marker.label.length + 1,
      paragraphs: heading.marker.rest === '' ? [] : [heading.marker.rest],
    };
  }
  return { kind: 'para', indent: heading.indent, text: heading.text };
}

/**
 * Guessed headings that are list items after all: those with no text under them (before the next heading
 * of the same or a higher rank), and numbered ones followed by an item numbered the same way at the same
 * indentation — a sibling ("2. Dues are yearly" between items 1 and 3 of a list).
 */
function demoteFalseHeadings(units: readonly Unit[]): Unit[] {
  const ranks = rankKeys(units);
  return units.map((unit, i) => {
    if (unit.kind !== 'heading' || unit.explicit) return unit;
    const rank = ranks.get(unit.key) ?? 0;
    const marker = unit.marker;
    let empty = true;
    for (let j = i + 1; j < units.length; j += 1) {
      const next = units[j];
      if (!next) break;
      if (next.kind === 'heading') {
        if (empty && (ranks.get(next.key) ?? 0) > rank) continue;
        break;
      }
      empty = false;
      if (marker && !marker.keyword && next.kind === 'item' && next.key === marker.key && next.indent === unit.indent) return demote(unit);
    }
    return empty ? demote(unit) : unit;
  });
}

/** Take off the title: a first heading before any text whose kind does not come again (or that a heading follows). */
function splitTitle(units: readonly Unit[]): { title?: string; rest: Unit[] } {
  const [first, second] = units;
  if (first?.kind !== 'heading') return { rest: [...units] };
  const unique = units.filter((u) => u.kind === 'heading' && u.key === first.key).length === 1;
  if (unique || second?.kind === 'heading') return { title: first.text, rest: units.slice(1) };
  return { rest: [...units] };
}

function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

interface OpenItem {
  textColumn: number;
  pathText: string;
  /** The principle the item itself became, to which its further paragraphs are added. */
  principle?: OutlinePrinciple;
}

/** Arrange units into principles with heading paths. */
export function buildOutline(input: readonly Unit[]): Outline {
  const { title, rest } = splitTitle(input);
  const units = demoteFalseHeadings(rest);
  const ranks = rankKeys(units);
  const headings: { rank: number; text: string }[] = [];
  let items: OpenItem[] = [];
  const principles: OutlinePrinciple[] = [];
  /** The item whose text the previous unit ended, if a following paragraph may continue it. */
  let continuing: OpenItem | undefined;
  const path = (): string[] => [...headings.map((h) => h.text), ...items.map((i) => i.pathText)];
  const closeItems = (indent: number): void => {
    while (items.length > 0 && (items[items.length - 1]?.textColumn ?? 0) > indent) items.pop();
  };
  for (const unit of units) {
    if (unit.kind === 'heading') {
      const rank = ranks.get(unit.key) ?? 0;
      while (headings.length > 0 && (headings[headings.length - 1]?.rank ?? 0) >= rank) headings.pop();
      headings.push({ rank, text: unit.text });
      items = [];
      continuing = undefined;
    } else if (unit.kind === 'item') {
      closeItems(unit.indent);
      const open: OpenItem = { textColumn: unit.textColumn, pathText: '' };
      const text = unit.paragraphs.join('\n\n');
      if (unit.title !== undefined) {
        open.pathText = `${unit.label} ${unit.title}`;
        if (text !== '') {
          open.principle = { path: [...path(), open.pathText], text };
          principles.push(open.principle);
        }
      } else {
        open.pathText = text === '' ? unit.label : `${unit.label} ${shorten(text)}`;
        if (text !== '') {
          open.principle = { path: path(), label: unit.label, text };
          principles.push(open.principle);
        }
      }
      items.push(open);
      continuing = open;
    } else {
      if (unit.text === '') continue;
      closeItems(unit.indent);
      const top = items[items.length - 1];
      if (continuing !== undefined && top === continuing && continuing.principle) {
        continuing.principle.text += `\n\n${unit.text}`;
        continue;
      }
      principles.push({ path: path(), text: unit.text });
      continuing = undefined;
    }
  }
  return { ...(title === undefined ? {} : { title }), principles };
}
