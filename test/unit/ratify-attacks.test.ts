/**
 * The red team's attacks on the parliament, each made as a modified client with an ordinary delegate's
 * invitation would make it — raw Yjs operations on its own replica, merged into an honest one — and what
 * the honest replica's tally and `verify` make of it: the honest result stands, and the record's problems
 * name what is wrong and whose key signed it. Also forged votes of every kind, counted into the
 * reliability figure (test-results/figures/forged-votes.json: must be 0).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBlocks } from '../../src/constitution/document.ts';
import { castVote, closeDueMotions, openMotion } from '../../src/ratify/actions.ts';
import { currentSeat, readParliament, type MotionReport, type Parliament } from '../../src/ratify/parliament.ts';
import { DEFAULT_RULES } from '../../src/ratify/rules.ts';
import { keyFingerprint, toHex, type Signer } from '../../src/ratify/signing.ts';
import { parseStatement, signStatement, type Body } from '../../src/ratify/statement.ts';
import { statementsArray } from '../../src/ratify/statement-log.ts';
import { newWorkspaceDoc } from '../../src/workspace/doc.ts';
import { addOrganization, metaMap, orgsMap, readMeta, removeOrganization } from '../../src/workspace/workspace.ts';
import { idByText } from './core-helpers.ts';
import { at, coalition, key, testSigner, type Coalition } from './ratify-helpers.ts';

const JOIN = 'Any organization that accepts these principles may join.';
let forgedTried = 0;
let forgedCounted = 0;

afterAll(() => {
  mkdirSync('test-results/figures', { recursive: true });
  writeFileSync('test-results/figures/forged-votes.json', `${JSON.stringify({ forgedVotesTried: forgedTried, forgedVotesCounted: forgedCounted })}\n`);
});

/** A modified client's replica of the honest workspace: it writes what it likes, then the two merge. */
function hostile(c: Coalition, write: (doc: Y.Doc) => void): void {
  const peer = newWorkspaceDoc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(c.doc));
  const before = Y.encodeStateVector(peer);
  write(peer);
  Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(peer, before));
}

/** What an outcome is: each motion's status, result and counted votes, each block's status. */
function outcome(p: Parliament): unknown {
  return {
    motions: p.motions.map((m) => [m.id, m.status, m.explanation, m.votes.filter((v) => v.standing === 'counted').map((v) => `${v.org}:${v.choice}`)]),
    standings: [...p.standings].map(([id, s]) => [id, s.status, s.lockedText]),
    members: p.members.map((m) => m.org),
  };
}

/** Delete from the statements root every entry whose statement matches. */
function deleteStatements(doc: Y.Doc, pick: (body: Body) => boolean): number {
  const array = statementsArray(doc);
  let deleted = 0;
  doc.transact(() => {
    for (let i = array.length - 1; i >= 0; i -= 1) {
      const statement = parseStatement(array.get(i));
      if (statement && pick(statement.body)) {
        array.delete(i, 1);
        deleted += 1;
      }
    }
  });
  return deleted;
}

async function sign(body: Body, signer: Signer): Promise<string> {
  return (await signStatement(body, signer)).stored;
}

/** A clause motion among four members: O1, O2, O3 yes, O4 no, closed — passed and ratified. */
async function passedClause(): Promise<{ c: Coalition; motion: string; clause: string }> {
  const c = await coalition(4);
  const clause = idByText(c.doc, JOIN);
  const motion = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause, closesAt: at(60) }, at(1));
  for (const [i, choice] of (['yes', 'yes', 'yes', 'no'] as const).entries()) await castVote(c.doc, key(c, i), motion, choice, at(2 + i));
  await closeDueMotions(c.doc, key(c, 0), at(10));
  return { c, motion, clause };
}

function report(c: Coalition, id: string, now = at(100)): MotionReport {
  const found = readParliament(c.doc, now).motions.find((m) => m.id === id);
  if (!found) throw new Error('no motion');
  return found;
}

describe('the red team’s table: no unsigned write changes a result', () => {
  it('a `voided` marker (or any other marker) written on a passed motion changes nothing', async () => {
    const { c, motion, clause } = await passedClause();
    const before = outcome(readParliament(c.doc, at(100)));
    hostile(c, (doc) => {
      const forged = new Y.Map<unknown>();
      forged.set('voided', { at: at(11).toISOString(), by: 'O4' });
      doc.getMap('motions').set(motion, forged);
    });
    const after = readParliament(c.doc, at(100));
    expect(outcome(after)).toEqual(before);
    expect(after.standings.get(clause)?.status).toBe('ratified');
  });

  it('deleting a motion from the shared document: kept and counted, the clause stays locked, and the deletion is reported', async () => {
    const { c, motion, clause } = await passedClause();
    const before = outcome(readParliament(c.doc, at(100)));
    hostile(c, (doc) => expect(deleteStatements(doc, (b) => b.kind === 'open')).toBe(1));
    const after = readParliament(c.doc, at(100));
    expect(outcome(after)).toEqual(before);
    expect(after.standings.get(clause)?.status).toBe('ratified');
    expect(after.withdrawnFromView).toEqual([motion]);
    expect(after.problems.map((p) => p.message)).toContain('It was deleted from the shared document; this copy keeps and counts it.');
  });

  it('deleting one "no" vote, or wiping every vote of a motion, changes nothing', async () => {
    const { c } = await passedClause();
    const before = outcome(readParliament(c.doc, at(100)));
    hostile(c, (doc) => expect(deleteStatements(doc, (b) => b.kind === 'vote' && b.choice === 'no')).toBe(1));
    expect(outcome(readParliament(c.doc, at(100)))).toEqual(before);
    hostile(c, (doc) => expect(deleteStatements(doc, (b) => b.kind === 'vote' || b.kind === 'close')).toBeGreaterThan(0));
    expect(outcome(readParliament(c.doc, at(100)))).toEqual(before);
  });

  it('lax rules written into meta, a whole-text motion with past dates and a lone yes: nothing is ratified', async () => {
    const c = await coalition(4);
    const attacker = key(c, 3);
    hostile(c, (doc) => {
      const lax = { base: 'cast', threshold: 'majority', quorum: 0, abstentions: 'excluded' } as const;
      metaMap(doc).set(
        'ratification',
        JSON.stringify({ rules: { ...DEFAULT_RULES, constitution: lax }, weights: {}, seriatim: false, votingDays: 7, chairTermDays: 365, changedAt: '' }),
      );
    });
    const parliament = readParliament(c.doc, at(0));
    expect(parliament.settings.rules.constitution).toEqual(DEFAULT_RULES.constitution);
    // A motion carrying the lax rule is invalid; one carrying the real rule, dated in the past and closed by its own vote, fails.
    const p = readParliament(c.doc, at(0));
    const members = p.members.map((m) => m.org).sort();
    const seats = Object.fromEntries(members.map((org) => [org, currentSeat(p.roster, org)]));
    const text = readBlocks(c.doc);
    const { textDigest } = await import('../../src/ratify/digest.ts');
    const common = { coalition: readMeta(c.doc).id, by: toHex(attacker.publicKey) };
    const terms = {
      kind: 'constitution' as const,
      target: 'constitution',
      digest: textDigest(text),
      text,
      newText: '',
      subject: { org: '', name: '', short: '', key: '', settings: null },
      weights: {},
      members,
      seats,
      closesAt: '2020-01-01T00:10:00.000Z',
    };
    const seat = currentSeat(p.roster, c.orgs[3] ?? '');
    const lax = await signStatement(
      {
        kind: 'open',
        ...common,
        at: '2020-01-01T00:00:00.000Z',
        founding: p.founding,
        seat,
        after: [],
        terms: { ...terms, rule: { base: 'cast', threshold: 'majority', quorum: 0, abstentions: 'excluded' } },
      },
      attacker,
    );
    const real = await signStatement(
      { kind: 'open', ...common, at: '2020-01-01T00:00:01.000Z', founding: p.founding, seat, after: [], terms: { ...terms, rule: DEFAULT_RULES.constitution } },
      attacker,
    );
    const vote = await signStatement(
      { kind: 'vote', ...common, at: '2020-01-01T00:00:02.000Z', motion: real.statement.id, seat, org: c.orgs[3] ?? '', digest: terms.digest, choice: 'yes', replaces: '' },
      attacker,
    );
    const close = await signStatement(
      { kind: 'close', ...common, at: '2020-01-01T00:10:00.000Z', motion: real.statement.id, seat, digest: terms.digest, votes: [vote.statement.id] },
      attacker,
    );
    hostile(c, (doc) => statementsArray(doc).push([lax.stored, real.stored, vote.stored, close.stored]));
    const after = readParliament(c.doc, at(1));
    expect(after.motions.find((m) => m.id === lax.statement.id)).toMatchObject({ status: 'invalid', problem: 'It carries other rules than the coalition’s.' });
    expect(after.motions.find((m) => m.id === real.statement.id)).toMatchObject({
      status: 'failed',
      explanation: 'Failed: no quorum — 1 of 4 member organizations took part; 2 needed.',
    });
    expect([...after.standings.values()].every((s) => s.status !== 'ratified')).toBe(true);
    expect(after.problems.some((pr) => pr.statement === lax.statement.id && pr.key === toHex(attacker.publicKey))).toBe(true);
  });

  it('after the close, a "no" changed to "yes" with a date inside the voting time is not counted', async () => {
    const { c, motion } = await passedClause();
    const before = outcome(readParliament(c.doc, at(100)));
    const p = readParliament(c.doc, at(100));
    const original = report(c, motion).votes.find((v) => v.choice === 'no');
    const org = c.orgs[3] ?? '';
    const attacker = key(c, 3);
    const changed = await sign(
      {
        kind: 'vote',
        coalition: p.coalition,
        by: toHex(attacker.publicKey),
        at: at(3).toISOString(),
        motion,
        seat: currentSeat(p.roster, org),
        org,
        digest: report(c, motion).digest,
        choice: 'yes',
        replaces: original?.id ?? '',
      },
      attacker,
    );
    hostile(c, (doc) => statementsArray(doc).push([changed]));
    const after = report(c, motion);
    expect(outcome(readParliament(c.doc, at(100)))).toEqual(before);
    const late = after.votes.find((v) => v.org === org && v.choice === 'yes');
    expect(late).toMatchObject({ standing: 'rejected', reason: 'It arrived after the vote was closed, so it is not counted.' });
    forgedTried += 1;
    forgedCounted += late?.standing === 'counted' ? 1 : 0;
  });

  it('a self-signed binding for another organization’s seat, put first and backdated: refused, and the real delegate keeps the seat', async () => {
    const c = await coalition(4);
    const clause = idByText(c.doc, JOIN);
    const motion = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause, closesAt: at(60) }, at(1));
    const p = readParliament(c.doc, at(1));
    const intruder = await testSigner();
    const victim = c.orgs[1] ?? '';
    const binding = await sign(
      {
        kind: 'bind',
        coalition: p.coalition,
        by: toHex(intruder.publicKey),
        at: '2000-01-01T00:00:00.000Z',
        founding: p.founding,
        org: victim,
        key: toHex(intruder.publicKey),
        previous: '',
        motion: '',
      },
      intruder,
    );
    hostile(c, (doc) => statementsArray(doc).insert(0, [binding]));
    const forgedVote = await sign(
      {
        kind: 'vote',
        coalition: p.coalition,
        by: toHex(intruder.publicKey),
        at: at(2).toISOString(),
        motion,
        seat: parseStatement(binding)?.id ?? '',
        org: victim,
        digest: report(c, motion).digest,
        choice: 'no',
        replaces: '',
      },
      intruder,
    );
    hostile(c, (doc) => statementsArray(doc).push([forgedVote]));
    await castVote(c.doc, key(c, 1), motion, 'yes', at(3));
    const after = readParliament(c.doc, at(4));
    expect(after.roster.keys.get(victim)?.at(-1)?.key).toBe(toHex(key(c, 1).publicKey));
    const votes = report(c, motion, at(4)).votes.filter((v) => v.org === victim);
    expect(votes.map((v) => `${v.choice}:${v.standing}`).sort()).toEqual(['no:rejected', 'yes:counted']);
    forgedTried += 1;
    forgedCounted += votes.filter((v) => v.key === toHex(intruder.publicKey) && v.standing === 'counted').length;
    // The problem names the intruder's key, not the genuine one.
    const blamed = after.problems.filter((pr) => pr.kind === 'bind').map((pr) => keyFingerprint(pr.key));
    expect(blamed).toEqual([keyFingerprint(toHex(intruder.publicKey))]);
  });

  it('an organization added as a plain map with a bound key is no member; deleting a member’s map changes nothing', async () => {
    const { c, motion } = await passedClause();
    const before = outcome(readParliament(c.doc, at(100)));
    const puppet = await testSigner();
    let puppetOrg = '';
    hostile(c, (doc) => {
      puppetOrg = addOrganization(doc, { name: 'Sock Puppet', short: 'SP' }).id;
      removeOrganization(doc, c.orgs[3] ?? '');
    });
    const p = readParliament(c.doc, at(100));
    const bind = await sign(
      {
        kind: 'bind',
        coalition: p.coalition,
        by: toHex(puppet.publicKey),
        at: at(11).toISOString(),
        founding: p.founding,
        org: puppetOrg,
        key: toHex(puppet.publicKey),
        previous: '',
        motion: '',
      },
      puppet,
    );
    hostile(c, (doc) => statementsArray(doc).push([bind]));
    const after = readParliament(c.doc, at(100));
    expect(outcome(after)).toEqual(before);
    expect(after.members.map((m) => m.org)).not.toContain(puppetOrg);
    expect(after.members.map((m) => m.org)).toContain(c.orgs[3]);
    expect(orgsMap(c.doc).has(c.orgs[3] ?? '')).toBe(false);
    expect(after.organizations.get(c.orgs[3] ?? '')?.short).toBe('O4');
    expect(report(c, motion).explanation).toBe('Passed: 3 yes, 1 no, 0 abstentions; a majority of votes cast (3 of 4) required.');
  });
});

describe('forged votes are not counted', () => {
  async function openClause(): Promise<{ c: Coalition; motion: string; digest: string; p: Parliament }> {
    const c = await coalition(3);
    const motion = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: idByText(c.doc, JOIN), closesAt: at(60) }, at(1));
    const p = readParliament(c.doc, at(1));
    return { c, motion, digest: report(c, motion, at(1)).digest, p };
  }

  function tally(c: Coalition, motion: string, forgedKeys: readonly string[]): MotionReport['votes'] {
    const votes = report(c, motion, at(5)).votes.filter((v) => forgedKeys.includes(v.key) || v.reason !== '');
    forgedTried += votes.length;
    forgedCounted += votes.filter((v) => v.standing === 'counted').length;
    return votes;
  }

  it('signed with a key not on the roster, with another member’s key, for a non-member, on other text, and with a changed choice', async () => {
    const { c, motion, digest, p } = await openClause();
    const stranger = await testSigner();
    const base = { coalition: p.coalition, at: at(2).toISOString(), motion, replaces: '' };
    const seat1 = currentSeat(p.roster, c.orgs[1] ?? '');
    const forged = [
      await sign({ kind: 'vote', ...base, by: toHex(stranger.publicKey), seat: seat1, org: c.orgs[1] ?? '', digest, choice: 'yes' }, stranger),
      await sign({ kind: 'vote', ...base, by: toHex(key(c, 1).publicKey), seat: seat1, org: c.orgs[2] ?? '', digest, choice: 'yes' }, key(c, 1)),
      await sign({ kind: 'vote', ...base, by: toHex(key(c, 1).publicKey), seat: seat1, org: 'o_outsider', digest, choice: 'yes' }, key(c, 1)),
      await sign({ kind: 'vote', ...base, by: toHex(key(c, 1).publicKey), seat: seat1, org: c.orgs[1] ?? '', digest: 'sha256:other', choice: 'yes' }, key(c, 1)),
    ];
    const genuine = await sign(
      { kind: 'vote', ...base, by: toHex(key(c, 2).publicKey), seat: currentSeat(p.roster, c.orgs[2] ?? ''), org: c.orgs[2] ?? '', digest, choice: 'no' },
      key(c, 2),
    );
    const tampered = genuine.replace('\\"choice\\":\\"no\\"', '\\"choice\\":\\"yes\\"');
    expect(tampered).not.toBe(genuine);
    hostile(c, (doc) => statementsArray(doc).push([...forged, tampered]));
    const votes = tally(c, motion, [toHex(stranger.publicKey), toHex(key(c, 1).publicKey)]);
    expect(votes.map((v) => v.reason).sort()).toEqual([
      'It is cast for an organization that was not a member when the motion opened.',
      'It is signed with O2’s key, not O3’s.',
      'It is signed with a key that is not on the roster (an observer’s or an unknown key).',
      'It was cast on a different text than the one this motion is about.',
    ]);
    const problems = readParliament(c.doc, at(5)).problems.map((pr) => pr.message);
    expect(problems).toContain('Its signature does not verify.');
  });

  it('a vote copied from one motion to another is not counted there', async () => {
    const { c, motion } = await openClause();
    const other = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: idByText(c.doc, 'Each member organization sends one delegate.'), closesAt: at(60) }, at(1));
    const id = await castVote(c.doc, key(c, 1), motion, 'yes', at(2));
    const stored = statementsArray(c.doc)
      .toArray()
      .find((raw) => parseStatement(raw)?.id === id);
    if (typeof stored !== 'string') throw new Error('no vote');
    hostile(c, (doc) => statementsArray(doc).push([stored.replace(motion, other)]));
    expect(report(c, other, at(5)).votes).toEqual([]);
    forgedTried += 1;
  });
});

describe('strict signatures: one rule everywhere', () => {
  // Signatures that ZIP-215 (noble's default) accepts and RFC 8032 rejects: the identity point as a
  // non-canonical key (y = p + 1) or of small order, with R = identity and S = 0, verify for any message
  // under ZIP-215's cofactored check.
  const identityR = `01${'00'.repeat(31)}`;
  const zeroS = '00'.repeat(32);
  const vectors = {
    'a non-canonical key encoding (y = p + 1)': `ee${'ff'.repeat(30)}7f`,
    'a small-order key (the identity)': `01${'00'.repeat(31)}`,
  };
  for (const [name, publicKey] of Object.entries(vectors)) {
    it(`refuses ${name} that ZIP-215 accepts, in JavaScript and through the platform's verifier`, async () => {
      const { verify } = await import('@noble/ed25519');
      const { verifySignature, checkSignatures, forgetVerifiedSignatures } = await import('../../src/ratify/signing.ts');
      const { hexToBytes } = await import('@noble/hashes/utils.js');
      const message = new TextEncoder().encode('concord-statement/1\n{}');
      const signature = `${identityR}${zeroS}`;
      expect(verify(hexToBytes(signature), message, hexToBytes(publicKey))).toBe(true);
      forgetVerifiedSignatures();
      expect(verifySignature(signature, message, publicKey)).toBe(false);
      forgetVerifiedSignatures();
      await checkSignatures([{ signature, message, publicKey }]);
      expect(verifySignature(signature, message, publicKey)).toBe(false);
    });
  }
});
