/**
 * Every signature in a workspace's signed record, so that `checkParliament` can have them all checked at
 * once by the platform's native verifier before a tally (the first tally of a large coalition otherwise
 * spends seconds in pure-JavaScript ed25519).
 */
import type * as Y from 'yjs';
import { checkSignatures } from './signing.ts';
import { statementSignatures } from './statement.ts';
import { readStatementLog } from './statement-log.ts';

/** Check every signature of the parliament with the platform's native verifier (results remembered for the tally). */
export function checkParliament(doc: Y.Doc): Promise<void> {
  return checkSignatures([...readStatementLog(doc).statements.values()].flatMap(statementSignatures));
}
