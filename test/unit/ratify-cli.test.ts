/**
 * `concord tally`, `concord verify` and the ratified export on a workspace ratified for real: the Debian
 * constitution voted as a whole by four organizations with accented and non-Latin names. Anyone with a
 * copy audits it: the tally explains the result, verify finds a forged vote, the signed record checks on
 * its own, and the PDF of the ratified text carries every clause and the record of each organization.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeWorkspaceFile, readWorkspaceFile } from '../../src/file/format.ts';
import { readBlocks } from '../../src/constitution/document.ts';
import { openMotion } from '../../src/ratify/actions.ts';
import { storeVote } from '../../src/ratify/motion-record.ts';
import { readParliament } from '../../src/ratify/parliament.ts';
import { toHex } from '../../src/ratify/signing.ts';
import { concord, tempDir } from './cli-helpers.ts';
import { ORGANIZATIONS, debianBlocks, workspaceOf } from '../fixtures/export/corpus-workspace.ts';
import { coalition, ratifyWhole, testSigner } from './ratify-helpers.ts';

let dir: string;
let file: string;
let motion: string;

beforeAll(async () => {
  dir = tempDir();
  file = join(dir, 'ratified.concord');
  const doc = workspaceOf(debianBlocks());
  ({ motion } = await ratifyWhole(doc, { choices: ['yes', 'yes', 'abstain', 'yes'] }));
  writeFileSync(file, encodeWorkspaceFile(doc));
});

describe('concord tally', () => {
  it('prints every motion with its result in words and each organization’s vote', async () => {
    const result = await concord(['tally', file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('[passed] constitution: The whole constitution');
    expect(result.out).toContain('Passed: 3 of 4 member votes said yes (3 yes, 0 no, 1 abstention); two-thirds of members (3) required.');
    for (const org of ORGANIZATIONS) expect(result.out).toContain(org.short);
  });

  it('--json gives the contract shape', async () => {
    const result = await concord(['tally', file, '--json']);
    const json: unknown = JSON.parse(result.out);
    expect(json).toMatchObject({
      chair: null,
      motions: [{ id: motion, kind: 'constitution', status: 'passed', result: { yes: 3, no: 0, abstain: 1, passed: true } }],
      progress: { ratified: readBlocks(readWorkspaceFile(readFileSync(file), file)).length },
    });
  });
});

describe('concord verify', () => {
  it('says all signed entries are valid, and lists a forged vote (exit 1)', async () => {
    const ok = await concord(['verify', file]);
    expect(ok.out).toMatch(/all \d+ signed entries are valid/);
    expect(ok.code).toBe(0);
    const doc = readWorkspaceFile(readFileSync(file), file);
    const intruder = await testSigner();
    const { digest } = readParliament(doc).motions[0] ?? { digest: '' };
    const org = readParliament(doc).members[0]?.org ?? '';
    storeVote(doc, { motion, org, choice: 'no', digest, castAt: '2026-12-01T10:30:00.000Z', key: toHex(intruder.publicKey), signature: '00'.repeat(64) });
    const forged = join(dir, 'forged.concord');
    writeFileSync(forged, encodeWorkspaceFile(doc));
    const bad = await concord(['verify', forged, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)).toMatchObject({ valid: false, problems: [expect.stringMatching(/not on the roster/)] });
    expect((await concord(['tally', forged, '--json'])).out).toContain('"passed": true');
  });

  it('checks an exported signed record on its own, and finds it tampered', async () => {
    const record = join(dir, 'constitution.record.json');
    const exported = await concord(['export', file, '--format', 'record', '--out', record]);
    expect(exported.code).toBe(0);
    const ok = await concord(['verify', record]);
    expect(ok.out).toContain('the ratification record is valid');
    expect(ok.code).toBe(0);
    const tampered = join(dir, 'tampered.record.json');
    writeFileSync(tampered, readFileSync(record, 'utf8').replace('"choice": "abstain"', '"choice": "no"'));
    const bad = await concord(['verify', tampered]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/does not verify/);
    const garbage = join(dir, 'garbage.json');
    writeFileSync(garbage, 'not json');
    expect(await concord(['verify', garbage])).toMatchObject({ code: 1, err: expect.stringMatching(/neither a .concord workspace nor a ratification record/) });
  });
});

describe('the ratified export', () => {
  it('PDF: the ratified text with every clause in order, "Ratified on", and the record of each organization', async () => {
    const out = join(dir, 'constitution.pdf');
    const result = await concord(['export', file, '--format', 'pdf', '--out', out]);
    expect(result.code, result.err).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Ratified on 1 December 2026');
    expect(text).toContain('The motion to ratify the whole text was adopted on 1 December 2026');
    for (const org of ORGANIZATIONS) expect(text).toContain(org.name);
    expect(text).toMatch(/Ratification record/);
    const clauses = readBlocks(readWorkspaceFile(readFileSync(file), file)).filter((b) => b.type === 'clause').map((b) => b.text.replace(/\s+/g, ' ').slice(0, 40));
    let from = 0;
    for (const clause of clauses) {
      const at = text.indexOf(clause, from);
      expect(at, clause).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });
});

describe('the ratified export in every format', () => {
  it('writes Markdown, HTML, Akoma Ntoso and Word files of the ratified text, each with every clause', async () => {
    // Clauses whose words read the same in every format (no characters that HTML or XML escape).
    const clauses = readBlocks(readWorkspaceFile(readFileSync(file), file)).filter((b) => b.type === 'clause' && /^[\p{L}\p{N} ,.;:()-]+$/u.test(b.text));
    for (const format of ['md', 'html', 'akn', 'docx']) {
      const out = join(dir, `ratified.${format}`);
      const result = await concord(['export', file, '--format', format, '--out', out]);
      expect(result.code, result.err).toBe(0);
      expect(result.out).toContain('ratified text');
      const text = format === 'docx' ? (await mammoth.extractRawText({ path: out })).value : readFileSync(out, 'utf8');
      const flat = text.replace(/\s+/g, ' ');
      for (const clause of [clauses[0], clauses[clauses.length - 1]]) expect(flat).toContain(clause?.text.replace(/\s+/g, ' ').slice(0, 30) ?? '');
      if (format !== 'akn') expect(flat).toMatch(/Ratification record|ratification record/i);
    }
  });
});

describe('concord rules', () => {
  it('shows the defaults, changes a rule, weights and seriatim, and refuses bad values and changes during a vote', async () => {
    const path = join(dir, 'rules.concord');
    writeFileSync(path, encodeWorkspaceFile(workspaceOf(debianBlocks().slice(0, 5))));
    const shown = await concord(['rules', path]);
    expect(shown.out).toContain('constitution  two-thirds of members, quorum 50% of members');
    expect(shown.out).toContain('One organization, one vote.');
    const changed = await concord(['rules', path, '--kind', 'clause', '--threshold', 'two-thirds', '--quorum', '75', '--weight', 'PSL=3', '--seriatim', 'on', '--json']);
    expect(changed.code, changed.err).toBe(0);
    expect(JSON.parse(changed.out)).toMatchObject({ rules: { clause: { threshold: 'two-thirds', quorum: 0.75, base: 'cast' } }, seriatim: true, weights: expect.arrayContaining([{ short: 'PSL', weight: 3 }]) });
    const before = readFileSync(path);
    const bad = await concord(['rules', path, '--kind', 'clause', '--threshold', 'most']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--threshold/);
    expect(readFileSync(path)).toEqual(before);
    // After a vote is decided the rules may change; the decided motion keeps the rule it was taken under.
    expect((await concord(['rules', file, '--kind', 'constitution', '--threshold', 'unanimity'])).code).toBe(0);
    expect(JSON.parse((await concord(['tally', file, '--json'])).out)).toMatchObject({ motions: [{ status: 'passed', rule: 'two-thirds of members, quorum 50% of members' }] });
  });

  it('refuses to change the rules while a vote is open, and leaves the file as it was', async () => {
    const path = join(dir, 'open-vote.concord');
    const { doc, keys } = await coalition(2);
    const [first] = keys;
    if (!first) throw new Error('no key');
    await openMotion(doc, first, { kind: 'clause', target: readBlocks(doc)[2]?.id ?? '', closesAt: new Date(Date.now() + 3_600_000) });
    writeFileSync(path, encodeWorkspaceFile(doc));
    const before = readFileSync(path);
    const refused = await concord(['rules', path, '--voting-days', '3']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/cannot change while a vote is open/);
    expect(readFileSync(path)).toEqual(before);
  });
});
