/** Which top-level parts of a workspace (the Y.Doc's named roots) a transaction changed, by name. */
import type * as Y from 'yjs';

/** A shared type as Yjs links it to its parent: through the item that holds it (null for a root). */
interface Nested {
  _item: { parent: unknown } | null;
}

function isNested(value: unknown): value is Nested {
  return typeof value === 'object' && value !== null && '_item' in value;
}

/** The root type `type` belongs to (the type itself when it is a root). */
function rootOf(type: Nested): Nested {
  let at = type;
  while (at._item !== null && isNested(at._item.parent)) at = at._item.parent;
  return at;
}

export function changedRoots(doc: Y.Doc, transaction: Y.Transaction): Set<string> {
  const roots = new Set<Nested>();
  for (const type of transaction.changed.keys()) roots.add(rootOf(type));
  const names = new Set<string>();
  for (const [name, root] of doc.share) if (roots.has(root)) names.add(name);
  return names;
}
