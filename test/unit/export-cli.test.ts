/**
 * `concord export FILE --format … --out OUT [--draft] [--provenance] [--json]` on a workspace file built
 * from the Debian constitution: every format written with --draft, the workspace file left as it was,
 * and clear errors: an unknown format, a missing --out, no ratified text (suggesting --draft), no Chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeWorkspaceFile } from '../../src/file/format.ts';
import { concord, tempDir } from './cli-helpers.ts';
import { COALITION, debianBlocks, workspaceOf } from '../fixtures/export/corpus-workspace.ts';
import { checkXml } from '../fixtures/export/xml-check.ts';

let dir: string;
let file: string;
let original: Uint8Array;

beforeAll(() => {
  dir = tempDir();
  file = join(dir, 'coalition.concord');
  original = encodeWorkspaceFile(workspaceOf(debianBlocks()));
  writeFileSync(file, original);
});

const savedChromium = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (savedChromium === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = savedChromium;
});

describe('concord export', () => {
  it('writes Markdown, HTML, Akoma Ntoso and Word files of the draft, and leaves the workspace file as it was', async () => {
    for (const format of ['md', 'html', 'akn', 'docx']) {
      const out = join(dir, `draft.${format}`);
      const result = await concord(['export', file, '--format', format, '--out', out, '--draft']);
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      expect(result.out).toBe(`Wrote ${out} (${format}, full draft with status marks).\n`);
    }
    expect(readFileSync(join(dir, 'draft.md'), 'utf8')).toContain('(1) The Debian Project is an association of individuals');
    expect(readFileSync(join(dir, 'draft.html'), 'utf8')).toContain(`<h1>${COALITION}</h1>`);
    expect(checkXml(readFileSync(join(dir, 'draft.akn'), 'utf8')).problems).toEqual([]);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(join(dir, 'draft.docx')) });
    expect(value).toContain('Partido Socialismo y Liberación');
    expect(Buffer.compare(readFileSync(file), Buffer.from(original))).toBe(0);
  });

  it('prints a PDF with headless Chromium and reports it as JSON', async () => {
    const out = join(dir, 'draft.pdf');
    const result = await concord(['export', file, '--format', 'pdf', '--out', out, '--draft', '--json']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const report: { format: string; out: string; bytes: number; mode: string; provenance: boolean } = JSON.parse(result.out);
    expect(report).toMatchObject({ format: 'pdf', out, mode: 'draft', provenance: false });
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(report.bytes).toBe(readFileSync(out).length);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Союз');
    expect(text).toMatch(/page 2 of \d+/);
  }, 60_000);

  it('shows its progress on stderr while printing a PDF', async () => {
    const result = await concord(['export', file, '--format', 'pdf', '--out', join(dir, 'progress.pdf'), '--draft']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('Laying out the pages…\nPrinting…\nFinding the page of each heading…\nPrinting with the page numbers in the contents…\n');
  }, 60_000);

  it('says there is no ratified text and suggests --draft', async () => {
    const out = join(dir, 'ratified.pdf');
    const result = await concord(['export', file, '--format', 'pdf', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/nothing in this constitution has been ratified yet.*Add --draft/);
    expect(existsSync(out)).toBe(false);
  });

  it('says there is no signed record before a final motion has been voted', async () => {
    const out = join(dir, 'record.json');
    const result = await concord(['export', file, '--format', 'record', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('No motion to ratify the whole text has been put to a vote yet, so there is no ratification record to export.');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unknown format, naming the ones it knows', async () => {
    const result = await concord(['export', file, '--format', 'odt', '--out', join(dir, 'x.odt')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('"odt" is not a format concord can export: use one of pdf, docx, md, html, akn, record.');
  });

  it('asks for --out', async () => {
    const result = await concord(['export', file, '--format', 'md']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--out is required.');
  });

  it('says clearly when there is no Chromium to print with, and writes nothing', async () => {
    process.env.CHROMIUM_PATH = join(dir, 'no-such-chromium');
    const out = join(dir, 'none.pdf');
    const result = await concord(['export', file, '--format', 'pdf', '--out', out, '--draft']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Printing a PDF needs Chromium or Google Chrome, and none was found on this computer.');
    expect(result.err).toContain('CHROMIUM_PATH');
    expect(existsSync(out)).toBe(false);
  });

  it('says when the workspace file does not exist', async () => {
    const result = await concord(['export', join(dir, 'missing.concord'), '--format', 'md', '--out', join(dir, 'x.md')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('no such file');
  });
});
