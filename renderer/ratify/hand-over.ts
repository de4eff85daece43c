/**
 * Handing a seat to a new key when the two keys live on two computers (a delegate's new laptop, a new
 * delegate). The core's hand-over statement needs both signatures: the key in force signs its successor,
 * and the new key signs a proof that it accepts. The old computer signs first and leaves its half in the
 * shared document's `handovers` map, under the new key; the new computer, shown who hands it which seat,
 * adds its proof and appends the whole statement to the signed record. The half-signed offer counts for
 * nothing on its own: the fold (src/ratify/parliament.ts) checks the finished statement like any other,
 * and an offer a peer deletes or rewrites only has to be made again.
 */
import type * as Y from 'yjs';
import { currentSeat, orgOfKey, readParliament } from '../../src/ratify/parliament.ts';
import { isKeyHex, signHex, toHex, verifySignature, type Signer } from '../../src/ratify/signing.ts';
import { appendStatements } from '../../src/ratify/statement-log.ts';
import { parseStatement, signStatement, statementBytes, storedForm, type Bind, type Statement } from '../../src/ratify/statement.ts';
import { ConcordError } from '../../src/workspace/errors.ts';

const HANDOVERS = 'handovers';

/** A key as pasted from another computer: spaces and case ignored. */
export function pastedKey(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

function offers(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(HANDOVERS);
}

/** A hand-over offered to a key: the statement the key in force signed, and its body. */
export interface HandOverOffer {
  statement: Statement;
  body: Bind;
}

/** Sign, with the key in force for `org`, the hand-over of its seat to `newKey`, and offer it to that key. */
export async function offerHandOver(doc: Y.Doc, org: string, current: Signer, newKey: string, now: Date = new Date()): Promise<void> {
  const parliament = readParliament(doc, now);
  const by = toHex(current.publicKey);
  if (orgOfKey(parliament.roster, by) !== org) throw new ConcordError('roster.not-current');
  if (!isKeyHex(newKey)) throw new ConcordError('roster.bad-key');
  if (orgOfKey(parliament.roster, newKey) !== undefined) throw new ConcordError('roster.key-in-use.new');
  const body: Bind = {
    kind: 'bind',
    coalition: parliament.coalition,
    by,
    at: now.toISOString(),
    founding: parliament.founding,
    org,
    key: newKey,
    previous: currentSeat(parliament.roster, org),
    motion: '',
  };
  const { stored } = await signStatement(body, current);
  offers(doc).set(newKey, stored);
}

/** The hand-over offered to `key`, if one is there, signed by the key in force for the seat it hands over. */
export function offeredHandOver(doc: Y.Doc, key: string, now: Date = new Date()): HandOverOffer | undefined {
  const raw = offers(doc).get(key);
  if (raw === undefined) return undefined;
  const statement = parseStatement(raw);
  if (statement?.body.kind !== 'bind') return undefined;
  const body = statement.body;
  const parliament = readParliament(doc, now);
  const inForce =
    parliament.founded && body.coalition === parliament.coalition && body.founding === parliament.founding && body.previous === currentSeat(parliament.roster, body.org);
  if (!inForce || body.key !== key || body.motion !== '' || orgOfKey(parliament.roster, body.by) !== body.org) return undefined;
  return verifySignature(statement.signature, statementBytes(statement.canonical), body.by) ? { statement, body } : undefined;
}

/** Accept the hand-over offered to `signer`'s key: add its proof and put the statement in the signed record. */
export async function acceptHandOver(doc: Y.Doc, signer: Signer, now: Date = new Date()): Promise<void> {
  const key = toHex(signer.publicKey);
  const offer = offeredHandOver(doc, key, now);
  if (!offer) throw new ConcordError('roster.no-hand-over');
  const proof = await signHex(signer, statementBytes(offer.statement.canonical));
  appendStatements(doc, [storedForm({ ...offer.statement, proof })]);
  offers(doc).delete(key);
}
