/**
 * Attacks on the parliament, each as a modified client would make it — writing straight into the shared
 * workspace, past the app's own checks — and what every replica's tally makes of it: the forged vote is
 * not counted and is shown as rejected with the reason. Records how many forged votes were counted (must
 * be 0) in test-results/figures/ for the reliability summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Transforms } from 'slate';
import * as Y from 'yjs';
import { editConstitution, readBlocks } from '../../src/constitution/document.ts';
import { setBlockText } from '../../src/constitution/structure.ts';
import { castVote, openMotion } from '../../src/ratify/actions.ts';
import { textDigest } from '../../src/ratify/digest.ts';
import { motionsMap, storeMarker, storeMotion, storeVote, type MotionTerms, type SignedVote } from '../../src/ratify/motion-record.ts';
import { readParliament, type VoteReport } from '../../src/ratify/parliament.ts';
import { readRoster, rosterLog, currentKey } from '../../src/ratify/roster.ts';
import { bindingMessage, closingMessage, forgetVerifiedSignatures, openingMessage, signHex, toHex, voteMessage, type Signer } from '../../src/ratify/signing.ts';
import { checkParliament } from '../../src/ratify/statements.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { DEFAULT_RULES } from '../../src/ratify/rules.ts';
import { readMeta } from '../../src/workspace/workspace.ts';
import { idByText } from './core-helpers.ts';
import { at, coalition, key, testSigner, type Coalition } from './ratify-helpers.ts';

const JOIN = 'Any organization that accepts these principles may join.';
let forgedTried = 0;
let forgedCounted = 0;

/** The reports of the votes an attack forged, counted into the figures. */
function forged(c: Coalition, motion: string, now: Date, pick: (v: VoteReport) => boolean): VoteReport[] {
  const report = readParliament(c.doc, now).motions.find((m) => m.id === motion);
  const votes = (report?.votes ?? []).filter(pick);
  forgedTried += votes.length;
  forgedCounted += votes.filter((v) => v.standing === 'counted').length;
  return votes;
}

async function signedVote(c: Coalition, signer: Signer, facts: Omit<SignedVote, 'key' | 'signature'>): Promise<SignedVote> {
  const coalitionId = readMeta(c.doc).id;
  const signature = await signHex(signer, voteMessage({ coalition: coalitionId, ...facts }));
  return { ...facts, key: toHex(signer.publicKey), signature };
}

async function clauseMotion(c: Coalition): Promise<{ clause: string; motion: string; digest: string }> {
  const clause = idByText(c.doc, JOIN);
  const motion = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause, closesAt: at(60) }, at(1));
  const digest = readParliament(c.doc, at(1)).motions.find((m) => m.id === motion)?.digest ?? '';
  return { clause, motion, digest };
}

afterAll(() => {
  mkdirSync('test-results/figures', { recursive: true });
  writeFileSync('test-results/figures/forged-votes.json', `${JSON.stringify({ forgedVotesTried: forgedTried, forgedVotesCounted: forgedCounted })}\n`);
});

describe('forged votes are not counted', () => {
  it('a vote signed with another key (not on the roster) for a member organization', async () => {
    const c = await coalition(3);
    const m = await clauseMotion(c);
    const intruder = await testSigner();
    storeVote(c.doc, await signedVote(c, intruder, { motion: m.motion, org: c.orgs[1] ?? '', choice: 'yes', digest: m.digest, castAt: at(2).toISOString() }));
    const [vote] = forged(c, m.motion, at(3), () => true);
    expect(vote).toMatchObject({ standing: 'rejected', reason: expect.stringMatching(/not on the roster/) });
  });

  it("a delegate's vote for another organization", async () => {
    const c = await coalition(3);
    const m = await clauseMotion(c);
    storeVote(c.doc, await signedVote(c, key(c, 1), { motion: m.motion, org: c.orgs[2] ?? '', choice: 'yes', digest: m.digest, castAt: at(2).toISOString() }));
    const [vote] = forged(c, m.motion, at(3), () => true);
    expect(vote).toMatchObject({ standing: 'rejected', reason: 'It is signed with O2’s key, not O3’s.' });
  });

  it('a vote copied from one motion to another, as it is and re-addressed', async () => {
    const c = await coalition(3);
    const m = await clauseMotion(c);
    const other = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: idByText(c.doc, 'Each member organization sends one delegate.'), closesAt: at(60) }, at(1));
    await castVote(c.doc, key(c, 1), m.motion, 'yes', at(2));
    const original = readParliament(c.doc, at(2)).motions.find((x) => x.id === m.motion)?.votes[0];
    if (!original) throw new Error('no vote');
    const stored = motionsMap(c.doc).get(m.motion)?.get('votes');
    const raw: unknown = stored instanceof Y.Array ? stored.get(0) : undefined;
    if (typeof raw !== 'object' || raw === null) throw new Error('no raw vote');
    const copy = { ...raw };
    const otherVotes = motionsMap(c.doc).get(other)?.get('votes');
    if (!(otherVotes instanceof Y.Array)) throw new Error('no votes array');
    otherVotes.push([copy, { ...copy, motion: other }]);
    const votes = forged(c, other, at(3), () => true);
    expect(votes.map((v) => v.reason)).toEqual(['It was cast on another motion and copied here.', 'Its signature does not verify.']);
  });

  it('a vote replayed onto changed text', async () => {
    const c = await coalition(3);
    const m = await clauseMotion(c);
    await castVote(c.doc, key(c, 1), m.motion, 'yes', at(2));
    editConstitution(c.doc, (editor) => setBlockText(editor, m.clause, `${JOIN} Fees apply.`));
    const next = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: m.clause, closesAt: at(90) }, at(5));
    // The old signed vote, re-addressed to the new motion, keeps the old text's digest (it is what was signed).
    const replay = await signedVote(c, key(c, 1), { motion: next, org: c.orgs[1] ?? '', choice: 'yes', digest: m.digest, castAt: at(6).toISOString() });
    storeVote(c.doc, replay);
    const [vote] = forged(c, next, at(7), () => true);
    expect(vote).toMatchObject({ standing: 'rejected', reason: 'It was cast on a different text than the one this motion is about.' });
    expect(readParliament(c.doc, at(7)).motions.find((x) => x.id === m.motion)?.status).toBe('void');
  });

  it("an observer's vote", async () => {
    const c = await coalition(3);
    const m = await clauseMotion(c);
    const observer = await testSigner();
    storeVote(c.doc, await signedVote(c, observer, { motion: m.motion, org: c.orgs[0] ?? '', choice: 'no', digest: m.digest, castAt: at(2).toISOString() }));
    storeVote(c.doc, await signedVote(c, observer, { motion: m.motion, org: 'o_observer', choice: 'no', digest: m.digest, castAt: at(2).toISOString() }));
    const votes = forged(c, m.motion, at(3), () => true);
    expect(votes.map((v) => v.reason)).toEqual([
      'It is signed with a key that is not on the roster (an observer’s or an unknown key).',
      'It is cast for an organization that is not a member.',
    ]);
  });

  it('a vote whose choice was changed after signing, and one dated after the close', async () => {
    const c = await coalition(3);
    const m = await clauseMotion(c);
    const genuine = await signedVote(c, key(c, 2), { motion: m.motion, org: c.orgs[2] ?? '', choice: 'no', digest: m.digest, castAt: at(2).toISOString() });
    storeVote(c.doc, { ...genuine, choice: 'yes' });
    storeVote(c.doc, await signedVote(c, key(c, 1), { motion: m.motion, org: c.orgs[1] ?? '', choice: 'yes', digest: m.digest, castAt: at(61).toISOString() }));
    const votes = forged(c, m.motion, at(62), () => true);
    expect(votes.map((v) => v.reason)).toEqual(['Its signature does not verify.', 'It was cast after the motion closed.']);
  });
});

describe('the roster cannot be changed without its audit entry', () => {
  it('a key swapped in place in the roster log is not on the roster, and votes signed with it do not count', async () => {
    const c = await coalition(3);
    const m = await clauseMotion(c);
    const intruder = await testSigner();
    const log = rosterLog(c.doc);
    const entry: unknown = log.get(1);
    if (typeof entry !== 'object' || entry === null) throw new Error('no entry');
    c.doc.transact(() => {
      log.delete(1, 1);
      log.insert(1, [{ ...entry, key: toHex(intruder.publicKey) }]);
    });
    const roster = readRoster(c.doc);
    expect(roster.audit[1]).toMatchObject({ valid: false, problem: 'It is not signed by the key it binds.' });
    expect(currentKey(roster, c.orgs[1] ?? '')).toBe('');
    storeVote(c.doc, await signedVote(c, intruder, { motion: m.motion, org: c.orgs[1] ?? '', choice: 'yes', digest: m.digest, castAt: at(2).toISOString() }));
    const [vote] = forged(c, m.motion, at(3), () => true);
    expect(vote?.standing).toBe('rejected');
  });

  it('a new key for an organization, signed by itself but not by the key in force, is refused; the real delegate still votes', async () => {
    const c = await coalition(3);
    const m = await clauseMotion(c);
    const intruder = await testSigner();
    const coalitionId = readMeta(c.doc).id;
    const org = c.orgs[1] ?? '';
    const old = currentKey(readRoster(c.doc), org);
    for (const previous of ['', old]) {
      const binding = { coalition: coalitionId, org, key: toHex(intruder.publicKey), previous, at: at(2).toISOString() };
      const proof = await signHex(intruder, bindingMessage(binding));
      rosterLog(c.doc).push([{ org, key: binding.key, previous, at: binding.at, proof, authorization: proof }]);
    }
    const audit = readRoster(c.doc).audit.slice(-2);
    expect(audit.map((e) => e.problem)).toEqual(['It replaces a key that is not the one in force.', 'The key it replaces did not sign it.']);
    storeVote(c.doc, await signedVote(c, intruder, { motion: m.motion, org, choice: 'no', digest: m.digest, castAt: at(3).toISOString() }));
    await castVote(c.doc, key(c, 1), m.motion, 'yes', at(4));
    const votes = forged(c, m.motion, at(5), (v) => v.key === toHex(intruder.publicKey));
    expect(votes.map((v) => v.standing)).toEqual(['rejected']);
    const real = readParliament(c.doc, at(5)).motions.find((x) => x.id === m.motion)?.votes.find((v) => v.key === old);
    expect(real?.standing).toBe('counted');
  });
});

describe('motions and locks cannot be forged', () => {
  it('editing a locked clause through the core API is refused and changes nothing', async () => {
    const c = await coalition(3);
    const m = await clauseMotion(c);
    for (let i = 0; i < 3; i += 1) await castVote(c.doc, key(c, i), m.motion, 'yes', at(2 + i));
    const lockedNow = (): boolean => readParliament(c.doc).standings.get(m.clause)?.status === 'ratified';
    expect(lockedNow()).toBe(true);
    const before = Y.encodeStateAsUpdate(c.doc);
    expect(() => editConstitution(c.doc, (editor) => setBlockText(editor, m.clause, 'Nobody may join.'))).toThrow(ConcordError);
    expect(() => editConstitution(c.doc, (editor) => Transforms.insertText(editor, 'x', { at: { path: [2, 0], offset: 0 } }))).toThrow(/locked/);
    expect(Y.encodeStateAsUpdate(c.doc)).toEqual(before);
    expect(readBlocks(c.doc).find((b) => b.id === m.clause)?.text).toBe(JOIN);
  });

  it('a motion opened by a non-chair while a chair is in office is invalid, and a closing not signed by the chair is ignored', async () => {
    const c = await coalition(3);
    const [o1, o2] = c.orgs;
    if (!o1 || !o2) throw new Error('orgs');
    const election = await openMotion(c.doc, key(c, 0), { kind: 'chair', target: o1, closesAt: at(10) }, at(1));
    for (let i = 0; i < 3; i += 1) await castVote(c.doc, key(c, i), election, 'yes', at(2 + i));
    const clause = idByText(c.doc, JOIN);
    const text = readBlocks(c.doc).filter((b) => b.id === clause);
    const terms: MotionTerms = { kind: 'clause', target: clause, digest: textDigest(text), text, newText: '', openedBy: o2, openedAt: at(20).toISOString(), closesAt: at(90).toISOString(), rule: DEFAULT_RULES.clause, weights: {} };
    const termsJson = JSON.stringify(terms);
    const coalitionId = readMeta(c.doc).id;
    storeMotion(c.doc, 'm_forged', termsJson, toHex(key(c, 1).publicKey), await signHex(key(c, 1), openingMessage(coalitionId, 'm_forged', termsJson)));
    const forgedMotion = readParliament(c.doc, at(21)).motions.find((x) => x.id === 'm_forged');
    expect(forgedMotion).toMatchObject({ status: 'invalid', problem: 'It was opened by a delegate who is not the chair, while the coalition had a chair.' });
    const real = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: idByText(c.doc, 'Each member organization sends one delegate.'), closesAt: at(90) }, at(21));
    storeMarker(c.doc, real, 'closing', { closedAt: at(22).toISOString(), key: toHex(key(c, 1).publicKey), signature: await signHex(key(c, 1), closingMessage(coalitionId, real, at(22).toISOString())) });
    expect(readParliament(c.doc, at(23)).motions.find((x) => x.id === real)?.status).toBe('open');
  });

  it('a motion that carries a laxer rule than the coalition’s is invalid, open or decided', async () => {
    const c = await coalition(3);
    const [o1] = c.orgs;
    if (!o1) throw new Error('orgs');
    const text = readBlocks(c.doc);
    const lax = { ...DEFAULT_RULES.constitution, threshold: 'majority' as const, base: 'cast' as const, quorum: 0 };
    const terms: MotionTerms = { kind: 'constitution', target: 'constitution', digest: textDigest(text), text, newText: '', openedBy: o1, openedAt: at(1).toISOString(), closesAt: at(10).toISOString(), rule: lax, weights: {} };
    const termsJson = JSON.stringify(terms);
    storeMotion(c.doc, 'm_lax', termsJson, toHex(key(c, 0).publicKey), await signHex(key(c, 0), openingMessage(readMeta(c.doc).id, 'm_lax', termsJson)));
    storeVote(c.doc, await signedVote(c, key(c, 0), { motion: 'm_lax', org: o1, choice: 'yes', digest: terms.digest, castAt: at(2).toISOString() }));
    for (const now of [at(5), at(11)]) {
      const report = readParliament(c.doc, now).motions.find((m) => m.id === 'm_lax');
      expect(report).toMatchObject({ status: 'invalid', problem: 'It carries other rules than the coalition’s.' });
    }
    expect(readParliament(c.doc, at(11)).standings.get(text[0]?.id ?? '')?.status).toBe('draft');
  });

  it('the platform’s native check and the pure-JavaScript check judge every signature alike', async () => {
    const c = await coalition(3);
    const m = await clauseMotion(c);
    await castVote(c.doc, key(c, 1), m.motion, 'yes', at(2));
    const genuine = await signedVote(c, key(c, 2), { motion: m.motion, org: c.orgs[2] ?? '', choice: 'no', digest: m.digest, castAt: at(3).toISOString() });
    storeVote(c.doc, { ...genuine, choice: 'yes' });
    forgetVerifiedSignatures();
    await checkParliament(c.doc);
    const native = JSON.stringify(readParliament(c.doc, at(4)));
    forgetVerifiedSignatures();
    const pureJs = JSON.stringify(readParliament(c.doc, at(4)));
    expect(native).toBe(pureJs);
    expect(forged(c, m.motion, at(4), (v) => v.org === c.orgs[2]).map((v) => v.reason)).toEqual(['Its signature does not verify.']);
  });

  it('counted no forged vote in this suite', () => {
    expect(forgedTried).toBeGreaterThanOrEqual(10);
    expect(forgedCounted).toBe(0);
  });
});
