/**
 * `concord meetings` and `concord minutes` on a real workspace file: four delegates, one of them a
 * hostile organization whose name is markup; a meeting with a roll call of three and three motions (the
 * chair's election, a clause, an amendment of it, closed early by the chair); the minutes written as
 * Markdown, Word and PDF while a draft, once the chair signed them and once the next meeting adopted them.
 * The PDF is read back with pdftotext and the Word file with jszip: attendance, each motion's result and
 * each organization's vote are there, and the hostile name — and names that are Markdown, an entity and a
 * leading list marker — print as the characters they are.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/constitution/document.ts';
import { encodeWorkspaceFile } from '../../src/file/format.ts';
import { adjournMeeting, answerRollCall, castVote, closeMotion, conveneMeeting, openMotion } from '../../src/ratify/actions.ts';
import { writeMinutes } from '../../src/ratify/minutes.ts';
import { readParliament } from '../../src/ratify/parliament.ts';
import type { Choice } from '../../src/ratify/rules.ts';
import { summarizeParliament } from '../../src/ratify/summary.ts';
import { addOrganization } from '../../src/workspace/workspace.ts';
import type * as Y from 'yjs';
import { concord, tempDir, type CliResult } from './cli-helpers.ts';
import { workspaceWith } from './core-helpers.ts';
import { at, enrol, TEXT } from './ratify-helpers.ts';
import type { Signer } from '../../src/ratify/signing.ts';

const HOSTILE = '<img src=x onerror=alert(1)>**bold**';
// Names that are Markdown too: an entity, and a list marker where a name starts a list item.
const ORGS = [
  { name: 'Partido Socialismo y Liberación', short: 'PSL' },
  { name: HOSTILE, short: 'HX' },
  { name: '- Union des Travailleuses &amp; Sénégalaises', short: 'UTS' },
  { name: 'Movimiento al Socialismo', short: 'MAS' },
];
const NEW_WORDING = 'Every organization that accepts these principles and the coalition’s programme may join.';

let dir: string;
let doc: Y.Doc;
let orgs: string[];
let keys: Signer[];
let meeting: string;

function key(i: number): Signer {
  const found = keys[i];
  if (!found) throw new Error(`no key ${i}`);
  return found;
}

async function vote(motion: string, choices: readonly (Choice | null)[], minute: number): Promise<void> {
  for (const [i, choice] of choices.entries()) if (choice) await castVote(doc, key(i), motion, choice, at(minute));
}

function save(name: string): string {
  const file = join(dir, name);
  writeFileSync(file, encodeWorkspaceFile(doc));
  return file;
}

async function ok(argv: string[]): Promise<CliResult> {
  const result = await concord(argv);
  expect(result.code, `${argv.join(' ')}\n${result.err}`).toBe(0);
  return result;
}

/** Text with every run of white space made one space: a PDF and a Word file break lines where they like. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** A PDF's text as laid out, with words broken at a hyphen across lines joined again. */
const pdfText = (path: string): string => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/-\n\s*/g, '-');

async function docxText(path: string): Promise<{ text: string; xml: string; rels: string }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join(''));
  const decode = (s: string): string =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return { text: paragraphs.map(decode).join('\n'), xml, rels };
}

/** What every rendering of these minutes must say: attendance, each motion's result, each organization's vote. */
function expectTheRecord(raw: string): void {
  const text = flat(raw);
  expect(text).toContain('Present (3 of 4 member organizations)');
  for (const org of ORGS.slice(0, 3)) expect(text).toContain(`${org.name} (${org.short}), from`);
  expect(text).toContain('Absent: Movimiento al Socialismo (MAS).');
  const p = readParliament(doc, at(60));
  const taken = p.motions.filter((m) => m.openedAt < at(40).toISOString());
  expect(taken).toHaveLength(3);
  for (const motion of taken) expect(text).toContain(flat(motion.explanation));
  // Each organization's vote on each motion, under that motion.
  const motions = text.split(/Result: /).slice(1);
  expect(motions).toHaveLength(3);
  VOTES.forEach((choices, i) => {
    const votes = motions[i]?.split('Votes: ')[1]?.split(' Present when')[0] ?? '';
    ORGS.forEach((org, j) => expect(votes).toContain(`${org.name} (${org.short}): ${choices[j] ?? ''}`));
  });
}

/** How each organization voted on the three motions, in words. */
const VOTES = [
  ['yes', 'yes', 'yes', 'yes'],
  ['yes', 'yes', 'no', 'abstained'],
  ['yes', 'yes', 'yes', 'did not vote'],
];

beforeAll(async () => {
  dir = tempDir();
  doc = workspaceWith(TEXT, 'Coalition of the Left');
  orgs = ORGS.map((o) => addOrganization(doc, o).id);
  keys = await enrol(doc, orgs);
  meeting = await conveneMeeting(doc, key(0), { date: at(10), schedule: 'monthly', link: 'https://meet.example.org/coalition' }, at(5));
  for (let i = 0; i < 3; i += 1) await answerRollCall(doc, key(i), meeting, at(10 + i));
  // 1. The chair elected in the room: everyone votes, the vote closes at once.
  const election = await openMotion(doc, key(0), { kind: 'chair', target: orgs[1] ?? '' }, at(15));
  await vote(election, ['yes', 'yes', 'yes', 'yes'], 16);
  await closeMotion(doc, key(0), election, at(17), orgs.slice(0, 3));
  // 2. A clause, by a majority of votes cast.
  const clause = readBlocks(doc).find((b) => b.type === 'clause')?.id ?? '';
  const second = await openMotion(doc, key(1), { kind: 'clause', target: clause }, at(20));
  await vote(second, ['yes', 'yes', 'no', 'abstain'], 21);
  await closeMotion(doc, key(1), second, at(22), orgs.slice(0, 3));
  // 3. An amendment of it, closed by the chair before MAS voted.
  const third = await openMotion(doc, key(1), { kind: 'amendment', target: clause, newText: NEW_WORDING }, at(25));
  await vote(third, ['yes', 'yes', 'yes', null], 26);
  await closeMotion(doc, key(1), third, at(27), orgs.slice(0, 3));
  save('draft.concord');
});

describe('concord meetings and concord minutes', () => {
  it('lists the meetings with their ids, chair, who was present and where the minutes stand', async () => {
    const file = join(dir, 'draft.concord');
    const listed: { meetings: { id: string; chair: string; present: string[]; adjournedAt: string; minutes: string }[] } = JSON.parse((await ok(['meetings', file, '--json'])).out);
    expect(listed.meetings).toEqual([expect.objectContaining({ id: meeting, chair: 'HX', present: ['PSL', 'HX', 'UTS'], adjournedAt: '', minutes: 'draft' })]);
    const readable = (await ok(['meetings', file])).out;
    expect(readable).toContain(`id ${meeting}`);
    expect(readable).toContain('present (3): PSL, HX, UTS');
    expect(readable).toContain('minutes: draft');
  });

  it('writes the draft minutes as Markdown, Word and PDF, with the record and the hostile name as text', async () => {
    const file = join(dir, 'draft.concord');
    const before = readFileSync(file);
    const md = join(dir, 'draft.md');
    const report: unknown = JSON.parse((await ok(['minutes', file, '--meeting', meeting.slice(0, 10), '--format', 'md', '--out', md, '--json'])).out);
    expect(report).toEqual({ meeting, format: 'md', out: md, status: 'draft', bytes: readFileSync(md).length });
    const markdown = readFileSync(md, 'utf8');
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>\\*\\*bold\\*\\*');
    expect(markdown).toMatch(/~~.+~~/);

    const docx = join(dir, 'draft.docx');
    await ok(['minutes', file, '--meeting', 'latest', '--format', 'docx', '--out', docx]);
    const word = await docxText(docx);
    expectTheRecord(word.text);
    expect(word.text).toContain('Coalition of the Left');
    expect(word.text).toMatch(/Draft: Written by Concord from the signed record/);
    expect(word.xml).not.toContain('<img');
    expect(word.xml).toContain('<w:strike/>');

    const pdf = join(dir, 'draft.pdf');
    const printed = await ok(['minutes', file, '--meeting', meeting, '--format', 'pdf', '--out', pdf]);
    expect(printed.out).toMatch(/^Wrote .*draft\.pdf \(pdf, minutes of the meeting of 2026-12-01 10:10 UTC: draft\)\.\n$/);
    const text = pdfText(pdf);
    expectTheRecord(text);
    expect(flat(text)).toMatch(/Coalition of the Left Meeting of .+, chaired by .+ \(HX\) Draft Written by Concord/);
    expect(text).toMatch(/page 1 of \d/);
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 120_000);

  it('prints the chair’s signed minutes, then the adopted ones with the motion that adopted them', async () => {
    const p = readParliament(doc, at(30));
    const concordText = writeMinutes({ parliament: p, summary: summarizeParliament(doc, at(30), p), meeting: p.meetings[0] ?? fail(), language: 'en' });
    const signed = `${concordText}\nThe chair thanks [the hosts](https://example.org/hosts) and [nobody](javascript:alert(1)).\n`;
    await adjournMeeting(doc, key(1), meeting, signed, at(30));
    const signedFile = save('signed.concord');
    const md = join(dir, 'signed.md');
    const report: { status: string } = JSON.parse((await ok(['minutes', signedFile, '--meeting', 'latest', '--format', 'md', '--out', md, '--json'])).out);
    expect(report.status).toBe('signed');
    expect(readFileSync(md, 'utf8')).toBe(signed);
    const docx = join(dir, 'signed.docx');
    await ok(['minutes', signedFile, '--meeting', meeting, '--format', 'docx', '--out', docx]);
    const word = await docxText(docx);
    expect(word.text).toContain(`Signed by the chair: Signed by the chair, ${HOSTILE} (HX), on `);
    // An https link stays a link, its address printed after words that do not say it; any other prints as text.
    expect(word.text).toContain('The chair thanks the hosts (https://example.org/hosts) and nobody (javascript:alert(1)).');
    expect(word.rels).toContain('Target="https://example.org/hosts"');
    expect(word.rels).not.toContain('javascript:');

    // The next meeting adopts them.
    const next = at(60 * 24 * 30);
    await conveneMeeting(doc, key(1), { date: next, schedule: 'monthly', link: '' }, at(60));
    const adoption = await openMotion(doc, key(1), { kind: 'minutes', target: meeting }, new Date(next.getTime() + 60_000));
    for (let i = 0; i < 4; i += 1) await castVote(doc, key(i), adoption, 'yes', new Date(next.getTime() + 120_000));
    await closeMotion(doc, key(1), adoption, new Date(next.getTime() + 180_000));
    const adoptedFile = save('adopted.concord');
    const listed: { meetings: { minutes: string }[] } = JSON.parse((await ok(['meetings', adoptedFile, '--json'])).out);
    expect(listed.meetings.map((m) => m.minutes)).toEqual(['adopted', 'draft']);
    const pdf = join(dir, 'adopted.pdf');
    const result: { status: string; meeting: string } = JSON.parse(
      (await ok(['minutes', adoptedFile, '--meeting', meeting.slice(0, 8), '--format', 'pdf', '--out', pdf, '--json'])).out,
    );
    expect(result).toMatchObject({ status: 'adopted', meeting });
    const text = flat(pdfText(pdf));
    expect(text).toContain(`Adopted Adopted by the parliament on`);
    expect(text).toContain(`by motion ${adoption.slice(0, 12)}. Passed`);
    expect(text).toContain(HOSTILE);
    expectTheRecord(text);
  }, 120_000);

  it('refuses an unknown or ambiguous meeting, a bad format and a missing --out, writing nothing', async () => {
    const file = join(dir, 'draft.concord');
    const out = join(dir, 'refused.pdf');
    const run = (argv: string[]): Promise<CliResult> => concord(['minutes', file, ...argv]);
    let result = await run(['--meeting', 'ffffffffffff', '--format', 'pdf', '--out', out]);
    expect([result.code, result.err]).toEqual([1, expect.stringMatching(/There is no meeting "ffffffffffff" in this workspace \(concord meetings FILE lists them/)]);
    result = await run(['--meeting', meeting.slice(0, 4), '--format', 'md', '--out', out]);
    expect(result.code).toBe(1);
    result = await run(['--meeting', meeting, '--format', 'odt', '--out', out]);
    expect([result.code, result.err]).toEqual([2, expect.stringMatching(/"odt" is not a format concord writes minutes in: use one of pdf, docx, md/)]);
    result = await run(['--meeting', meeting, '--format', 'pdf']);
    expect([result.code, result.err]).toEqual([2, expect.stringMatching(/--out is required/)]);
    result = await run(['--format', 'pdf', '--out', out]);
    expect([result.code, result.err]).toEqual([2, expect.stringMatching(/--meeting is required/)]);
    expect(existsSync(out)).toBe(false);
    const empty = join(dir, 'empty.concord');
    writeFileSync(empty, encodeWorkspaceFile(workspaceWith(TEXT)));
    result = await concord(['minutes', empty, '--meeting', 'latest', '--format', 'md', '--out', out]);
    expect([result.code, result.err]).toEqual([1, expect.stringMatching(/No meeting has been convened/)]);
    expect((await ok(['meetings', empty])).out).toBe('No meeting has been convened yet.\n');
  });
});

describe('the real concord program', () => {
  it('lists minutes and meetings in its help and writes the minutes from bin/concord.mjs', () => {
    const root = join(import.meta.dirname, '..', '..');
    // The program as `npm install` builds it, from these sources (the Markdown parser bundled in).
    execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: root });
    const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } =>
      spawnSync(process.execPath, [join(root, 'bin', 'concord.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
    const help = run('help');
    expect(help.stdout).toContain('concord minutes FILE --meeting ID|latest --format pdf|docx|md --out OUT [--json]');
    expect(help.stdout).toContain('concord meetings FILE [--json]');
    const out = join(dir, 'bin.docx');
    const written = run('minutes', join(dir, 'draft.concord'), '--meeting', 'latest', '--format', 'docx', '--out', out, '--json');
    expect(written.status, written.stderr).toBe(0);
    expect(JSON.parse(written.stdout)).toEqual({ meeting, format: 'docx', out, status: 'draft', bytes: readFileSync(out).length });
    const bad = run('minutes', join(dir, 'draft.concord'), '--meeting', 'latest', '--format', 'rtf', '--out', out);
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/"rtf" is not a format/)]);
  }, 180_000);
});

function fail(): never {
  throw new Error('missing');
}
