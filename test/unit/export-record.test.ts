/**
 * The signed ratification record: made by a real final motion on the Debian constitution — delegate keys
 * on the roster, signed votes, the deadline — written as JSON and read back, it verifies on its own; every
 * kind of tampering — a changed clause, a changed choice, a vote from outside the roster, a vote cast
 * twice, a swapped key, a forged tally — is found and said in words.
 */
import { describe, expect, it } from 'vitest';
import type { Choice } from '../../src/ratify/rules.ts';
import { keyFingerprint, toHex } from '../../src/ratify/signing.ts';
import { verifyRatificationRecord, type RatificationRecord } from '../../src/export/record.ts';
import { workspaceRatification, workspaceRecord } from '../../src/export/workspace-facts.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import { debianBlocks, workspaceOf } from '../fixtures/export/corpus-workspace.ts';
import { at, ratifyWhole } from './ratify-helpers.ts';

async function signedRecord(choices: readonly (Choice | null)[] = ['yes', 'yes', 'abstain', 'yes']): Promise<RatificationRecord> {
  const doc = workspaceOf(debianBlocks());
  await ratifyWhole(doc, { choices });
  expect(workspaceRecord(doc, at(30))).toBeUndefined();
  const record = workspaceRecord(doc, at(61));
  if (!record) throw new Error('no record');
  return record;
}

/** The record as a file would give it back: JSON text, parsed. */
const throughJson = (record: unknown): unknown => JSON.parse(JSON.stringify(record, null, 2));

describe('the signed ratification record', () => {
  it('carries the motion, the text and its digest, the roster keys and the signed votes, and verifies on its own', async () => {
    const record = await signedRecord();
    expect(record.text.blocks.length).toBeGreaterThan(150);
    expect(record.roster).toHaveLength(4);
    expect(record.votes).toHaveLength(4);
    expect(record.result).toMatchObject({ yes: 3, no: 0, abstain: 1, notVoted: 0, outcome: 'adopted' });
    expect(record.result.explanation).toBe('Passed: 3 of 4 member votes said yes (3 yes, 0 no, 1 abstention); two-thirds of members (3) required.');
    expect(record.roster.map((r) => r.name)).toContain('Союз');
    const verification = verifyRatificationRecord(throughJson(record));
    expect(verification.problems).toEqual([]);
    expect(verification.valid).toBe(true);
  });

  it('finds a clause changed after the vote', async () => {
    const copy = structuredClone(await signedRecord());
    const clause = copy.text.blocks.find((b) => b.type === 'clause');
    if (clause) clause.text += ' Except on Sundays.';
    const verification = verifyRatificationRecord(throughJson(copy));
    expect(verification.valid).toBe(false);
    expect(verification.problems.join('\n')).toMatch(/The text does not match the digest/);
  });

  it('finds a choice changed after it was signed, and recounts without it', async () => {
    const copy = structuredClone(await signedRecord());
    const vote = copy.votes.find((v) => v.choice === 'abstain');
    if (vote) vote.choice = 'yes';
    const verification = verifyRatificationRecord(throughJson(copy));
    expect(verification.problems.join('\n')).toMatch(/The signature on .*'s vote \("yes"\) does not verify/);
    expect(verification.recount).toMatchObject({ yes: 3, abstain: 0 });
  });

  it('finds a vote from an organization not on the roster, and one cast twice', async () => {
    const record = await signedRecord();
    const [one, two] = record.votes;
    if (!one || !two) throw new Error('the record has no votes');
    const verification = verifyRatificationRecord(throughJson({ ...record, votes: [...record.votes, { ...one, org: 'o_stranger' }, { ...two }] }));
    const said = verification.problems.join('\n');
    expect(said).toMatch(/A vote comes from o_stranger, which has no key on the roster/);
    expect(said).toMatch(/voted more than once/);
  });

  it('finds a roster key swapped for another delegate key', async () => {
    const copy = structuredClone(await signedRecord());
    const [one, two] = copy.roster;
    if (one && two) [one.publicKey, two.publicKey] = [two.publicKey, one.publicKey];
    const verification = verifyRatificationRecord(throughJson(copy));
    expect(verification.problems.filter((p) => p.includes('does not verify'))).toHaveLength(2);
  });

  it('finds a forged tally and outcome', async () => {
    const record = await signedRecord(['yes', 'no', 'no', 'abstain']);
    expect(record.result.outcome).toBe('rejected');
    const forged = { ...record, result: { ...record.result, yes: 3, no: 0, outcome: 'adopted' } };
    const said = verifyRatificationRecord(throughJson(forged)).problems.join('\n');
    expect(said).toMatch(/The record says yes = 3, the signed votes give 1/);
    expect(said).toMatch(/The record says outcome = adopted, the signed votes give rejected/);
  });

  it('counts a member that never joined among the members: it is on the record without a key', async () => {
    const record = await signedRecord(['yes', 'yes', null, null]);
    expect(record.result).toMatchObject({ yes: 2, notVoted: 2, outcome: 'rejected' });
    expect(verifyRatificationRecord(throughJson(record)).valid).toBe(true);
  });

  it('says what is wrong with a file that is not a record', async () => {
    expect(verifyRatificationRecord({ format: 'something else' }).problems[0]).toMatch(/^format: /);
    expect(verifyRatificationRecord(null).valid).toBe(false);
    const record = await signedRecord();
    const bad = verifyRatificationRecord({ ...record, roster: [{ ...record.roster[0], publicKey: 'zz' }] });
    expect(bad.problems.join('\n')).toMatch(/roster\.0\.publicKey/);
  });
});

describe('the export facts of a ratified workspace', () => {
  it('every block ratified, the date, and one row per organization with its vote and key fingerprint', async () => {
    const doc = workspaceOf(debianBlocks().slice(0, 12));
    const orgs = listOrganizations(doc);
    const { keys } = await ratifyWhole(doc, { choices: orgs.map((_, i) => (i === 3 ? 'no' : 'yes')), closesAt: new Date('2026-12-02T09:00:00Z') });
    const [first] = keys;
    if (!first) throw new Error('no keys');
    const facts = workspaceRatification(doc, new Date('2026-12-03T00:00:00Z'));
    expect(facts.ratifiedOn).toBe('2026-12-02');
    expect(facts.finalMotion).toEqual({ outcome: 'adopted', rule: 'two-thirds of members, quorum 50% of members', closedOn: '2026-12-02' });
    expect(facts.record.map((r) => [r.short, r.vote, r.date])).toEqual(orgs.map((o, i) => [o.short, i === 3 ? 'against' : 'for', '2026-12-01']));
    expect(facts.record[0]?.fingerprint).toBe(keyFingerprint(toHex(first.publicKey)));
  });
});
