/** Which top-level parts of a workspace (the Y.Doc's named roots) a transaction changed, by name. */
import * as Y from 'yjs';

export function changedRoots(doc: Y.Doc, transaction: Y.Transaction): Set<string> {
  const roots = new Set<unknown>();
  for (const type of transaction.changed.keys()) {
    let at: unknown = type;
    while (at instanceof Y.AbstractType && at._item !== null && at._item.parent instanceof Y.AbstractType) at = at._item.parent;
    roots.add(at);
  }
  const names = new Set<string>();
  for (const [name, root] of doc.share) if (roots.has(root)) names.add(name);
  return names;
}
