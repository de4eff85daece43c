/**
 * `concord compare FILE --orgs A,B,C [--threshold X] [--json]`: rows naming, per organization short name,
 * its principle ids and texts; readable text without --json; clear errors for unknown organizations, too
 * few or too many, and bad thresholds — and the file is never changed. `--by topic`: one entry per topic,
 * in English and Spanish alike, with delegates' corrections and who made them, forged ones warned of; by
 * similarity, organizations writing in different languages are told where their principles meet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/compare/compare.ts';
import { setTopicTag } from '../../src/compare/topic-corrections.ts';
import { encodeWorkspaceFile, readWorkspaceFile } from '../../src/file/format.ts';
import { addSource } from '../../src/workspace/sources.ts';
import { addOrganization } from '../../src/workspace/workspace.ts';
import { initWorkspace } from '../../src/workspace/init.ts';
import { plantedOrganizations } from '../fixtures/compare/planted.ts';
import { concord, runProgram, SPANISH, tempDir } from './cli-helpers.ts';

interface JsonRow {
  score: number;
  orgCount: number;
  principleIds: string[];
  orgs: Record<string, { id: string; text: string }[]>;
}
interface JsonComparison {
  threshold: number;
  orgs: { short: string; principleCount: number }[];
  rows: JsonRow[];
  unique: Record<string, { id: string; text: string }[]>;
}

/** A workspace file with the planted organizations (DEB, UDHR, CM, SF, USC) and one with no sources (NONE). */
function coalitionFile(): { file: string; origin: Map<string, string> } {
  const doc = new Y.Doc();
  initWorkspace(doc, 'Test Coalition');
  const { orgs, origin } = plantedOrganizations(12, 3, 2);
  for (const org of orgs) {
    addOrganization(doc, { name: org.name, short: org.short });
    addSource(doc, org.short, `${org.short} platform`, {
      fileName: `${org.short}.txt`,
      format: 'txt',
      digest: '0'.repeat(64),
      principles: org.principles.map((p) => ({ id: p.id, path: [], text: p.text })),
    });
  }
  addOrganization(doc, { name: 'Newcomers', short: 'NONE' });
  const file = join(tempDir(), 'coalition.concord');
  writeFileSync(file, encodeWorkspaceFile(doc));
  return { file, origin };
}

describe('concord compare', () => {
  const { file, origin } = coalitionFile();

  it('--json: rows keyed by short name with principle ids and texts; planted copies share rows', async () => {
    const result = await concord(['compare', file, '--orgs', 'deb,UDHR,CM', '--json']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const json: JsonComparison = JSON.parse(result.out);
    expect(json.threshold).toBe(DEFAULT_THRESHOLD);
    expect(json.orgs.map((o) => o.short)).toEqual(['DEB', 'UDHR', 'CM']);
    expect(json.rows.length).toBeGreaterThan(0);
    for (const row of json.rows) {
      expect(Object.keys(row.orgs).length).toBe(row.orgCount);
      const ids = Object.values(row.orgs).flatMap((cell) => cell.map((p) => p.id));
      expect(ids).toEqual(row.principleIds);
      expect(new Set(ids.map((id) => origin.get(id))).size).toBe(1);
      for (const cell of Object.values(row.orgs)) for (const p of cell) expect(p.text.length).toBeGreaterThan(0);
    }
    // DEB-0 was planted into UDHR and CM: one row with all three.
    const deb0 = json.rows.find((row) => row.principleIds.includes('DEB-0'));
    expect(deb0?.orgs).toMatchObject({ DEB: [{ id: 'DEB-0' }], UDHR: [{ id: 'UDHR-copy-DEB-0' }], CM: [{ id: 'CM-copy-DEB-0' }] });
    expect(Object.keys(json.unique)).toEqual(['DEB', 'UDHR', 'CM']);
    const listed = json.rows.reduce((n, r) => n + r.principleIds.length, 0) + Object.values(json.unique).reduce((n, u) => n + u.length, 0);
    expect(listed).toBe(json.orgs.reduce((n, o) => n + o.principleCount, 0));
  });

  it('prints readable rows and unique principles; a higher threshold shares less', async () => {
    const result = await concord(['compare', file, '--orgs', 'DEB,UDHR,NONE']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(new RegExp(`^Comparing DEB, UDHR, NONE at similarity ${DEFAULT_THRESHOLD}:`));
    expect(result.out).toMatch(/Row 1 · 2 of 3 organizations · similarity \d\.\d\d/);
    expect(result.out).toMatch(/ {2}DEB {3}.+\[DEB-0\]/);
    expect(result.out).toMatch(/Unique to NONE \(0\):\n {2}none/);
    const loose = JSON.parse((await concord(['compare', file, '--orgs', 'DEB,UDHR', '--json'])).out);
    const strict = JSON.parse((await concord(['compare', file, '--orgs', 'DEB,UDHR', '--json', '--threshold', '0.99'])).out);
    expect(strict.threshold).toBe(0.99);
    expect(strict.rows.length).toBeLessThan(loose.rows.length);
  });

  it('refuses unknown organizations, fewer than 2, more than 12 and bad thresholds, leaving the file as it was', async () => {
    const before = readFileSync(file);
    const cases: Array<[string[], number, RegExp]> = [
      [['--orgs', 'DEB,XYZ'], 1, /no member organization "XYZ"/],
      [['--orgs', 'DEB'], 1, /at least 2 organizations to compare \(1 given\)/],
      [['--orgs', Array.from({ length: 13 }, (_, i) => `O${i}`).join(',')], 1, /At most 12 organizations .*13 given/],
      [['--orgs', 'DEB,deb'], 1, /listed twice/],
      [['--orgs', 'DEB,UDHR', '--threshold', 'high'], 2, /--threshold must be a number/],
      [['--orgs', 'DEB,UDHR', '--threshold', '1.5'], 1, /threshold must be a number from 0\.05 to 1 \(got 1\.5\)/],
      [['--orgs', 'DEB,UDHR', '--threshold', '0'], 1, /from 0\.05 to 1/],
      [[], 2, /--orgs is required/],
    ];
    for (const [flags, code, message] of cases) {
      const result = await concord(['compare', file, ...flags]);
      expect(result.code, flags.join(' ')).toBe(code);
      expect(result.err).toMatch(message);
      expect(result.out).toBe('');
    }
    expect((await concord(['compare', join(tempDir(), 'missing.concord'), '--orgs', 'A,B'])).err).toMatch(/no such file/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

interface JsonTopicPrinciple {
  id: string;
  text: string;
  tag: 'auto' | 'added';
  by?: { org: string; short: string; delegate: string };
  at?: string;
}
interface JsonTopics {
  by: 'topic';
  orgs: { short: string; principleCount: number }[];
  topics: { id: string; label: string; orgCount: number; orgs: Record<string, JsonTopicPrinciple[]> }[];
  untagged: Record<string, { id: string; text: string }[]>;
}

/** A coalition of an English-speaking and a Spanish-speaking organization, with one topic added by hand. */
function bilingualFile(): string {
  const doc = new Y.Doc();
  initWorkspace(doc, 'Test Coalition');
  const platforms: Record<string, string[]> = {
    WL: ['We will abolish the wage system.', 'Members pay dues every quarter.', 'Beautiful is better than ugly.'],
    PSL: ['Todo trabajador tiene derecho a un salario digno.', 'Defendemos el medio ambiente.'],
  };
  const ids: Record<string, string> = {};
  for (const [short, texts] of Object.entries(platforms)) {
    ids[short] = addOrganization(doc, { name: `The ${short}`, short }).id;
    addSource(doc, short, `${short} platform`, {
      fileName: `${short}.txt`,
      format: 'txt',
      digest: '0'.repeat(64),
      principles: texts.map((text, i) => ({ id: `${short}-${i}`, path: [], text })),
    });
  }
  setTopicTag(doc, 'WL-2', 'culture', true, { org: ids.PSL ?? '', delegate: 'Ana' }, new Date('2026-12-01T10:00:00Z'));
  setTopicTag(doc, 'WL-1', 'finances', false, { org: ids.PSL ?? '', delegate: 'Ana' });
  const file = join(tempDir(), 'bilingual.concord');
  writeFileSync(file, encodeWorkspaceFile(doc));
  return file;
}

describe('concord compare --by topic', () => {
  const file = bilingualFile();

  it('--json: one entry per topic naming what each organization says, corrections and who made them', async () => {
    const result = await concord(['compare', file, '--orgs', 'PSL,WL', '--by', 'topic', '--json']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const json: JsonTopics = JSON.parse(result.out);
    expect(json.by).toBe('topic');
    expect(json.orgs.map((o) => o.short)).toEqual(['PSL', 'WL']);
    // Which of us says something about wages, and what? Both, in their own language.
    expect(json.topics[0]).toEqual({
      id: 'wages-labour',
      label: 'Wages and labour',
      orgCount: 2,
      orgs: {
        PSL: [{ id: 'PSL-0', text: 'Todo trabajador tiene derecho a un salario digno.', tag: 'auto' }],
        WL: [{ id: 'WL-0', text: 'We will abolish the wage system.', tag: 'auto' }],
      },
    });
    const topic = (id: string) => json.topics.find((t) => t.id === id);
    expect(topic('environment')?.orgs).toEqual({ PSL: [{ id: 'PSL-1', text: 'Defendemos el medio ambiente.', tag: 'auto' }] });
    expect(topic('culture')?.orgs.WL).toEqual([
      { id: 'WL-2', text: 'Beautiful is better than ugly.', tag: 'added', by: { org: expect.any(String), short: 'PSL', delegate: 'Ana' }, at: '2026-12-01T10:00:00.000Z' },
    ]);
    // Removed by a delegate: dues are not "finances" here, so WL-1 has no topic left.
    expect(topic('finances')).toBeUndefined();
    expect(json.untagged).toEqual({ PSL: [], WL: [{ id: 'WL-1', text: 'Members pay dues every quarter.' }] });
  });

  it('prints topics readably; the default and --by similarity keep the similarity contract', async () => {
    const result = await concord(['compare', file, '--orgs', 'PSL,WL', '--by', 'topic']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Comparing PSL, WL by topic:\n\d+ topics, 1 principle under no topic\.\n\nWages and labour · 2 of 2 organizations\n {2}PSL {2}Todo trabajador/);
    expect(result.out).toContain('Beautiful is better than ugly.  [WL-2] (added by PSL, Ana)');
    expect(result.out).toMatch(/Under no topic:\n {2}WL {3}Members pay dues every quarter\. {2}\[WL-1\]/);
    const similarity = await concord(['compare', file, '--orgs', 'PSL,WL', '--by', 'similarity', '--json']);
    const plain = await concord(['compare', file, '--orgs', 'PSL,WL', '--json']);
    expect(similarity.out).toBe(plain.out);
    expect(Object.keys(JSON.parse(plain.out))).toEqual(['threshold', 'orgs', 'rows', 'unique']);
  });

  it('by similarity, says on stderr which organization writes in which language, and where they meet; the JSON is the same', async () => {
    const readable = await concord(['compare', file, '--orgs', 'PSL,WL']);
    expect(readable.code).toBe(0);
    expect(readable.err).toContain(
      'concord: these organizations write in more than one language (PSL in Spanish and WL in English): rows by similarity pair principles written in the same language; --by topic shows them side by side whatever their language.',
    );
    expect(readable.out).not.toContain('more than one language');
    const json = await concord(['compare', file, '--orgs', 'PSL,WL', '--json']);
    expect(json.err).toBe(readable.err);
    expect(Object.keys(JSON.parse(json.out))).toEqual(['threshold', 'orgs', 'rows', 'unique']);
    const spanish = runProgram(SPANISH, 'compare', file, '--orgs', 'PSL,WL');
    expect(spanish.stderr).toContain('estas organizaciones escriben en más de una lengua (PSL en español y WL en inglés)');
    const topics = await concord(['compare', file, '--orgs', 'PSL,WL', '--by', 'topic']);
    expect(topics.err).toBe('');
  });

  it('refuses another --by and a threshold with topics, leaving the file as it was', async () => {
    const before = readFileSync(file);
    const bad = await concord(['compare', file, '--orgs', 'PSL,WL', '--by', 'colour']);
    expect([bad.code, bad.out]).toEqual([2, '']);
    expect(bad.err).toMatch(/--by must be "similarity" or "topic", not "colour"/);
    const threshold = await concord(['compare', file, '--orgs', 'PSL,WL', '--by', 'topic', '--threshold', '0.5']);
    expect(threshold.code).toBe(2);
    expect(threshold.err).toMatch(/does not apply with --by topic/);
    expect((await concord(['compare', file, '--orgs', 'PSL', '--by', 'topic'])).err).toMatch(/at least 2 organizations/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('warns of a correction whose key lies about its principle, and does not apply it', async () => {
    const doc = readWorkspaceFile(readFileSync(file), file);
    const forged = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ principle: 'PSL-0', topic: 'wages-labour', on: false, org: '', delegate: 'Eve', at: '' })) forged.set(k, v);
    doc.getMap('topics').set('wages-labour:WL-0', forged);
    const hostile = join(tempDir(), 'hostile.concord');
    writeFileSync(hostile, encodeWorkspaceFile(doc));
    const result = await concord(['compare', hostile, '--orgs', 'PSL,WL', '--by', 'topic', '--json']);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/warning: In the topic tags, entry "wages-labour:WL-0" is damaged \(its key does not match the principle and topic it names\)/);
    const json: JsonTopics = JSON.parse(result.out);
    expect(Object.keys(json.topics.find((t) => t.id === 'wages-labour')?.orgs ?? {})).toEqual(['PSL', 'WL']);
  });
});
