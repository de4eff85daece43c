/**
 * Every signed statement in a workspace's parliament — roster entries, openings, closings, votes — as the
 * tally will check them, so that `checkParliament` can have them all checked at once by the platform's
 * native verifier before a tally (the first tally of a large coalition otherwise spends seconds in
 * pure-JavaScript ed25519).
 */
import type * as Y from 'yjs';
import { readMeta } from '../workspace/workspace.ts';
import { readStoredMotions, voteSchema } from './motion-record.ts';
import { rosterEntries } from './roster.ts';
import { bindingMessage, checkSignatures, closingMessage, openingMessage, voteMessage, type Statement } from './signing.ts';

export function signedStatements(doc: Y.Doc): Statement[] {
  const coalition = readMeta(doc).id;
  const out: Statement[] = [];
  for (const entry of rosterEntries(doc)) {
    const message = bindingMessage({ coalition, ...entry });
    out.push({ signature: entry.proof, message, publicKey: entry.key });
    if (entry.previous !== '') out.push({ signature: entry.authorization, message, publicKey: entry.previous });
  }
  for (const motion of readStoredMotions(doc)) {
    out.push({ signature: motion.signature, message: openingMessage(coalition, motion.id, motion.termsJson), publicKey: motion.key });
    if (motion.closing) out.push({ signature: motion.closing.signature, message: closingMessage(coalition, motion.id, motion.closing.closedAt), publicKey: motion.closing.key });
    for (const raw of motion.votes) {
      const vote = voteSchema.safeParse(raw);
      if (!vote.success) continue;
      const { motion: id, digest, choice, castAt, key, signature } = vote.data;
      out.push({ signature, message: voteMessage({ coalition, motion: id, digest, choice, castAt }), publicKey: key });
    }
  }
  return out;
}

/** Check every signature of the parliament with the platform's native verifier (results remembered for the tally). */
export function checkParliament(doc: Y.Doc): Promise<void> {
  return checkSignatures(signedStatements(doc));
}
