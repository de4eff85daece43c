/**
 * A record to sign, made the whole way through the command line: three delegates bind their keys with
 * their names (`roster bind --delegate`, or the name given while setting up), the coalition sets its place
 * of adoption (`rules --place`), elects its chair in the room, votes on a clause, an article and the whole
 * text, and exports. `concord tally` reads the election with the delegate's signed name and shows each
 * motion's text numbered; the ratified PDF (read back with pdftotext) and DOCX (with mammoth) carry, after
 * the text, the place and date of adoption, the chair and each delegate by name with a line to sign on,
 * and an appendix with each motion on a clause or article, its target numbered, its result and each
 * organization's vote; a draft export has none of it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { longDate } from '../../src/export/dates.ts';
import { encodeWorkspaceFile } from '../../src/file/format.ts';
import { concord, tempDir, type CliResult } from './cli-helpers.ts';
import { idByText, workspaceWith } from './core-helpers.ts';
import { TEXT } from './ratify-helpers.ts';
import { firstMissingInOrder } from './text-order.ts';

let dir: string;
let file: string;
const keyFile = (name: string): string => join(dir, `${name}.key`);
const SENDS = 'Each member organization sends one delegate.';

async function ok(argv: string[]): Promise<CliResult> {
  const result = await concord(argv);
  expect(result.code, `${argv.join(' ')}\n${result.err}`).toBe(0);
  return result;
}

async function motion(key: string, ...rest: string[]): Promise<string> {
  const parsed: { id: string } = JSON.parse((await ok(['motion', file, ...rest, '--key', keyFile(key), '--json'])).out);
  return parsed.id;
}

async function decide(id: string, choices: Record<string, string>, closer: string): Promise<void> {
  for (const [key, choice] of Object.entries(choices)) await ok(['vote', file, '--motion', id, '--choice', choice, '--key', keyFile(key)]);
  await ok(['close', file, '--motion', id, '--key', keyFile(closer)]);
}

interface Tally {
  chair: { short: string; delegate: string } | null;
  roster: { short: string; delegate: string }[];
  settings: { place: string };
  motions: { id: string; kind: string; targetLabel: string; closedAt: string; numbered: { place: string; text: string }[] }[];
}

let tally: Tally;
let readable: string;
let clauseMotion: string;

beforeAll(async () => {
  dir = tempDir();
  file = join(dir, 'coalition.concord');
  const doc = workspaceWith(TEXT, 'Coalition of the Left');
  writeFileSync(file, encodeWorkspaceFile(doc));
  await ok(['org', 'add', file, '--name', 'Socialist Workers Party', '--short', 'SWP', '--delegate', 'Carla']);
  await ok(['org', 'add', file, '--name', 'Democratic Socialists of America', '--short', 'DSA']);
  await ok(['org', 'add', file, '--name', 'Łódzka Rada Robotnicza', '--short', 'LRR']);
  expect((await ok(['rules', file, '--place', 'Leipzig'])).out).toContain('Place of adoption: Leipzig.');
  for (const org of ['SWP', 'DSA', 'LRR']) await ok(['key', 'new', '--out', keyFile(org)]);
  expect((await ok(['roster', 'bind', file, '--org', 'SWP', '--key', keyFile('SWP')])).out).toContain('its delegate, as the key signed: Carla.');
  expect((await ok(['roster', 'bind', file, '--org', 'DSA', '--key', keyFile('DSA'), '--delegate', 'Dolores'])).out).toContain('its delegate, as the key signed: Dolores.');
  expect((await ok(['roster', 'bind', file, '--org', 'LRR', '--key', keyFile('LRR')])).out).not.toContain('its delegate');

  const election = await motion('DSA', '--kind', 'chair', '--org', 'SWP');
  await decide(election, { SWP: 'yes', DSA: 'yes', LRR: 'yes' }, 'LRR');
  clauseMotion = await motion('SWP', '--kind', 'clause', '--target', idByText(doc, SENDS));
  await decide(clauseMotion, { SWP: 'yes', DSA: 'no', LRR: 'abstain' }, 'SWP');
  const article = await motion('SWP', '--kind', 'article', '--target', idByText(doc, 'Decisions'));
  await decide(article, { SWP: 'yes', DSA: 'yes', LRR: 'yes' }, 'SWP');
  const whole = await motion('SWP', '--kind', 'whole');
  await decide(whole, { SWP: 'yes', DSA: 'yes', LRR: 'yes' }, 'SWP');
  tally = JSON.parse((await ok(['tally', file, '--json'])).out);
  readable = (await ok(['tally', file])).out;
}, 120_000);

describe('names and numbers in concord tally', () => {
  it('names each delegate as their seat signed it, the chair too, and the place of adoption', () => {
    expect(Object.fromEntries(tally.roster.map((m) => [m.short, m.delegate]))).toEqual({ SWP: 'Carla', DSA: 'Dolores', LRR: '' });
    expect(tally.chair).toMatchObject({ short: 'SWP', delegate: 'Carla' });
    expect(tally.settings.place).toBe('Leipzig');
    expect(readable).toContain('Place of adoption: Leipzig');
    expect(readable).toMatch(/Chair: SWP \(Carla\), from/);
  });

  it('reads the election with the organization’s name and its delegate’s', () => {
    expect(tally.motions.find((m) => m.kind === 'chair')?.targetLabel).toBe('Elect the Socialist Workers Party’s delegate (Carla) as chair');
    expect(readable).toContain('chair: Elect the Socialist Workers Party’s delegate (Carla) as chair');
  });

  it('shows the text of each motion numbered, the whole text structured', () => {
    expect(tally.motions.find((m) => m.id === clauseMotion)?.numbered).toEqual([{ id: expect.any(String), type: 'clause', label: '(2)', place: 'Article I (2)', text: SENDS }]);
    expect(readable).toContain(`    Article I (2) ${SENDS}`);
    expect(readable).toContain(['    Article II Decisions', '        (1) Decisions are taken by the parliament of delegates.'].join('\n'));
    expect(readable).toContain(['    Article I Membership', '        (1) Any organization that accepts these principles may join.', `        (2) ${SENDS}`].join('\n'));
  });
});

describe('the ratified export is a record to sign', () => {
  const adopted = (): string => longDate(tally.motions.find((m) => m.kind === 'constitution')?.closedAt ?? '', 'en');

  /** What every format must say after the text, in this order. */
  const signed = (): string[] => [
    'Signatures',
    `Adopted at Leipzig on ${adopted()}.`,
    'Chair of the parliament: Carla, delegate of Socialist Workers Party (SWP).',
    'Dolores, delegate of Democratic Socialists of America (DSA)',
    'Delegate of Łódzka Rada Robotnicza (LRR)',
    'Carla, delegate of Socialist Workers Party (SWP)',
    'Ratification record',
    'Appendix: votes on clauses and articles',
    'Article I (2)',
    SENDS,
    'Failed: 1 yes, 1 no, 1 abstention',
    'Democratic Socialists of America',
    'Against',
    'Łódzka Rada Robotnicza',
    'Abstained',
    'Socialist Workers Party',
    'For',
    'Article II',
    '(1) Decisions are taken by the parliament of delegates.',
    'Passed: 3 yes, 0 no, 0 abstentions',
  ];

  const flat = (text: string): string => text.replace(/\s+/g, ' ');

  it('PDF: after the text, the place and date, the chair, each delegate by name with a line, the record and the appendix of votes', async () => {
    const out = join(dir, 'constitution.pdf');
    await ok(['export', file, '--format', 'pdf', '--out', out]);
    const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }));
    const start = text.indexOf('Signatures Adopted');
    expect(text.lastIndexOf('(1) Decisions are taken by the parliament of delegates.', start)).toBeGreaterThan(0);
    expect(firstMissingInOrder(text.slice(start), signed().map(flat))).toBeUndefined();
    // The PDF is printed from the HTML: a ruled line to sign on above each delegate's name.
    const html = join(dir, 'constitution.html');
    await ok(['export', file, '--format', 'html', '--out', html]);
    expect(readFileSync(html, 'utf8').match(/<div class="signature-line"><\/div><p>[^<]+<\/p>/g)).toHaveLength(3);
  }, 60_000);

  it('DOCX: the same block and appendix, read back with mammoth', async () => {
    const out = join(dir, 'constitution.docx');
    await ok(['export', file, '--format', 'docx', '--out', out]);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(out) });
    const text = flat(value);
    expect(firstMissingInOrder(text.slice(text.indexOf('Signatures Adopted')), signed().map(flat))).toBeUndefined();
    const body = strFromU8(unzipSync(readFileSync(out))['word/document.xml'] ?? new Uint8Array());
    expect(body.match(/<w:pBdr><w:bottom /g)).toHaveLength(3);
  });

  it('a draft export has no block to sign and no appendix', async () => {
    const pdf = join(dir, 'draft.pdf');
    await ok(['export', file, '--format', 'pdf', '--out', pdf, '--draft']);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const docx = join(dir, 'draft.docx');
    await ok(['export', file, '--format', 'docx', '--out', docx, '--draft']);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(docx) });
    for (const read of [text, value]) {
      expect(read).toContain('Ratification record');
      expect(read).not.toContain('Signatures');
      expect(read).not.toContain('Adopted at Leipzig');
      expect(read).not.toContain('Appendix: votes');
    }
  }, 60_000);
});
