/**
 * The signed ratification record: made from a final motion on the Debian constitution with real ed25519
 * delegate keys, written as JSON and read back, it verifies on its own; every kind of tampering — a changed
 * clause, a changed choice, a vote from outside the roster, a vote cast twice, a swapped key, a forged
 * tally — is found and said in words. The rules count as DESIGN.md describes.
 */
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/constitution/document.ts';
import {
  keyFingerprint,
  ratificationRecord,
  tally,
  textDigest,
  verifyRatificationRecord,
  voteMessage,
  type Choice,
  type RatificationRecord,
  type Rule,
} from '../../src/export/record.ts';
import { listOrganizations, readMeta } from '../../src/workspace/workspace.ts';
import { debianBlocks, workspaceOf } from '../fixtures/export/corpus-workspace.ts';

ed.hashes.sha512 = sha512;

const RULE: Rule = { threshold: 'two-thirds', of: 'members', quorum: 3 };

function signedRecord(choices: readonly Choice[] = ['for', 'for', 'abstain', 'for']): { record: RatificationRecord; secrets: Map<string, Uint8Array> } {
  const doc = workspaceOf(debianBlocks());
  const blocks = readBlocks(doc);
  const digest = textDigest(blocks);
  const motionId = 'm_final';
  const secrets = new Map<string, Uint8Array>();
  const orgs = listOrganizations(doc);
  const roster = orgs.map((org) => {
    const { secretKey, publicKey } = ed.keygen();
    secrets.set(org.id, secretKey);
    return { org: org.id, name: org.name, short: org.short, publicKey };
  });
  const votes = orgs.flatMap((org, i) => {
    const choice = choices[i];
    const secret = secrets.get(org.id);
    if (choice === undefined || secret === undefined) return [];
    return [{ org: org.id, choice, castAt: `2026-03-1${i}T10:00:00Z`, signature: ed.sign(voteMessage(motionId, digest, choice), secret) }];
  });
  const meta = readMeta(doc);
  const record = ratificationRecord({
    coalition: { id: meta.id, name: meta.name },
    motion: { id: motionId, rule: RULE, openedAt: '2026-03-01T09:00:00Z', closedAt: '2026-03-14T18:00:00Z' },
    blocks,
    roster,
    votes,
  });
  return { record, secrets };
}

/** The record as a file would give it back: JSON text, parsed. */
const throughJson = (record: unknown): unknown => JSON.parse(JSON.stringify(record, null, 2));

describe('the signed ratification record', () => {
  it('carries the motion, the text and its digest, the roster keys and the signed votes, and verifies on its own', () => {
    const { record } = signedRecord();
    expect(record.text.blocks.length).toBeGreaterThan(150);
    expect(record.roster).toHaveLength(4);
    expect(record.votes).toHaveLength(4);
    expect(record.result).toEqual({ for: 3, against: 0, abstain: 1, notVoted: 0, outcome: 'adopted' });
    expect(record.roster.map((r) => r.name)).toContain('Союз');
    const verification = verifyRatificationRecord(throughJson(record));
    expect(verification.problems).toEqual([]);
    expect(verification.valid).toBe(true);
  });

  it('finds a clause changed after the vote', () => {
    const { record } = signedRecord();
    const copy = structuredClone(record);
    const clause = copy.text.blocks.find((b) => b.type === 'clause');
    if (clause) clause.text += ' Except on Sundays.';
    const verification = verifyRatificationRecord(throughJson(copy));
    expect(verification.valid).toBe(false);
    expect(verification.problems.join('\n')).toMatch(/The text does not match the digest/);
  });

  it('finds a choice changed after it was signed, and recounts without it', () => {
    const { record } = signedRecord();
    const copy = structuredClone(record);
    const vote = copy.votes[2];
    if (vote) vote.choice = 'for';
    const verification = verifyRatificationRecord(throughJson(copy));
    expect(verification.problems.join('\n')).toMatch(/The signature on Partido Socialismo y Liberación's vote \("for"\) does not verify/);
    expect(verification.recount).toMatchObject({ for: 3, abstain: 0 });
  });

  it('finds a vote from an organization not on the roster, and one cast twice', () => {
    const { record } = signedRecord();
    const [first, second] = record.votes;
    if (!first || !second) throw new Error('the record has no votes');
    const verification = verifyRatificationRecord(throughJson({ ...record, votes: [...record.votes, { ...first, org: 'o_stranger' }, { ...second }] }));
    const said = verification.problems.join('\n');
    expect(said).toMatch(/A vote comes from o_stranger, which is not on the roster/);
    expect(said).toMatch(/voted more than once/);
  });

  it('finds a roster key swapped for another delegate key', () => {
    const { record } = signedRecord();
    const copy = structuredClone(record);
    const [first, second] = copy.roster;
    if (first && second) [first.publicKey, second.publicKey] = [second.publicKey, first.publicKey];
    const verification = verifyRatificationRecord(throughJson(copy));
    expect(verification.problems.filter((p) => p.includes('does not verify'))).toHaveLength(2);
  });

  it('finds a forged tally and outcome', () => {
    const { record } = signedRecord(['for', 'against', 'against', 'abstain']);
    expect(record.result.outcome).toBe('rejected');
    const forged = { ...record, result: { ...record.result, for: 3, against: 0, outcome: 'adopted' } };
    const said = verifyRatificationRecord(throughJson(forged)).problems.join('\n');
    expect(said).toMatch(/The record says for = 3, the signed votes give 1/);
    expect(said).toMatch(/The record says outcome = adopted, the signed votes give rejected/);
  });

  it('says what is wrong with a file that is not a record', () => {
    expect(verifyRatificationRecord({ format: 'something else' }).problems[0]).toMatch(/^format: /);
    expect(verifyRatificationRecord(null).valid).toBe(false);
    const { record } = signedRecord();
    const bad = verifyRatificationRecord({ ...record, roster: [{ ...record.roster[0], publicKey: 'zz' }] });
    expect(bad.problems.join('\n')).toMatch(/roster\.0\.publicKey: 32 bytes in lower-case hex/);
  });
});

describe('rules and fingerprints', () => {
  const votes = (yes: number, no: number, abstain: number): { choice: Choice }[] => [
    ...Array.from({ length: yes }, () => ({ choice: 'for' as const })),
    ...Array.from({ length: no }, () => ({ choice: 'against' as const })),
    ...Array.from({ length: abstain }, () => ({ choice: 'abstain' as const })),
  ];

  it.each([
    ['majority', 'members', 0, [6, 0, 0], 12, 'rejected'],
    ['majority', 'members', 0, [7, 0, 0], 12, 'adopted'],
    ['majority', 'voting', 0, [4, 3, 5], 12, 'adopted'],
    ['two-thirds', 'members', 0, [8, 4, 0], 12, 'adopted'],
    ['two-thirds', 'members', 0, [7, 0, 5], 12, 'rejected'],
    ['two-thirds', 'voting', 0, [6, 3, 3], 12, 'adopted'],
    ['three-quarters', 'members', 0, [9, 3, 0], 12, 'adopted'],
    ['three-quarters', 'voting', 0, [5, 2, 0], 12, 'rejected'],
    ['unanimity', 'members', 0, [11, 0, 1], 12, 'rejected'],
    ['unanimity', 'voting', 0, [11, 0, 1], 12, 'adopted'],
    ['majority', 'voting', 8, [5, 1, 1], 12, 'rejected'],
    ['majority', 'voting', 0, [0, 0, 3], 12, 'rejected'],
  ] as const)('%s of %s, quorum %i, votes %j of %i: %s', (threshold, of, quorum, [yes, no, abstain], members, outcome) => {
    expect(tally(votes(yes, no, abstain), members, { threshold, of, quorum }).outcome).toBe(outcome);
  });

  it('gives a short, stable fingerprint of a key', () => {
    const key = new Uint8Array(32).fill(7);
    expect(keyFingerprint(key)).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
    expect(keyFingerprint(key)).toBe(keyFingerprint(new Uint8Array(32).fill(7)));
    expect(keyFingerprint(key)).not.toBe(keyFingerprint(new Uint8Array(32).fill(8)));
  });
});
