/**
 * Keeping the signed record whole in the shared document: when a peer deletes statements from the
 * statements root, this replica still holds them (src/ratify/statement-log.ts) and counts them; this puts
 * them back, exactly as they were signed, so that replicas which never saw them get them too.
 */
import type * as Y from 'yjs';
import { appendStatements, readStatementLog } from '../../src/ratify/statement-log.ts';
import { storedForm } from '../../src/ratify/statement.ts';

/** Re-append the statements `ids` (withdrawn from view) in their stored form. Returns how many went back. */
export function restoreStatements(doc: Y.Doc, ids: readonly string[]): number {
  if (ids.length === 0) return 0;
  const { statements } = readStatementLog(doc);
  const stored = ids.flatMap((id) => {
    const statement = statements.get(id);
    return statement ? [storedForm(statement)] : [];
  });
  appendStatements(doc, stored);
  return stored.length;
}
