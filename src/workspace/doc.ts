/**
 * A workspace's Y.Doc, made one way everywhere (app, CLI, server, tests): garbage collection as usual,
 * except for the signed statements, whose content is kept even when a peer deletes them — so no replica
 * ever loses a statement it has seen, and a deletion can be reported and undone (src/ratify/statement-log.ts).
 */
import * as Y from 'yjs';
import { STATEMENTS_ROOT } from './doc-shape.ts';

export function newWorkspaceDoc(): Y.Doc {
  const doc: Y.Doc = new Y.Doc({ gcFilter: (item) => item.parent !== doc.share.get(STATEMENTS_ROOT) });
  return doc;
}
