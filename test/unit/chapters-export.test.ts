/**
 * The appendix "Member organizations and their chapters": absent until the coalition chooses it, then in
 * the Markdown, the Word file (re-read by mammoth), the print HTML and the PDF printed from it by Chromium
 * (read back with pdftotext, listed in the contents) — each organization's chapters and the chapters the parliament combined, with
 * each organization's local name; contacts left out.
 */
import { wordsFor } from '../../src/export/wording.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { findChromium, launchChromium } from '../../cli/chromium.ts';
import { describe, expect, it } from 'vitest';
import { chooseChaptersAppendix } from '../../src/chapters/appendix.ts';
import { addChapters, listChapters, type ChapterInput } from '../../src/chapters/chapters.ts';
import { combineProposalFor } from '../../src/chapters/combined.ts';
import { overlapOf } from '../../src/chapters/overlap.ts';
import { contentsOf } from '../../src/export/contents.ts';
import { buildExportModel } from '../../src/export/build-model.ts';
import { renderDocx } from '../../src/export/docx.ts';
import { renderHtml } from '../../src/export/html.ts';
import { renderMarkdown } from '../../src/export/markdown.ts';
import { exportPdf } from '../../src/export/pdf.ts';
import { castVote, closeMotion, openMotion } from '../../src/ratify/actions.ts';
import { at, coalition, key } from './ratify-helpers.ts';

function chapter(org: string, localName: string, city: string, region: string, more: Partial<ChapterInput> = {}): ChapterInput {
  return {
    org,
    localName,
    coalitionName: '',
    city,
    region,
    country: 'United States',
    contact: 'secret@example.org',
    headquarters: false,
    latitude: undefined,
    longitude: undefined,
    ...more,
  };
}

async function coalitionWithChapters(): Promise<Awaited<ReturnType<typeof coalition>>> {
  const c = await coalition(2);
  const [o1 = '', o2 = ''] = c.orgs;
  addChapters(c.doc, [
    chapter(o1, 'First New York', 'New York', 'NY', { headquarters: true }),
    chapter(o1, 'First Dallas', 'Dallas', 'TX'),
    chapter(o2, 'Second NYC', 'New York', 'NY'),
  ]);
  const [newYork] = overlapOf(listChapters(c.doc)).cities.filter((g) => g.name === 'New York');
  if (!newYork) throw new Error('no overlap');
  const motion = await openMotion(c.doc, key(c, 0), { kind: 'combine', ...combineProposalFor(newYork, 'Coalition of the Left'), closesAt: at(60) }, at(1));
  await castVote(c.doc, key(c, 0), motion, 'yes', at(2));
  await castVote(c.doc, key(c, 1), motion, 'yes', at(3));
  await closeMotion(c.doc, key(c, 0), motion, at(4));
  return c;
}

describe('the chapters appendix', () => {
  it('is left out until the coalition chooses it, and can be left out of one export', async () => {
    const c = await coalitionWithChapters();
    expect(buildExportModel(c.doc, { mode: 'draft' }).chapters).toBeUndefined();
    chooseChaptersAppendix(c.doc, true);
    expect(buildExportModel(c.doc, { mode: 'draft' }).chapters).toBeDefined();
    expect(buildExportModel(c.doc, { mode: 'draft', chapters: false }).chapters).toBeUndefined();
  });

  it('prints each organization’s chapters and the combined chapter in Markdown, Word and the PDF’s HTML, without contacts', async () => {
    const c = await coalitionWithChapters();
    chooseChaptersAppendix(c.doc, true);
    const model = buildExportModel(c.doc, { mode: 'draft' });
    const lines = [
      'Member organizations and their chapters',
      'Organization 1 (O1)',
      'First New York (headquarters) — New York, NY, United States — as Test Coalition — New York',
      'First Dallas — Dallas, TX, United States — as Test Coalition — Dallas',
      'Organization 2 (O2)',
      'Second NYC — New York, NY, United States — as Test Coalition — New York',
      'Combined coalition chapters',
    ];
    const md = renderMarkdown(model).replace(/\\/g, '');
    const html = renderHtml(model);
    const docx = (await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(model)) })).value;
    for (const text of [md, html, docx]) {
      for (const line of lines) expect(text).toContain(line);
      expect(text).toMatch(
        /Coalition of the Left — New York \(New York, New York, United States\): (First New York \(O1\); Second NYC \(O2\)|Second NYC \(O2\); First New York \(O1\))/,
      );
      expect(text).not.toContain('secret@example.org');
    }
    expect(md).toContain('## Member organizations and their chapters\n\n### Organization 1 (O1)\n\n- First New York (headquarters)');
    expect(contentsOf(wordsFor('en'), model).at(-1)).toMatchObject({ anchor: 'appendix-chapters', title: 'Member organizations and their chapters' });
    expect(html).toContain('<section class="record chapters" id="appendix-chapters">');
  });

  it('prints in the PDF, on a page of its own that the contents list', async () => {
    const chromium = findChromium();
    if (chromium === undefined) throw new Error('This test needs Chromium (apt-get install chromium, or set CHROMIUM_PATH).');
    const c = await coalitionWithChapters();
    chooseChaptersAppendix(c.doc, true);
    const printer = await launchChromium(chromium);
    try {
      // Printed once, without reading the pages back: the contents list the appendix without page numbers.
      const pdf = await exportPdf(buildExportModel(c.doc, { mode: 'draft' }), { print: (html) => printer.print(html) });
      const path = join(mkdtempSync(join(tmpdir(), 'concord-chapters-pdf-')), 'draft.pdf');
      writeFileSync(path, pdf);
      const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).split('\f');
      const appendix = pages.findIndex((page) => page.includes('Member organizations and their chapters') && page.includes('First New York (headquarters)'));
      expect(appendix).toBeGreaterThan(0);
      expect(pages[appendix]).toContain('Second NYC — New York, NY, United States');
      expect(pages[appendix]).toContain('Combined coalition chapters');
      expect(pages.slice(0, appendix).join('\n')).toContain('Member organizations and their chapters');
    } finally {
      await printer.close();
    }
  }, 60_000);
});
