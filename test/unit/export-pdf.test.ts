/**
 * The PDF, printed by Debian's headless Chromium from the print HTML, read back with poppler (pdftotext,
 * pdffonts, pdftoppm): every ratified clause in order with its number and no unratified one; the record
 * lists every organization; accented and Cyrillic names survive, set in a font that has them; the title
 * page has no running header or footer and every other page has both; the contents give each heading's
 * real page. Page 1 is rendered to test-results/export-page-1.png for a person to look at.
 */
import { wordsFor } from '../../src/export/wording.ts';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { findChromium, launchChromium, type ChromiumPrinter } from '../../cli/chromium.ts';
import { buildExportModel } from '../../src/export/build-model.ts';
import { contentsOf } from '../../src/export/contents.ts';
import type { ExportModel } from '../../src/export/model.ts';
import { nodeAnchorPages } from '../../cli/pdfjs.ts';
import { exportPdf, type PdfStep } from '../../src/export/pdf.ts';
import { COALITION, debianBlocks, ORGANIZATIONS, plantedRatification, workspaceOf } from '../fixtures/export/corpus-workspace.ts';
import { firstMissingInOrder } from './text-order.ts';

const dir = mkdtempSync(join(tmpdir(), 'concord-export-pdf-'));

let printer: ChromiumPrinter;
let doc: Y.Doc;
let planted: ReturnType<typeof plantedRatification>;

beforeAll(async () => {
  const chromium = findChromium();
  if (chromium === undefined) throw new Error('These tests need Chromium (apt-get install chromium, or set CHROMIUM_PATH).');
  printer = await launchChromium(chromium);
  doc = workspaceOf(debianBlocks());
  planted = plantedRatification(doc);
}, 60_000);

afterAll(async () => {
  await printer?.close();
});

function savePdf(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The text of each page (pdftotext, keeping the lines as they are laid out). */
function pagesOf(path: string): string[] {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

/** Whitespace and hyphens removed (pdftotext joins words hyphenated at a line's end), lower case. */
const squash = (text: string): string => text.replace(/[\s\-\u00ad\u2010]+/g, '').toLowerCase();

/** The pages' text without the running header and footer, whitespace removed, lower case: one string to search in order. */
function bodyText(pages: readonly string[]): string {
  return pages
    .map((page) => {
      const lines = page.split('\n').filter((line) => line.trim() !== '');
      return lines.filter((line) => line.trim() !== COALITION && !/^page \d+ of \d+$/.test(line.trim())).join('\n');
    })
    .map(squash)
    .join('');
}

async function print(model: ExportModel, steps: PdfStep[] = []): Promise<Uint8Array> {
  return exportPdf(model, { print: (html) => printer.print(html), pagesOf: nodeAnchorPages, onProgress: (step) => void steps.push(step) });
}

describe('the ratified-only PDF with provenance notes', () => {
  let model: ExportModel;
  let pages: string[];
  let path: string;
  const steps: PdfStep[] = [];

  beforeAll(async () => {
    const names = ORGANIZATIONS.map((org) => org.name);
    model = buildExportModel(doc, {
      ratification: planted.facts,
      provenance: true,
      // Each clause drawn from one or two organizations, by its position.
      sources: { sourcesOf: (id) => (id.charCodeAt(0) % 3 === 0 ? [names[0] ?? '', names[1] ?? ''] : [names[1] ?? '']) },
    });
    path = savePdf('ratified.pdf', await print(model, steps));
    pages = pagesOf(path);
  }, 60_000);

  it('reports its progress, printing twice to number the contents', () => {
    expect(steps).toEqual(['laying out', 'printing', 'numbering pages', 'printing with page numbers']);
  });

  it('has every ratified clause, in order, with its number', () => {
    const needles = model.blocks.map((block) => squash(`${block.label}${block.text}`));
    expect(needles.length).toBeGreaterThan(150);
    expect(firstMissingInOrder(bodyText(pages.slice(2)), needles)).toBeUndefined();
  });

  it('has no unratified clause', () => {
    const all = buildExportModel(doc, { mode: 'draft', ratification: planted.facts }).blocks;
    const exported = model.blocks.map((b) => b.text);
    const leaks = all.filter((b) => planted.unratified.has(b.id) && !exported.some((t) => t.includes(b.text)));
    expect(leaks.length).toBeGreaterThan(10);
    const text = bodyText(pages);
    expect(leaks.filter((b) => text.includes(squash(b.text))).map((b) => b.text)).toEqual([]);
  });

  it('has a title page with the coalition, the ratification date and the members, and no header or footer', () => {
    const first = pages[0] ?? '';
    expect(squash(first)).toContain(squash(COALITION));
    expect(first).toContain('Ratified on 14 March 2026');
    for (const org of ORGANIZATIONS) expect(first).toContain(org.name);
    expect(first).not.toMatch(/page \d+ of \d+/);
  });

  it('keeps accented and Cyrillic names, in a font that has their letters', () => {
    const all = pages.join('\n');
    expect(all).toContain('Partido Socialismo y Liberación');
    expect(all).toContain('Союз');
    expect(all).toContain('Łódzka Rada Robotnicza');
    expect(all).toContain('Народный союз');
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSerif/);
  });

  it('has the running header and "page N of M" on every page after the title page', () => {
    const total = pages.length;
    expect(total).toBeGreaterThan(10);
    pages.forEach((page, i) => {
      if (i === 0) return;
      expect(page).toContain(COALITION);
      expect(page).toContain(`page ${i + 1} of ${total}`);
    });
  });

  it('numbers the contents with the page each heading is on', async () => {
    const entries = contentsOf(wordsFor('en'), model);
    const landed = await nodeAnchorPages(
      new Uint8Array(readFileSync(path)),
      entries.map((e) => e.anchor),
    );
    expect(landed.size).toBe(entries.length);
    // The contents start on page 2 and may run over onto page 3.
    const contents = squash(`${pages[1] ?? ''}${pages[2] ?? ''}`);
    const printed = entries.map((entry) => squash(`${entry.label}${entry.title}${landed.get(entry.anchor) ?? '?'}`));
    expect(firstMissingInOrder(contents, printed)).toBeUndefined();
    for (const entry of entries) {
      const page = landed.get(entry.anchor) ?? 0;
      expect(squash(pages[page - 1] ?? ''), `${entry.label} ${entry.title} on page ${page}`).toContain(squash(`${entry.label}${entry.title}`));
    }
  });

  it('has the ratification record with every organization, its vote, date and key fingerprint', () => {
    const start = pages.findLastIndex((page) => /ratification record/i.test(page));
    expect(start).toBeGreaterThan(2);
    const record = pages.slice(start).join('\n');
    expect(record).toContain('adopted on 14 March 2026');
    for (const row of model.record) {
      expect(squash(record)).toContain(squash(`${row.organization}`));
      expect(record).toContain(row.fingerprint);
      expect(record).toContain(row.date);
    }
    expect(record).toContain('Abstained');
  });

  it('has the provenance notes under the clauses', () => {
    expect(pages.join('\n')).toMatch(/Drawn from: Partido Socialismo y Liberación; Союз/);
  });

  it('renders page 1 to an image kept with the test results', () => {
    mkdirSync('test-results', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', path, join('test-results', 'export-page-1')]);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '2', '-l', '2', '-singlefile', path, join('test-results', 'export-page-2')]);
    const png = readFileSync(join('test-results', 'export-page-1.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // A4 at 80 dpi: 662 × 935 or 936 pixels.
    expect(png.readUInt32BE(16)).toBe(662);
    expect(Math.abs(png.readUInt32BE(20) - 935.4)).toBeLessThan(1);
  });
});

describe('the full draft with status marks', () => {
  it('has every block, unratified ones too, each with its status', async () => {
    const model = buildExportModel(doc, { mode: 'draft', ratification: planted.facts });
    const pages = pagesOf(savePdf('draft.pdf', await print(model)));
    const text = bodyText(pages.slice(2));
    const needles = model.blocks.map((b) => squash(`${b.label}${b.text}[${b.status.replace('-', ' ')}]`));
    expect(firstMissingInOrder(text, needles)).toBeUndefined();
    expect(pages[0]).toContain('Draft with status marks');
  }, 60_000);
});
