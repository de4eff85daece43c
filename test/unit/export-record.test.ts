/**
 * The signed ratification record: made by a real final motion on the Debian constitution — delegate keys
 * on the roster, signed votes, a signed closing — written as JSON and read back, it verifies on its own
 * from the statements it carries; every tampering the red team tried — a clause changed, members dropped,
 * the rule relaxed, weights changed, a key swapped and its vote re-signed, a record forged from scratch
 * with new keys, the explanation rewritten, dates moved — is found and said in words, or (forged from
 * scratch) shows other key fingerprints than the delegates'.
 */
import { describe, expect, it } from 'vitest';
import type { Choice } from '../../src/ratify/rules.ts';
import { keyFingerprint, toHex } from '../../src/ratify/signing.ts';
import { canonicalJson, parseStatement, signStatement, type Body } from '../../src/ratify/statement.ts';
import { verifyRatificationRecord, type RatificationRecord } from '../../src/export/record.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { workspaceRatification, workspaceRecord } from '../../src/export/workspace-facts.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import { debianBlocks, workspaceOf } from '../fixtures/export/corpus-workspace.ts';
import { at, ratifyWhole, testSigner } from './ratify-helpers.ts';

async function signedRecord(
  choices: readonly (Choice | null)[] = ['yes', 'yes', 'abstain', 'yes'],
): Promise<{ record: RatificationRecord; keys: Awaited<ReturnType<typeof ratifyWhole>>['keys'] }> {
  const doc = workspaceOf(debianBlocks());
  const { keys } = await ratifyWhole(doc, { choices });
  const record = workspaceRecord(doc, at(61));
  if (!record) throw new Error('no record');
  return { record, keys };
}

/** The record as a file would give it back: JSON text, parsed. */
const throughJson = (record: unknown): unknown => JSON.parse(JSON.stringify(record, null, 2));

function said(record: unknown): string {
  return verifyRatificationRecord(throughJson(record)).problems.join('\n');
}

/** The record's statements with one of them replaced by `change` of its body, re-signed by `signer` when given. */
async function rewritten(
  record: RatificationRecord,
  pick: (body: Body) => boolean,
  change: (body: Body) => Body,
  signer?: Parameters<typeof signStatement>[1],
): Promise<RatificationRecord> {
  const statements = await Promise.all(
    record.statements.map(async (stored) => {
      const statement = parseStatement(stored);
      if (!statement || !pick(statement.body)) return stored;
      const body = change(statement.body);
      if (signer) return (await signStatement(body, signer)).stored;
      return JSON.stringify({ body: canonicalJson(body), signature: statement.signature });
    }),
  );
  return { ...record, statements };
}

describe('the signed ratification record', () => {
  it('carries the founding, the roster, the motion, the votes and the closing, and verifies on its own', async () => {
    const { record, keys } = await signedRecord();
    expect(record.text.blocks.length).toBeGreaterThan(150);
    expect(record.members).toHaveLength(4);
    expect(record.statements.map((s) => parseStatement(s)?.body.kind).sort()).toEqual(['bind', 'bind', 'bind', 'close', 'found', 'open', 'vote', 'vote', 'vote', 'vote']);
    expect(record.result).toMatchObject({ yes: 3, no: 0, abstain: 1, notVoted: 0, outcome: 'adopted' });
    expect(record.result.explanation).toBe('Passed: 3 of 4 member votes said yes (3 yes, 0 no, 1 abstention); two-thirds of members (3) required.');
    expect(record.members.map((r) => r.name)).toContain('Союз');
    const verification = verifyRatificationRecord(throughJson(record));
    expect(verification.problems).toEqual([]);
    expect(verification.valid).toBe(true);
    expect(verification.fingerprints.map((f) => f.fingerprint).sort()).toEqual(keys.map((k) => keyFingerprint(toHex(k.publicKey))).sort());
  });

  it('finds a clause changed after the vote', async () => {
    const copy = structuredClone((await signedRecord()).record);
    const clause = copy.text.blocks.find((b) => b.type === 'clause');
    if (clause) clause.text += ' Except on Sundays.';
    expect(said(copy)).toMatch(/The text it shows is not the text the motion’s opening signed/);
  });

  it('finds "no" members dropped from the motion', async () => {
    const { record } = await signedRecord(['yes', 'no', 'no', 'yes']);
    const dropped = await rewritten(
      record,
      (b) => b.kind === 'open',
      (b) => (b.kind === 'open' ? { ...b, terms: { ...b.terms, members: b.terms.members.slice(0, 1) } } : b),
    );
    expect(said(dropped)).toMatch(/Its signature does not verify/);
    expect(said({ ...record, members: record.members.slice(0, 2) })).toMatch(/The members and keys it lists are not the ones its statements give/);
  });

  it('finds the rule relaxed and the weights changed', async () => {
    const { record } = await signedRecord(['yes', 'no', 'no', 'yes']);
    const relaxed = await rewritten(
      record,
      (b) => b.kind === 'open',
      (b) => (b.kind === 'open' ? { ...b, terms: { ...b.terms, rule: { ...b.terms.rule, threshold: 'majority', base: 'cast' } } } : b),
    );
    expect(said(relaxed)).toMatch(/does not verify/);
    const weighted = await rewritten(
      record,
      (b) => b.kind === 'open',
      (b) => (b.kind === 'open' ? { ...b, terms: { ...b.terms, weights: { [b.terms.members[0] ?? '']: 5 } } } : b),
    );
    expect(said(weighted)).toMatch(/does not verify/);
  });

  it('finds one organization’s key swapped and its vote re-signed with the new key', async () => {
    const { record } = await signedRecord(['yes', 'no', 'no', 'yes']);
    const intruder = await testSigner();
    const first = parseStatement(record.statements.find((s) => parseStatement(s)?.body.kind === 'bind'))?.body;
    if (first?.kind !== 'bind') throw new Error('no binding');
    const swapped = await rewritten(
      record,
      (b) => b.kind === 'bind' && b.org === first.org,
      (b) => ({ ...b, by: toHex(intruder.publicKey), ...(b.kind === 'bind' ? { key: toHex(intruder.publicKey) } : {}) }),
      intruder,
    );
    const revoted = await rewritten(
      swapped,
      (b) => b.kind === 'vote' && b.org === first.org,
      (b) => ({ ...b, by: toHex(intruder.publicKey), ...(b.kind === 'vote' ? { choice: 'yes' } : {}) }),
      intruder,
    );
    const text = said(revoted);
    expect(text).toMatch(/builds on a statement this copy does not have/);
    expect(verifyRatificationRecord(throughJson(revoted)).valid).toBe(false);
  });

  it('a record forged from scratch with new keys verifies only on its own terms: its fingerprints are not the delegates’', async () => {
    const genuine = await signedRecord(['yes', 'no', 'no', 'yes']);
    const forged = await signedRecord(['yes', 'yes', 'yes', 'yes']);
    const forgery = { ...forged.record, coalition: genuine.record.coalition };
    // Signed for another coalition id: every statement says so.
    expect(said(forgery)).toMatch(/signed for another coalition/);
    // Even a self-consistent forgery shows keys that are not the delegates' real ones.
    const theirs = verifyRatificationRecord(throughJson(forged.record)).fingerprints.map((f) => f.fingerprint);
    const real = genuine.keys.map((k) => keyFingerprint(toHex(k.publicKey)));
    expect(theirs.some((f) => real.includes(f))).toBe(false);
  });

  it('finds the explanation rewritten, a forged tally and moved dates', async () => {
    const { record } = await signedRecord(['yes', 'no', 'no', 'abstain']);
    expect(record.result.outcome).toBe('rejected');
    expect(said({ ...record, result: { ...record.result, explanation: 'Passed: unanimously.' } })).toMatch(/The record says explanation = "Passed: unanimously."/);
    const tally = said({ ...record, result: { ...record.result, yes: 3, no: 0, outcome: 'adopted' } });
    expect(tally).toMatch(/The record says yes = 3; the signed statements give 1/);
    expect(tally).toMatch(/The record says outcome = "adopted"; the signed statements give "rejected"/);
    const moved = await rewritten(
      record,
      (b) => b.kind === 'close',
      (b) => ({ ...b, at: at(0).toISOString() }),
    );
    expect(said(moved)).toMatch(/does not verify/);
  });

  it('counts a member that never voted among the members', async () => {
    const { record } = await signedRecord(['yes', 'yes', null, null]);
    expect(record.result).toMatchObject({ yes: 2, notVoted: 2, outcome: 'rejected' });
    expect(verifyRatificationRecord(throughJson(record)).valid).toBe(true);
  });

  it('says what is wrong with a file that is not a record', async () => {
    expect(verifyRatificationRecord({ format: 'something else' }).problems[0]).toMatch(/^format: /);
    expect(verifyRatificationRecord(null).valid).toBe(false);
    const { record } = await signedRecord();
    expect(said({ ...record, statements: ['not a statement'] })).toMatch(/not well-formed signed statements/);
  });
});

describe('the export facts of a ratified workspace', () => {
  it('every block ratified, the date, and one row per organization with its vote and key fingerprint', async () => {
    const doc = workspaceOf(debianBlocks().slice(0, 12));
    const orgs = listOrganizations(doc);
    const { keys } = await ratifyWhole(doc, { choices: orgs.map((_, i) => (i === 3 ? 'no' : 'yes')), closesAt: new Date('2026-12-02T09:00:00Z') });
    const [first] = keys;
    if (!first) throw new Error('no keys');
    const facts = workspaceRatification(doc, new Date('2026-12-03T00:00:00Z'), i18n.getFixedT('en', 'core'));
    expect(facts.ratifiedOn).toBe('2026-12-02');
    expect(facts.finalMotion).toEqual({ outcome: 'adopted', rule: 'two-thirds of members, quorum 50% of members', closedOn: '2026-12-02' });
    expect(facts.record.map((r) => [r.short, r.vote, r.date])).toEqual(orgs.map((o, i) => [o.short, i === 3 ? 'against' : 'for', '2026-12-01']));
    expect(facts.record[0]?.fingerprint).toBe(keyFingerprint(toHex(first.publicKey)));
  });
});
