/**
 * `concord adopt`, `concord provenance` and `concord coverage`: adopting a principle after a clause or at
 * the end, reading provenance of every block or one (readable and --json), coverage per organization;
 * refused input (unknown principle, clause or organization; missing flags) leaves the file as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/constitution/document.ts';
import { encodeWorkspaceFile, readWorkspaceFile } from '../../src/file/format.ts';
import { concord, tempDir } from './cli-helpers.ts';
import { idByText } from './core-helpers.ts';
import { coalition, PRINCIPLES } from './provenance-helpers.ts';

function coalitionFile(): { file: string; article: string } {
  const { doc } = coalition();
  const file = join(tempDir(), 'coalition.concord');
  writeFileSync(file, encodeWorkspaceFile(doc));
  return { file, article: idByText(doc, 'General') };
}

const reopen = (file: string) => readWorkspaceFile(readFileSync(file), file);

describe('concord adopt, provenance, coverage', () => {
  it('adopts principles after a block or at the end, recording who adopted them', async () => {
    const { file, article } = coalitionFile();
    const first = await concord(['adopt', file, '--principle', 'DEB-1', '--after', article, '--org', 'DEB', '--delegate', 'Ana', '--json']);
    expect(first).toMatchObject({ code: 0, err: '' });
    const { clause }: { clause: string } = JSON.parse(first.out);
    const second = await concord(['adopt', file, '--principle', 'PSF-3']);
    expect(second.out).toMatch(/^Adopted PSF-3 as clause \w+\.\n$/);
    const blocks = readBlocks(reopen(file));
    expect(blocks.map((b) => b.text)).toEqual(['General', PRINCIPLES.DEB[0], 'Drafted here.', PRINCIPLES.PSF[2]]);
    expect(blocks[1]?.id).toBe(clause);
  });

  it('shows provenance of every block, or of one with its whole history, readable and as JSON', async () => {
    const { file, article } = coalitionFile();
    const { out } = await concord(['adopt', file, '--principle', 'DEB-2', '--after', article, '--org', 'DEB', '--delegate', 'Ana', '--json']);
    const { clause }: { clause: string } = JSON.parse(out);
    const all = await concord(['provenance', file]);
    expect(all.code).toBe(0);
    expect(all.out).toContain(`(1) ${PRINCIPLES.DEB[1]}  [${clause}]`);
    expect(all.out).toContain(`  adopted by DEB, Ana on `);
    expect(all.out).toContain(`  from DEB · DEB platform v1 · DEB-2: "${PRINCIPLES.DEB[1]}"`);
    const one = await concord(['provenance', file, '--clause', clause, '--json']);
    const json: { blocks: { id: string; label: string; provenance: { origins: { principle: string }[]; history: { delegate: string }[] } }[] } = JSON.parse(one.out);
    expect(json.blocks).toHaveLength(1);
    expect(json.blocks[0]).toMatchObject({ id: clause, label: '(1)', provenance: { origins: [{ principle: 'DEB-2' }], history: [{ delegate: 'Ana' }] } });
  });

  it('shows coverage per organization with the unused principles, readable and as JSON', async () => {
    const { file } = coalitionFile();
    await concord(['adopt', file, '--principle', 'DEB-1']);
    const readable = await concord(['coverage', file]);
    expect(readable.out).toContain('DEB         33.3%  1 of 3 principles used (as is 1, reworded 0, merged 0)');
    expect(readable.out).toContain(`    not yet used: DEB-2  "${PRINCIPLES.DEB[1]}"`);
    expect(readable.out).toContain('PSF            0%  0 of 3 principles used');
    const json: { organizations: { short: string; percent: number; principles: { id: string; use: string }[] }[] } = JSON.parse((await concord(['coverage', file, '--json'])).out);
    expect(json.organizations.map((o) => [o.short, o.percent])).toEqual([
      ['DEB', 33.3],
      ['PSF', 0],
    ]);
    expect(json.organizations[0]?.principles.map((p) => p.use)).toEqual(['as-is', 'unused', 'unused']);
  });

  it('refuses unknown principles, clauses and organizations and missing flags, leaving the file as it was', async () => {
    const { file } = coalitionFile();
    const before = readFileSync(file);
    const cases: Array<[string[], number, RegExp]> = [
      [['adopt', file, '--principle', 'nope'], 1, /no principle "nope"/],
      [['adopt', file, '--principle', 'DEB-1', '--after', 'c_missing'], 1, /no block "c_missing"/],
      [['adopt', file, '--principle', 'DEB-1', '--org', 'XYZ'], 1, /no member organization "XYZ"/],
      [['adopt', file], 2, /--principle is required/],
      [['adopt', file, '--principle', 'DEB-1', '--bogus'], 2, /Unknown option/],
      [['provenance', file, '--clause', 'c_missing'], 1, /no block "c_missing"/],
      [['coverage', join(tempDir(), 'missing.concord')], 1, /no such file/],
    ];
    for (const [argv, code, message] of cases) {
      const result = await concord(argv);
      expect(result.code, argv.join(' ')).toBe(code);
      expect(result.err).toMatch(message);
      expect(result.out).toBe('');
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
