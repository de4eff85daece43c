/**
 * The `statements` root: an append-only Y.Array of signed statements (strings). Nothing in it can be
 * unseen: workspace documents keep the content of deleted statements (their gcFilter, see
 * src/workspace/doc.ts), the reader counts deleted entries as well as live ones and reports them as
 * withdrawn from view, and `restoreStatements` puts them back in the shared document. Order means nothing
 * here — statements name what they build on by hash — so duplicates and reorderings change nothing.
 */
import * as Y from 'yjs';
import { STATEMENTS_ROOT } from '../workspace/doc-shape.ts';
import { parseStatement, statementVerifies, type Statement } from './statement.ts';

export function statementsArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray(STATEMENTS_ROOT);
}

export interface StatementLog {
  /** Every well-formed statement by id (live or deleted), signatures not yet checked. */
  statements: Map<string, Statement>;
  /** Ids of statements whose every copy in the shared document was deleted (still counted). */
  deleted: Set<string>;
  /** Entries that are not well-formed statements. */
  damaged: number;
}

/** Parsed statements by their stored form: a statement never changes, and the tally re-reads them all on every change. */
const parsed = new Map<string, Statement | undefined>();
const PARSED_LIMIT = 200_000;

function parseStored(raw: unknown): Statement | undefined {
  if (typeof raw !== 'string') return undefined;
  if (parsed.has(raw)) return parsed.get(raw);
  const statement = parseStatement(raw);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(raw, statement);
  return statement;
}

/** Read every entry of the statements root, deleted ones included where their content is kept. */
export function readStatementLog(doc: Y.Doc): StatementLog {
  const statements = new Map<string, Statement>();
  const live = new Set<string>();
  const seenDeleted = new Set<string>();
  let damaged = 0;
  for (let item = statementsArray(doc)._start; item !== null; item = item.right) {
    if (!item.countable) continue;
    const content = item.content;
    if (!(content instanceof Y.ContentAny) && !(content instanceof Y.ContentString) && !(content instanceof Y.ContentJSON)) {
      if (!item.deleted) damaged += content.getLength();
      continue;
    }
    for (const raw of content.getContent()) {
      const statement = parseStored(raw);
      if (!statement) {
        if (!item.deleted) damaged += 1;
        continue;
      }
      const kept = statements.get(statement.id);
      if (!kept || (!statementVerifies(kept) && statementVerifies(statement))) statements.set(statement.id, statement);
      (item.deleted ? seenDeleted : live).add(statement.id);
    }
  }
  const deleted = new Set([...seenDeleted].filter((id) => !live.has(id)));
  return { statements, deleted, damaged };
}

/** Add statements (their stored strings) to the shared document. */
export function appendStatements(doc: Y.Doc, stored: readonly string[]): void {
  if (stored.length > 0) statementsArray(doc).push([...stored]);
}
