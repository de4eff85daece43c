/**
 * A record with one problem of each sort, for the tests of how problems are worded (record-words.test.ts,
 * record-problems.e2e.ts): a forged vote, an invalid motion and a refused key binding, in English and Spanish.
 */
import type * as Y from 'yjs';
import { castVote, closeMotion, openMotion } from '../../src/ratify/actions.ts';
import { currentSeat, readParliament } from '../../src/ratify/parliament.ts';
import { toHex } from '../../src/ratify/signing.ts';
import { signStatement } from '../../src/ratify/statement.ts';
import { appendStatements } from '../../src/ratify/statement-log.ts';
import { at, coalition, key } from './ratify-helpers.ts';

export const FORGED = 'It is signed with O2’s key, not O3’s.';
export const INVALID = 'It closes before it opens.';
export const REFUSED = 'That key already speaks for O1.';
export const ENGLISH = [FORGED, INVALID, REFUSED];

export const FORGED_ES = 'El voto está firmado con la clave de O2, no con la de O3.';
export const INVALID_ES = 'La moción se cierra antes de abrirse.';
export const REFUSED_ES = 'Esa clave ya representa a O1.';

/**
 * Three members vote the whole text (opened at minute 1, closed at 60). O2's delegate also signs a vote for
 * O3, O1's delegate signs a second opening that closes before it opens, and binds its own key to O2's seat.
 */
export async function troubledRecord(): Promise<{ doc: Y.Doc; motion: string; invalid: string; forged: string; binding: string }> {
  const c = await coalition(3);
  const [o1, o2, o3] = c.orgs;
  if (o1 === undefined || o2 === undefined || o3 === undefined) throw new Error('three organizations');
  const motion = await openMotion(c.doc, key(c, 0), { kind: 'constitution', target: 'constitution', closesAt: at(60) }, at(1));
  const p = readParliament(c.doc, at(1));
  const opening = p.statements.get(motion)?.body;
  if (opening?.kind !== 'open') throw new Error('no opening');
  const invalid = await signStatement({ ...opening, at: at(2).toISOString(), terms: { ...opening.terms, closesAt: at(1).toISOString() } }, key(c, 0));
  const forged = await signStatement(
    {
      kind: 'vote',
      coalition: p.coalition,
      by: toHex(key(c, 1).publicKey),
      at: at(3).toISOString(),
      motion,
      seat: currentSeat(p.roster, o2),
      org: o3,
      digest: opening.terms.digest,
      choice: 'no',
      replaces: '',
    },
    key(c, 1),
  );
  const first = toHex(key(c, 0).publicKey);
  const binding = await signStatement(
    { kind: 'bind', coalition: p.coalition, by: first, at: at(4).toISOString(), founding: p.founding, org: o2, key: first, previous: '', motion: '' },
    key(c, 0),
  );
  appendStatements(c.doc, [invalid.stored, forged.stored, binding.stored]);
  for (let i = 0; i < 3; i += 1) await castVote(c.doc, key(c, i), motion, 'yes', at(5 + i));
  await closeMotion(c.doc, key(c, 0), motion, at(60));
  return { doc: c.doc, motion, invalid: invalid.statement.id, forged: forged.statement.id, binding: binding.statement.id };
}
