/**
 * The passages of open comment threads, drawn in the editor as Slate decorations. The anchors are gathered
 * per block when the comments change (never on a keystroke), and `decorate` locates them in the Y.Doc when
 * a block is drawn, so a passage follows the words typed around it. Its `decorator` is a new function only
 * when the comments change: the editor hands slate-react a new `decorate` then, and not on each key.
 */
import { Text, type DecoratedRange, type Editor, type NodeEntry } from 'slate';
import type * as Y from 'yjs';
import { isConstitutionElement } from '../../src/constitution/schema.ts';
import { threadsByClause } from '../../src/provenance/comments.ts';
import { locatePassage, type PassageAnchor } from '../../src/provenance/passage.ts';

/** The decorations of the open passages in one text of the editor. */
export type PassageDecorate = (editor: Editor, entry: NodeEntry) => DecoratedRange[];

export class PassageStore {
  private byBlock = new Map<string, PassageAnchor[]>();
  private key = '';
  private current: PassageDecorate = (editor, entry) => this.decorate(editor, entry);
  private readonly listeners = new Set<() => void>();
  private readonly doc: Y.Doc;

  constructor(doc: Y.Doc) {
    this.doc = doc;
  }

  private refresh(): void {
    const next = new Map<string, PassageAnchor[]>();
    const ids: string[] = [];
    for (const [clause, threads] of threadsByClause(this.doc)) {
      const open = threads.filter((t) => t.resolved === null).flatMap((t) => (t.root.passage ? [t.root] : []));
      if (open.length > 0)
        next.set(
          clause,
          open.map((c) => c.passage).filter((p) => p !== undefined),
        );
      ids.push(...open.map((c) => c.id));
    }
    const key = ids.sort().join(' ');
    if (key === this.key) return;
    this.key = key;
    this.byBlock = next;
    this.current = (editor, entry) => this.decorate(editor, entry);
    for (const listener of this.listeners) listener();
  }

  /** Keep up with the comments until the returned function is called. */
  watch(): () => void {
    const comments = this.doc.getMap('comments');
    const onChange = (): void => this.refresh();
    comments.observeDeep(onChange);
    this.refresh();
    return () => comments.unobserveDeep(onChange);
  }

  /** The decorate function for the comments as they are now (a new one after each change of the passages). */
  readonly decorator = (): PassageDecorate => this.current;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The decorations of the open passages in one text of the editor (marked `passage` for the leaf). */
  decorate(editor: Editor, [node, path]: NodeEntry): DecoratedRange[] {
    const [index, child] = path;
    if (!Text.isText(node) || index === undefined || child === undefined || path.length !== 2) return [];
    const block = editor.children[index];
    const anchors = isConstitutionElement(block) ? this.byBlock.get(block.id) : undefined;
    if (!anchors || !isConstitutionElement(block)) return [];
    let from = 0;
    for (const leaf of block.children.slice(0, child)) from += leaf.text.length;
    const to = from + node.text.length;
    const out: DecoratedRange[] = [];
    for (const anchor of anchors) {
      const place = locatePassage(this.doc, block.id, anchor.from, anchor.to);
      if (place.deleted || place.end <= from || place.start >= to) continue;
      const range = { anchor: { path, offset: Math.max(place.start - from, 0) }, focus: { path, offset: Math.min(place.end, to) - from }, passage: true };
      out.push(range);
    }
    return out;
  }
}
