/**
 * `concord import FILE --org SHORT PATH... [--json]`: per file the number of principles or the error; files
 * that fail change nothing while the others still import; exit code 1 if any failed; `info --json` lists
 * the sources with their principles and ids.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../fixtures/corpus-path.ts';
import { concord, tempDir } from './cli-helpers.ts';

async function coalition(): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const file = join(dir, 'coalition.concord');
  expect((await concord(['init', file, '--name', 'Coalition'])).code).toBe(0);
  expect((await concord(['org', 'add', file, '--name', 'Debian', '--short', 'dsa'])).code).toBe(0);
  return { dir, file };
}

function corpus(dir: string, name: string): string {
  const path = join(dir, name);
  copyFileSync(resolve(CORPUS, name), path);
  return path;
}

interface JsonFile {
  path: string;
  ok: boolean;
  source?: { id: string; title: string; version: number };
  principles?: number;
  error?: { code: string; message: string };
}

function files(out: string): JsonFile[] {
  const parsed: { files: JsonFile[] } = JSON.parse(out);
  return parsed.files;
}

describe('concord import', () => {
  it('imports several formats, printing the principles found in each', async () => {
    const { dir, file } = await coalition();
    const paths = ['debian-constitution.pdf', 'debian-social-contract.docx', 'zen-of-python.md'].map((n) => corpus(dir, n));
    const result = await concord(['import', file, '--org', 'dsa', ...paths]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/debian-constitution\.pdf: 167 principles → "Constitution for the Debian Project \(v1\.9\)"/);
    expect(result.out).toMatch(/zen-of-python\.md: 19 principles → "The Zen of Python, by Tim Peters"/);
    expect(result.out).toMatch(/Imported 3 of 3 files for Debian/);
    const info = JSON.parse((await concord(['info', file, '--json'])).out);
    expect(info.sources).toHaveLength(3);
    const zen = info.sources.find((s: { title: string }) => s.title === 'The Zen of Python, by Tim Peters');
    expect(zen).toMatchObject({ version: 1, fileName: 'zen-of-python.md', format: 'md' });
    expect(zen.principles[0]).toEqual({ id: expect.stringMatching(/^p_/), path: [], text: 'Beautiful is better than ugly.' });
  });

  it('--json: a stable shape; a bad file is reported, the others still import, exit code 1', async () => {
    const { dir, file } = await coalition();
    const good = corpus(dir, 'zen-of-python.txt');
    const bad = join(dir, 'broken.pdf');
    writeFileSync(bad, 'not a pdf at all');
    const missing = join(dir, 'missing.odt');
    const result = await concord(['import', file, '--org', 'DSA', bad, good, missing, '--json']);
    expect(result.code).toBe(1);
    const [first, second, third] = files(result.out);
    expect(first).toEqual({ path: bad, ok: false, error: { code: 'import.not-pdf', message: expect.stringContaining('broken.pdf is not a PDF file') } });
    expect(second).toEqual({ path: good, ok: true, source: { id: expect.stringMatching(/^s_/), title: 'The Zen of Python, by Tim Peters', version: 1 }, principles: 19 });
    expect(third).toMatchObject({ path: missing, ok: false, error: { code: 'file.missing' } });
    const info = JSON.parse((await concord(['info', file, '--json'])).out);
    expect(info.sources.map((s: { id: string }) => s.id)).toEqual([second?.source?.id]);
  });

  it('a document imported again (another format, a newer file) becomes the next version of its source', async () => {
    const { dir, file } = await coalition();
    const first = files((await concord(['import', file, '--org', 'dsa', corpus(dir, 'debian-social-contract.txt'), '--json'])).out)[0];
    const again = await concord(['import', file, '--org', 'dsa', corpus(dir, 'debian-social-contract.odt')]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/debian-social-contract\.odt: 21 principles → "debian-social-contract" \[s_\w+\], version 2 \(21 unchanged\)/);
    const info = JSON.parse((await concord(['info', file, '--json'])).out);
    expect(info.sources).toHaveLength(1);
    expect(info.sources[0]).toMatchObject({ id: first?.source?.id, version: 2, format: 'odt' });
    const same = await concord(['import', file, '--org', 'dsa', join(dir, 'debian-social-contract.odt'), '--json']);
    expect(same.code).toBe(1);
    expect(files(same.out)[0]?.error?.code).toBe('import.unchanged');
  });

  it('when every file fails, the workspace file is not rewritten', async () => {
    const { dir, file } = await coalition();
    const before = readFileSync(file);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const result = await concord(['import', file, '--org', 'dsa', empty]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/empty\.txt is empty/);
    expect(readFileSync(file)).toEqual(before);
  });

  it('--max-mb sets the size limit', async () => {
    const { dir, file } = await coalition();
    const path = corpus(dir, 'debian-constitution.txt');
    const result = await concord(['import', file, '--org', 'dsa', path, '--max-mb', '0.01', '--json']);
    expect(result.code).toBe(1);
    expect(files(result.out)[0]?.error?.code).toBe('import.too-large');
  });

  it('usage errors: no document, no --org, an unknown organization', async () => {
    const { dir, file } = await coalition();
    const path = corpus(dir, 'zen-of-python.txt');
    expect((await concord(['import', file, '--org', 'dsa'])).code).toBe(2);
    expect((await concord(['import', file, path])).code).toBe(2);
    expect((await concord(['import', file, '--org', 'dsa', path, '--max-mb', 'lots'])).code).toBe(2);
    const unknown = await concord(['import', file, '--org', 'nobody', path]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/no member organization "nobody"/);
  });
});
