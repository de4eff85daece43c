/**
 * Meetings in the signed record: convening, the roll call, adjourning with minutes and adopting them by a
 * motion at the next meeting; the agenda built from the record (the chair's election when there is no
 * chair or the term ends); the minutes Concord writes; and what a hostile delegate cannot do with them.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { adjournMeeting, answerRollCall, castVote, closeMotion, conveneMeeting, openMotion } from '../../src/ratify/actions.ts';
import { currentItem, meetingAgenda, meetingInSession, nextMeetingDate } from '../../src/ratify/agenda.ts';
import { writeMinutes } from '../../src/ratify/minutes.ts';
import { currentSeat, readParliament } from '../../src/ratify/parliament.ts';
import { signStatement } from '../../src/ratify/statement.ts';
import { appendStatements } from '../../src/ratify/statement-log.ts';
import { summarizeParliament } from '../../src/ratify/summary.ts';
import { toHex } from '../../src/ratify/signing.ts';
import { newWorkspaceDoc } from '../../src/workspace/doc.ts';
import { readBlocks } from '../../src/constitution/document.ts';
import { at, coalition, key, type Coalition } from './ratify-helpers.ts';

const when = (iso: string): string => iso.slice(0, 16).replace('T', ' ');

async function meetingWithChair(c: Coalition): Promise<string> {
  const meeting = await conveneMeeting(c.doc, key(c, 0), { date: at(10), schedule: 'weekly', link: 'https://meet.example.org/coalition' }, at(5));
  for (let i = 0; i < 3; i += 1) await answerRollCall(c.doc, key(c, i), meeting, at(10 + i));
  const election = await openMotion(c.doc, key(c, 0), { kind: 'chair', target: c.orgs[1] ?? '' }, at(15));
  for (let i = 0; i < c.keys.length - 1; i += 1) await castVote(c.doc, key(c, i), election, 'yes', at(16 + i));
  // No chair yet and one member still to vote: nobody may close it early.
  await expect(closeMotion(c.doc, key(c, 0), election, at(19))).rejects.toThrow(/unless every member has voted/);
  await castVote(c.doc, key(c, c.keys.length - 1), election, 'yes', at(19));
  await closeMotion(c.doc, key(c, 2), election, at(20), c.orgs.slice(0, 3));
  return meeting;
}

/** A modified client's replica: it writes what it likes, then the two merge. */
function hostile(c: Coalition, write: (doc: Y.Doc) => Promise<void>): Promise<void> {
  const peer = newWorkspaceDoc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(c.doc));
  const before = Y.encodeStateVector(peer);
  return write(peer).then(() => Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(peer, before)));
}

describe('a meeting in the signed record', () => {
  it('keeps the roll call, closes an election in the room once everyone voted, and records who was present', async () => {
    const c = await coalition(4);
    const meeting = await meetingWithChair(c);
    const after = readParliament(c.doc, at(21));
    const report = after.meetings.find((m) => m.id === meeting);
    expect(report?.attendance.map((a) => a.org)).toEqual(c.orgs.slice(0, 3));
    expect(report?.link).toBe('https://meet.example.org/coalition');
    // Elected in the room, twenty minutes into a vote whose deadline is a week away.
    expect(after.chair?.org).toBe(c.orgs[1]);
    expect(after.motions[0]?.closedAt).toBe(at(20).toISOString());
    expect(after.motions[0]?.present).toEqual([...c.orgs.slice(0, 3)].sort());
    expect(meetingInSession(after, at(21))?.id).toBe(meeting);
  });

  it('puts the chair’s election on the agenda with no chair, and again when the term ends before the next meeting', async () => {
    const c = await coalition(3);
    const first = await conveneMeeting(c.doc, key(c, 0), { date: at(10), schedule: 'weekly', link: '' }, at(5));
    let p = readParliament(c.doc, at(11));
    let agenda = meetingAgenda(p, p.meetings[0] ?? fail());
    expect(agenda.map((i) => i.kind)).toEqual(['chair']);
    expect(currentItem(agenda)?.state).toBe('to-open');
    const election = await openMotion(c.doc, key(c, 0), { kind: 'chair', target: c.orgs[0] ?? '' }, at(12));
    for (let i = 0; i < 3; i += 1) await castVote(c.doc, key(c, i), election, 'yes', at(13));
    await closeMotion(c.doc, key(c, 1), election, at(14));
    p = readParliament(c.doc, at(15));
    agenda = meetingAgenda(p, p.meetings[0] ?? fail());
    expect(agenda.map((i) => [i.kind, i.state])).toEqual([['chair', 'decided']]);
    expect(currentItem(agenda)).toBeUndefined();
    await adjournMeeting(c.doc, key(c, 0), first, 'Minutes.', at(30));
    // A year later, a week before the term ends: the successor is on the agenda.
    const term = p.chair?.until ?? '';
    const late = new Date(Date.parse(term) - 3 * 24 * 3600 * 1000);
    await conveneMeeting(c.doc, key(c, 0), { date: late, schedule: 'weekly', link: '' }, new Date(late.getTime() - 60_000));
    p = readParliament(c.doc, late);
    const second = p.meetings.at(-1) ?? fail();
    expect(meetingAgenda(p, second).map((i) => [i.kind, i.state])).toEqual([
      ['minutes', 'to-open'],
      ['chair', 'to-open'],
    ]);
  });

  it('adopts the chair’s minutes by a motion at the next meeting; other minutes cannot be slipped in', async () => {
    const c = await coalition(3);
    const meeting = await meetingWithChair(c);
    await adjournMeeting(c.doc, key(c, 1), meeting, '# Minutes\n\nAll present.', at(40));
    const next = await conveneMeeting(c.doc, key(c, 1), { date: at(60 * 24 * 7), schedule: 'weekly', link: '' }, at(60));
    const motion = await openMotion(c.doc, key(c, 1), { kind: 'minutes', target: meeting }, at(60 * 24 * 7 + 1));
    // While the parliament votes on them, the minutes cannot change under the vote.
    await expect(adjournMeeting(c.doc, key(c, 1), meeting, 'Quietly rewritten.', at(60 * 24 * 7 + 1))).rejects.toThrow(/voting on these minutes/);
    for (let i = 0; i < 3; i += 1) await castVote(c.doc, key(c, i), motion, 'yes', at(60 * 24 * 7 + 2));
    await closeMotion(c.doc, key(c, 1), motion, at(60 * 24 * 7 + 3));
    const p = readParliament(c.doc, at(60 * 24 * 7 + 4));
    expect(p.meetings.find((m) => m.id === meeting)?.adoptedBy).toBe(motion);
    expect(meetingAgenda(p, p.meetings.find((m) => m.id === next) ?? fail()).map((i) => [i.kind, i.state])).toEqual([['minutes', 'decided']]);
    await expect(adjournMeeting(c.doc, key(c, 1), meeting, 'Rewritten.', at(60 * 24 * 7 + 5))).rejects.toThrow(/already adopted/);
  });

  it('refuses a hostile delegate’s meeting, roll call and minutes', async () => {
    const c = await coalition(3);
    const meeting = await meetingWithChair(c);
    const chair = c.orgs[1] ?? '';
    const p = readParliament(c.doc, at(25));
    await hostile(c, async (doc) => {
      const by = toHex(key(c, 2).publicKey);
      const seat = currentSeat(p.roster, c.orgs[2] ?? '');
      const common = { coalition: p.coalition, by, seat };
      const sign = async (body: Parameters<typeof signStatement>[0]): Promise<void> => appendStatements(doc, [(await signStatement(body, key(c, 2))).stored]);
      // Answering the roll call for another organization, convening over the chair, adjourning and writing minutes.
      await sign({ kind: 'attend', ...common, at: at(26).toISOString(), meeting, org: c.orgs[0] ?? '' });
      await sign({ kind: 'meeting', ...common, at: at(26).toISOString(), founding: p.founding, date: at(30).toISOString(), schedule: 'monthly', link: 'https://evil.example' });
      await sign({ kind: 'adjourn', ...common, at: at(27).toISOString(), meeting, minutes: 'Nothing was decided.' });
    });
    const after = readParliament(c.doc, at(28));
    expect(after.meetings.map((m) => m.id)).toEqual([meeting]);
    const report = after.meetings[0];
    expect(report?.adjournedAt).toBe('');
    expect(report?.attendance.map((a) => a.org)).toEqual(c.orgs.slice(0, 3));
    const messages = after.problems.map((x) => x.message).join('\n');
    expect(messages).toMatch(/own delegate answers the roll call/);
    expect(messages).toMatch(/Only the chair convenes/);
    expect(messages).toMatch(/Only the meeting’s chair adjourns/);
    expect(after.chair?.org).toBe(chair);
    await expect(conveneMeeting(c.doc, key(c, 0), { date: at(50), schedule: 'weekly', link: 'javascript:alert(1)' }, at(45))).rejects.toThrow(/chair convenes/);
    await expect(conveneMeeting(c.doc, key(c, 1), { date: at(50), schedule: 'weekly', link: 'javascript:alert(1)' }, at(45))).rejects.toThrow(/https/);
  });

  it('writes the minutes of a meeting with three motions from the record', async () => {
    const c = await coalition(4);
    const meeting = await meetingWithChair(c);
    const blocks = readBlocks(c.doc);
    const clause = blocks.find((b) => b.type === 'clause')?.id ?? '';
    const vote = async (motion: string, choices: readonly ('yes' | 'no' | 'abstain' | null)[], minute: number): Promise<void> => {
      for (const [i, choice] of choices.entries()) if (choice) await castVote(c.doc, key(c, i), motion, choice, at(minute));
    };
    const second = await openMotion(c.doc, key(c, 1), { kind: 'clause', target: clause }, at(22));
    await vote(second, ['yes', 'yes', 'no', 'abstain'], 23);
    await closeMotion(c.doc, key(c, 1), second, at(24), c.orgs);
    const third = await openMotion(c.doc, key(c, 1), { kind: 'clause', target: blocks.filter((b) => b.type === 'clause')[1]?.id ?? '' }, at(25));
    await vote(third, ['no', 'no', null, null], 26);
    await closeMotion(c.doc, key(c, 1), third, at(27), c.orgs);
    await adjournMeeting(c.doc, key(c, 1), meeting, '', at(30));
    const p = readParliament(c.doc, at(31));
    const minutes = writeMinutes({ parliament: p, summary: summarizeParliament(c.doc, at(31), p), meeting: p.meetings[0] ?? fail(), language: 'en', when });
    expect(minutes).toContain('Present (3 of 4 member organizations)');
    expect(minutes).toContain('Absent: Organization 4 (O4).');
    expect(minutes).toContain('### 1. Elect');
    expect(minutes).toMatch(/### 2\. .*clause 1/);
    expect(minutes).toMatch(/### 3\. .*clause 2/);
    expect(minutes).toContain('Organization 1 (O1): yes; Organization 2 (O2): yes; Organization 3 (O3): no; Organization 4 (O4): abstained');
    expect(minutes).toContain('Organization 3 (O3): did not vote');
    expect(minutes).toMatch(/2026-12-01 10:22: put “Article I, clause 1” to a vote/);
    expect(minutes).toMatch(/2026-12-01 10:27: closed the vote on .* before every member had voted/);
    expect(minutes).toContain('2026-12-01 10:30: adjourned the meeting.');
    expect(minutes).toContain('https://meet.example.org/coalition');
    // A Spanish coalition's minutes are written in Spanish, the tally and the block labels included.
    const actas = writeMinutes({ parliament: p, summary: summarizeParliament(c.doc, at(31), p, 'es'), meeting: p.meetings[0] ?? fail(), language: 'es', when });
    expect(actas).toContain('# Acta de la sesión del parlamento de');
    expect(actas).toContain('Presentes (3 de 4 organizaciones miembro)');
    expect(actas).toContain('Ausentes: Organization 4 (O4).');
    expect(actas).toContain('Organization 1 (O1): a favor; Organization 2 (O2): a favor; Organization 3 (O3): en contra; Organization 4 (O4): abstención');
    expect(actas).toMatch(/2026-12-01 10:22: sometió «Artículo I, cláusula 1» a votación/);
    expect(actas).toMatch(/\*\*Resultado:\*\* Aprobada: /);
    expect(actas).toContain('2026-12-01 10:30: levantó la sesión.');
    for (const english of ['Minutes', 'Present', 'Absent', 'Result', 'Votes', 'adjourned', 'Passed', 'Failed']) expect(actas).not.toMatch(new RegExp(`\\b${english}\\b`));
  });

  it('counts the next meeting from the schedule', () => {
    expect(nextMeetingDate('2026-12-02T18:00:00.000Z', 'weekly')).toBe('2026-12-09T18:00:00.000Z');
    expect(nextMeetingDate('2026-12-02T18:00:00.000Z', 'monthly')).toBe('2027-01-02T18:00:00.000Z');
  });
});

function fail(): never {
  throw new Error('missing');
}
