/**
 * The parliament end to end in the core: motions on clauses, articles, the whole text and the chair;
 * signed votes and changes of vote; closings (the chair's, every member voted, the deadline); void on a
 * text change; locks and amendments; seriatim; weights; rules, membership and keys changed by motion.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editConstitution, readBlocks } from '../../src/constitution/document.ts';
import { setBlockText } from '../../src/constitution/structure.ts';
import {
  applyPassedAmendments,
  bindKey,
  castVote,
  changeSettings,
  closeDueMotions,
  closeMotion,
  handOver,
  openMotion,
  takeReplacedSeat,
  withdrawOrganization,
} from '../../src/ratify/actions.ts';
import { toHex } from '../../src/ratify/signing.ts';
import { readParliament } from '../../src/ratify/parliament.ts';
import { summarizeParliament } from '../../src/ratify/summary.ts';
import { buildExportModel } from '../../src/export/build-model.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { workspaceRatification } from '../../src/export/workspace-facts.ts';
import { writeSetupSettings } from '../../src/ratify/settings.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { idByText } from './core-helpers.ts';
import { workspaceWith } from './core-helpers.ts';
import { newWorkspaceDoc } from '../../src/workspace/doc.ts';
import { addOrganization } from '../../src/workspace/workspace.ts';
import { at, coalition, enrol, key, settle, TEXT, testSigner } from './ratify-helpers.ts';

const JOIN = 'Any organization that accepts these principles may join.';

function motion(doc: Y.Doc, id: string, now: Date) {
  const found = readParliament(doc, now).motions.find((m) => m.id === id);
  if (!found) throw new Error('no motion');
  return found;
}

function statusOf(doc: Y.Doc, blockId: string, now: Date) {
  return readParliament(doc, now).standings.get(blockId)?.status;
}

describe('a motion on a clause', () => {
  it('opens, takes signed votes, passes at its deadline and locks the clause', async () => {
    const c = await coalition(3);
    const clause = idByText(c.doc, JOIN);
    const id = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause, closesAt: at(60) }, at(1));
    expect(statusOf(c.doc, clause, at(2))).toBe('under-vote');
    await castVote(c.doc, key(c, 0), id, 'yes', at(2));
    await castVote(c.doc, key(c, 1), id, 'yes', at(3));
    await castVote(c.doc, key(c, 2), id, 'no', at(4));
    const open = motion(c.doc, id, at(5));
    expect(open.status).toBe('open');
    expect(open.votes.map((v) => v.standing)).toEqual(['counted', 'counted', 'counted']);
    expect(motion(c.doc, id, at(61))).toMatchObject({ status: 'open', due: true });
    expect(await closeDueMotions(c.doc, key(c, 1), at(61))).toBe(1);
    const closed = motion(c.doc, id, at(61));
    expect(closed).toMatchObject({ status: 'passed', closedAt: at(61).toISOString() });
    expect(closed.explanation).toBe('Passed: 2 yes, 1 no, 0 abstentions; a majority of votes cast (2 of 3) required.');
    expect(statusOf(c.doc, clause, at(61))).toBe('ratified');
    await expect(castVote(c.doc, key(c, 2), id, 'yes', at(62))).rejects.toThrow(/closed/);
  });

  it('counts only the latest vote of each organization: a delegate may change their vote until the close', async () => {
    const c = await coalition(3);
    const clause = idByText(c.doc, JOIN);
    const id = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause, closesAt: at(60) }, at(1));
    await castVote(c.doc, key(c, 1), id, 'yes', at(2));
    await castVote(c.doc, key(c, 1), id, 'no', at(3));
    await castVote(c.doc, key(c, 0), id, 'no', at(4));
    await settle(c, id, at(61));
    const report = motion(c.doc, id, at(61));
    expect(report.votes.map((v) => `${v.choice}:${v.standing}`)).toEqual(['yes:replaced', 'no:counted', 'no:counted']);
    expect(report.status).toBe('failed');
    expect(statusOf(c.doc, clause, at(61))).toBe('rejected');
  });

  it('closes as soon as every member has voted, with no chair and no deadline wait', async () => {
    const c = await coalition(3);
    const clause = idByText(c.doc, JOIN);
    const id = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause }, at(1));
    await castVote(c.doc, key(c, 0), id, 'yes', at(2));
    await castVote(c.doc, key(c, 1), id, 'yes', at(3));
    await expect(closeMotion(c.doc, key(c, 1), id, at(4))).rejects.toThrow(/Only the chair closes a vote early/);
    await castVote(c.doc, key(c, 2), id, 'no', at(4));
    expect(await closeDueMotions(c.doc, key(c, 2), at(5))).toBe(1);
    expect(motion(c.doc, id, at(5))).toMatchObject({ status: 'passed', closedAt: at(5).toISOString() });
  });

  it('is void when the text changes while the vote is open, and stays void once closed', async () => {
    const c = await coalition(3);
    const clause = idByText(c.doc, JOIN);
    const id = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause, closesAt: at(60) }, at(1));
    await castVote(c.doc, key(c, 0), id, 'yes', at(2));
    editConstitution(c.doc, (editor) => setBlockText(editor, clause, `${JOIN} Fees apply.`));
    expect(motion(c.doc, id, at(3)).status).toBe('void');
    expect(motion(c.doc, id, at(3)).explanation).toMatch(/^Void: the text changed while the vote was open/);
    await expect(castVote(c.doc, key(c, 1), id, 'yes', at(4))).rejects.toThrow(/void/);
    await settle(c, id, at(61));
    editConstitution(c.doc, (editor) => setBlockText(editor, clause, JOIN));
    expect(motion(c.doc, id, at(62)).status).toBe('void');
    expect(statusOf(c.doc, clause, at(62))).toBe('void');
  });

  it('refuses a second open motion on the same clause, a deadline in the past, and a key not on the roster', async () => {
    const c = await coalition(2);
    const clause = idByText(c.doc, JOIN);
    await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause, closesAt: at(60) }, at(1));
    await expect(openMotion(c.doc, key(c, 1), { kind: 'clause', target: clause, closesAt: at(60) }, at(2))).rejects.toThrow(/already open/);
    const other = idByText(c.doc, 'Each member organization sends one delegate.');
    await expect(openMotion(c.doc, key(c, 1), { kind: 'clause', target: other, closesAt: at(1) }, at(2))).rejects.toThrow(/future/);
    const stranger = await testSigner();
    await expect(openMotion(c.doc, stranger, { kind: 'clause', target: other }, at(2))).rejects.toThrow(/roster/);
  });
});

describe('locks and amendments', () => {
  async function ratified() {
    const c = await coalition(3);
    const clause = idByText(c.doc, JOIN);
    const id = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause, closesAt: at(10) }, at(1));
    for (let i = 0; i < 3; i += 1) await castVote(c.doc, key(c, i), id, 'yes', at(2 + i));
    await settle(c, id, at(5));
    return { ...c, clause };
  }

  it('a ratified clause cannot be edited, split, retyped or deleted through the core', async () => {
    const c = await ratified();
    const before = Y.encodeStateVector(c.doc);
    const attempts: Array<(editor: Parameters<Parameters<typeof editConstitution>[1]>[0]) => void> = [
      (editor) => setBlockText(editor, c.clause, 'Nobody may join.'),
      (editor) => editor.apply({ type: 'remove_node', path: [2], node: { type: 'clause', id: c.clause, children: [{ text: JOIN }] } }),
      (editor) => editor.apply({ type: 'set_node', path: [2], properties: { type: 'clause' }, newProperties: { type: 'section' } }),
      (editor) => editor.apply({ type: 'split_node', path: [2], position: 3, properties: { type: 'clause', id: c.clause } }),
      (editor) => editor.apply({ type: 'merge_node', path: [3], position: 1, properties: {} }),
    ];
    for (const attempt of attempts) {
      let error: unknown;
      try {
        editConstitution(c.doc, attempt);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConcordError);
    }
    expect(readParliament(c.doc, at(11)).standings.get(c.clause)?.status).toBe('ratified');
    expect(Y.encodeStateVector(c.doc)).toEqual(before);
    // Unratified text around it stays editable.
    const next = idByText(c.doc, 'Each member organization sends one delegate.');
    editConstitution(c.doc, (editor) => setBlockText(editor, next, 'Each member sends two delegates.'));
    expect(readBlocks(c.doc).map((b) => b.text)).toContain('Each member sends two delegates.');
  });

  it('an amendment shows its new wording, passes by two-thirds of members and, applied by its mover, changes the text', async () => {
    const c = await ratified();
    const amended = 'Any organization that accepts these principles and pays its dues may join.';
    await expect(openMotion(c.doc, key(c, 1), { kind: 'clause', target: c.clause }, at(11))).rejects.toThrow(/amendment/);
    const id = await openMotion(c.doc, key(c, 1), { kind: 'amendment', target: c.clause, newText: amended, closesAt: at(30) }, at(11));
    const report = motion(c.doc, id, at(12));
    expect(report.newText).toBe(amended);
    expect(report.text.map((b) => b.text)).toEqual([JOIN]);
    await castVote(c.doc, key(c, 0), id, 'yes', at(12));
    await castVote(c.doc, key(c, 1), id, 'yes', at(13));
    await castVote(c.doc, key(c, 2), id, 'no', at(14));
    await settle(c, id, at(14));
    expect(motion(c.doc, id, at(31)).explanation).toBe('Passed: 2 of 3 member votes said yes (2 yes, 1 no, 0 abstentions); two-thirds of members (2) required.');
    expect(applyPassedAmendments(c.doc, c.orgs[0] ?? '', at(31))).toBe(0);
    expect(applyPassedAmendments(c.doc, c.orgs[1] ?? '', at(31))).toBe(1);
    expect(readBlocks(c.doc).find((b) => b.id === c.clause)?.text).toBe(amended);
    const standing = readParliament(c.doc, at(32)).standings.get(c.clause);
    expect(standing).toMatchObject({ status: 'ratified', lockedText: amended, altered: false });
    expect(applyPassedAmendments(c.doc, c.orgs[1] ?? '', at(33))).toBe(0);
    expect(() => editConstitution(c.doc, (editor) => setBlockText(editor, c.clause, JOIN))).toThrow(ConcordError);
  });

  it('a failed amendment leaves the ratified wording in force', async () => {
    const c = await ratified();
    const id = await openMotion(c.doc, key(c, 1), { kind: 'amendment', target: c.clause, newText: 'Nobody may join.', closesAt: at(30) }, at(11));
    await castVote(c.doc, key(c, 1), id, 'yes', at(12));
    await settle(c, id, at(30));
    expect(motion(c.doc, id, at(31)).status).toBe('failed');
    expect(readParliament(c.doc, at(31)).standings.get(c.clause)).toMatchObject({ status: 'ratified', lockedText: JOIN });
  });

  it('a remote edit that got past a lock shows the clause as altered', async () => {
    const c = await ratified();
    const peer = newWorkspaceDoc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(c.doc));
    // The peer's copy predates nothing: simulate a modified client writing straight into the shared text.
    const root = peer.get('constitution', Y.XmlText);
    const delta = root.toDelta();
    const third: unknown = Array.isArray(delta) ? delta[2] : undefined;
    const clauseText = typeof third === 'object' && third !== null && 'insert' in third && third.insert instanceof Y.XmlText ? third.insert : undefined;
    clauseText?.insert(0, 'NOT ');
    Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(peer));
    expect(readParliament(c.doc, at(11)).standings.get(c.clause)).toMatchObject({ status: 'ratified', altered: true, lockedText: JOIN });
    expect(summarizeParliament(c.doc, at(11)).altered).toEqual([c.clause]);
    // The export prints what was ratified, not the altered text.
    const exported = buildExportModel(c.doc, { ratification: workspaceRatification(c.doc, at(11), i18n.getFixedT('en', 'core')) }).blocks.find((b) => b.id === c.clause);
    expect(exported?.text).toBe(JOIN);
  });
});

describe('articles, the whole text, seriatim and weights', () => {
  it('an article motion decides its heading and every clause under it', async () => {
    const c = await coalition(3);
    const article = idByText(c.doc, 'Membership');
    const id = await openMotion(c.doc, key(c, 0), { kind: 'article', target: article, closesAt: at(10) }, at(1));
    expect(motion(c.doc, id, at(2)).text.map((b) => b.type)).toEqual(['article', 'clause', 'clause']);
    for (let i = 0; i < 2; i += 1) await castVote(c.doc, key(c, i), id, 'yes', at(2 + i));
    await settle(c, id, at(10));
    const standings = readParliament(c.doc, at(11)).standings;
    expect(readBlocks(c.doc).map((b) => standings.get(b.id)?.status)).toEqual(['draft', 'ratified', 'ratified', 'ratified', 'draft', 'draft']);
  });

  it('seriatim: clauses are agreed one by one, the preamble last, then one vote on the whole ratifies', async () => {
    const doc = workspaceWith(['preamble:We adopt this.', 'clause:One.', 'clause:Two.']);
    const orgs = [1, 2].map((i) => addOrganization(doc, { name: `Organization ${i}`, short: `O${i}` }).id);
    writeSetupSettings(doc, { seriatim: true });
    const c = { doc, orgs, keys: await enrol(doc, orgs) };
    const [preamble, one, two] = readBlocks(c.doc).map((b) => b.id);
    if (!preamble || !one || !two) throw new Error('blocks');
    const agree = async (target: string, start: number): Promise<void> => {
      const id = await openMotion(c.doc, key(c, 0), { kind: 'clause', target, closesAt: at(start + 5) }, at(start));
      for (let i = 0; i < 2; i += 1) await castVote(c.doc, key(c, i), id, 'yes', at(start + 1 + i));
      await closeDueMotions(c.doc, key(c, 0), at(start + 3));
    };
    await expect(openMotion(c.doc, key(c, 0), { kind: 'clause', target: preamble }, at(1))).rejects.toThrow(/preamble is taken last/);
    await agree(one, 1);
    await expect(openMotion(c.doc, key(c, 0), { kind: 'constitution', target: 'constitution' }, at(7))).rejects.toThrow(/every part/);
    await agree(two, 10);
    await agree(preamble, 20);
    expect(readParliament(c.doc, at(30)).standings.get(one)?.status).toBe('agreed');
    const whole = await openMotion(c.doc, key(c, 0), { kind: 'constitution', target: 'constitution', closesAt: at(40) }, at(30));
    for (let i = 0; i < 2; i += 1) await castVote(c.doc, key(c, i), whole, 'yes', at(31 + i));
    await closeDueMotions(c.doc, key(c, 0), at(33));
    const standings = readParliament(c.doc, at(41)).standings;
    expect([preamble, one, two].map((id) => standings.get(id)?.status)).toEqual(['ratified', 'ratified', 'ratified']);
  });

  it('weighs votes when the coalition sets weights', async () => {
    const doc = workspaceWith(TEXT);
    const orgs = [1, 2, 3].map((i) => addOrganization(doc, { name: `Organization ${i}`, short: `O${i}` }).id);
    writeSetupSettings(doc, { weights: { [orgs[2] ?? '']: 3 } });
    const c = { doc, orgs, keys: await enrol(doc, orgs) };
    const clause = idByText(c.doc, JOIN);
    const id = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause, closesAt: at(10) }, at(1));
    await castVote(c.doc, key(c, 0), id, 'yes', at(2));
    await castVote(c.doc, key(c, 1), id, 'yes', at(3));
    await castVote(c.doc, key(c, 2), id, 'no', at(4));
    await closeDueMotions(c.doc, key(c, 0), at(5));
    const report = motion(c.doc, id, at(11));
    expect(report.outcome).toMatchObject({ yes: 2, no: 3 });
    expect(report.status).toBe('failed');
  });
});

describe('the chair', () => {
  it('is elected by a majority of members for a year; then only the chair opens and may close early; after the term anyone opens again', async () => {
    const c = await coalition(3);
    const [o1, o2] = c.orgs;
    if (!o1 || !o2) throw new Error('orgs');
    const election = await openMotion(c.doc, key(c, 2), { kind: 'chair', target: o1, closesAt: at(10) }, at(1));
    await castVote(c.doc, key(c, 1), election, 'yes', at(2));
    await castVote(c.doc, key(c, 2), election, 'yes', at(3));
    await settle(c, election, at(10));
    const parliament = readParliament(c.doc, at(11));
    expect(parliament.chair).toMatchObject({ org: o1, from: at(10).toISOString(), until: new Date(at(10).getTime() + 365 * 86_400_000).toISOString() });
    const clause = idByText(c.doc, JOIN);
    await expect(openMotion(c.doc, key(c, 1), { kind: 'clause', target: clause }, at(12))).rejects.toThrow(/only the chair/);
    const id = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause, closesAt: at(100) }, at(12));
    await castVote(c.doc, key(c, 0), id, 'yes', at(13));
    await castVote(c.doc, key(c, 1), id, 'yes', at(14));
    await expect(closeMotion(c.doc, key(c, 1), id, at(15))).rejects.toThrow(/Only the chair closes a vote early/);
    await closeMotion(c.doc, key(c, 0), id, at(15));
    expect(motion(c.doc, id, at(16))).toMatchObject({ status: 'passed', closedAt: at(15).toISOString() });
    const afterTerm = new Date(at(10).getTime() + 366 * 86_400_000);
    expect(readParliament(c.doc, afterTerm).chair).toBeUndefined();
    const other = idByText(c.doc, 'Each member organization sends one delegate.');
    await expect(openMotion(c.doc, key(c, 1), { kind: 'clause', target: other, closesAt: new Date(afterTerm.getTime() + 60_000) }, afterTerm)).resolves.toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the coalition’s rules, membership and keys, by the parliament', () => {
  it('rules are free while setting up and change only by a passed motion once founded; a motion keeps the rules it opened under', async () => {
    const c = await coalition(3);
    expect(() => changeSettings(c.doc, { seriatim: true }, at(2))).toThrow(/only by a motion on the rules/);
    const clause = idByText(c.doc, JOIN);
    const id = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause, closesAt: at(10) }, at(1));
    await expect(openMotion(c.doc, key(c, 0), { kind: 'rules', target: 'rules', settings: { seriatim: true } }, at(2))).rejects.toThrow(/while a vote is open/);
    for (const [i, choice] of (['yes', 'yes', 'no'] as const).entries()) await castVote(c.doc, key(c, i), id, choice, at(2 + i));
    await closeDueMotions(c.doc, key(c, 0), at(5));
    expect(motion(c.doc, id, at(11)).status).toBe('passed');
    const unanimity = { ...readParliament(c.doc, at(12)).settings.rules, clause: { base: 'members', threshold: 'unanimity', quorum: 1, abstentions: 'excluded' } } as const;
    const change = await openMotion(c.doc, key(c, 0), { kind: 'rules', target: 'rules', settings: { rules: unanimity } }, at(12));
    for (let i = 0; i < 3; i += 1) await castVote(c.doc, key(c, i), change, 'yes', at(13));
    await closeDueMotions(c.doc, key(c, 0), at(14));
    expect(motion(c.doc, id, at(15))).toMatchObject({ status: 'passed', rule: { threshold: 'majority', base: 'cast' } });
    const next = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: idByText(c.doc, 'Each member organization sends one delegate.'), closesAt: at(30) }, at(15));
    expect(motion(c.doc, next, at(16)).rule.threshold).toBe('unanimity');
  });

  it('admits and removes members by motion; a removed member stays named and closed results do not change', async () => {
    const c = await coalition(3);
    const clause = idByText(c.doc, JOIN);
    const first = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause }, at(1));
    for (const [i, choice] of (['yes', 'yes', 'no'] as const).entries()) await castVote(c.doc, key(c, i), first, choice, at(2));
    await closeDueMotions(c.doc, key(c, 0), at(3));
    const before = motion(c.doc, first, at(3)).explanation;
    const admit = await openMotion(c.doc, key(c, 0), { kind: 'admit', target: '', name: 'New Organization', short: 'NEW' }, at(4));
    for (let i = 0; i < 3; i += 1) await castVote(c.doc, key(c, i), admit, 'yes', at(5));
    await closeDueMotions(c.doc, key(c, 0), at(6));
    const newcomer = motion(c.doc, admit, at(6)).target;
    const newKey = await testSigner();
    await bindKey(c.doc, newcomer, newKey, at(7));
    expect(readParliament(c.doc, at(7)).members.map((m) => m.org)).toContain(newcomer);
    const remove = await openMotion(c.doc, key(c, 0), { kind: 'remove', target: c.orgs[2] ?? '' }, at(8));
    for (const signer of [key(c, 0), key(c, 1), newKey]) await castVote(c.doc, signer, remove, 'yes', at(9));
    await castVote(c.doc, key(c, 2), remove, 'no', at(9));
    await closeDueMotions(c.doc, key(c, 0), at(10));
    const parliament = readParliament(c.doc, at(11));
    expect(parliament.members.map((m) => m.org)).not.toContain(c.orgs[2]);
    expect(parliament.organizations.get(c.orgs[2] ?? '')).toMatchObject({ short: 'O3', status: 'removed', since: at(10).toISOString() });
    expect(motion(c.doc, first, at(11)).explanation).toBe(before);
    expect(motion(c.doc, first, at(11)).votes.map((v) => v.standing)).toEqual(['counted', 'counted', 'counted']);
    await expect(
      castVote(
        c.doc,
        key(c, 2),
        await openMotion(c.doc, key(c, 0), { kind: 'clause', target: idByText(c.doc, 'Each member organization sends one delegate.') }, at(12)),
        'yes',
        at(13),
      ),
    ).rejects.toThrow(/roster/);
  });

  it('an organization withdraws itself, signed by its own delegate only', async () => {
    const c = await coalition(3);
    await expect(withdrawOrganization(c.doc, key(c, 0), c.orgs[1] ?? '', at(1))).rejects.toThrow(/own delegate/);
    await withdrawOrganization(c.doc, key(c, 1), c.orgs[1] ?? '', at(1));
    expect(readParliament(c.doc, at(2)).organizations.get(c.orgs[1] ?? '')?.status).toBe('withdrawn');
  });

  it('a delegate hands the seat to a new key; a lost key is replaced by motion; votes cast before stay counted', async () => {
    const c = await coalition(3);
    const clause = idByText(c.doc, JOIN);
    const id = await openMotion(c.doc, key(c, 0), { kind: 'clause', target: clause, closesAt: at(60) }, at(1));
    await castVote(c.doc, key(c, 1), id, 'yes', at(2));
    const laptop = await testSigner();
    await handOver(c.doc, c.orgs[1] ?? '', key(c, 1), laptop, at(3));
    await expect(castVote(c.doc, key(c, 1), id, 'no', at(4))).rejects.toThrow(/roster/);
    await castVote(c.doc, key(c, 0), id, 'yes', at(4));
    await settle(c, id, at(60));
    expect(
      motion(c.doc, id, at(61))
        .votes.filter((v) => v.standing === 'counted')
        .map((v) => v.org)
        .sort(),
    ).toEqual([c.orgs[0], c.orgs[1]].sort());
    expect(
      readParliament(c.doc, at(61))
        .roster.keys.get(c.orgs[1] ?? '')
        ?.at(-1)?.key,
    ).toBe(toHex(laptop.publicKey));
    // O3 lost its key: the parliament gives its seat to a new one, which then takes it.
    const spare = await testSigner();
    const replace = await openMotion(c.doc, key(c, 0), { kind: 'replace-key', target: c.orgs[2] ?? '', key: toHex(spare.publicKey) }, at(62));
    for (const signer of [key(c, 0), laptop]) await castVote(c.doc, signer, replace, 'yes', at(63));
    await settle(c, replace, at(62 + 7 * 24 * 60));
    await takeReplacedSeat(c.doc, c.orgs[2] ?? '', spare, at(62 + 7 * 24 * 60 + 1));
    expect(
      readParliament(c.doc, at(62 + 7 * 24 * 60 + 2))
        .roster.keys.get(c.orgs[2] ?? '')
        ?.at(-1)?.key,
    ).toBe(toHex(spare.publicKey));
  });
});
