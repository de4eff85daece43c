/**
 * Import of the real corpus (test/fixtures/corpus): the same texts as .txt, .md, .docx, .odt, .pdf and .html
 * must give the same structure, and nothing of the text may be lost or invented.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodePdfJs } from '../../cli/pdfjs.ts';
import { readImportDraft, type ImportDraft } from '../../src/import/index.ts';
import { CORPUS } from '../fixtures/corpus-path.ts';
import { corpusFile, wordCounts, wordCoverage } from '../fixtures/import/helpers.ts';

const FORMATS = ['txt', 'md', 'docx', 'odt', 'pdf', 'html'] as const;
const drafts = new Map<string, Promise<ImportDraft>>();

function draft(name: string): Promise<ImportDraft> {
  let found = drafts.get(name);
  if (!found) {
    found = readImportDraft(corpusFile(name), { pdfjs: nodePdfJs });
    drafts.set(name, found);
  }
  return found;
}

function topLevel(d: ImportDraft): string[] {
  return [...new Set(d.principles.map((p) => p.path[0]).filter((s): s is string => s !== undefined))];
}

/** Everything the import kept of the text: title, paths, labels and principles. */
function allText(d: ImportDraft): string {
  return [d.title, ...d.principles.flatMap((p) => [...p.path, p.label ?? '', p.text])].join('\n');
}

const squash = (text: string): string => text.replace(/\s+/g, ' ');

describe('the Debian constitution in every format', () => {
  const reference = readFileSync(resolve(CORPUS, 'debian-constitution.txt'), 'utf8');

  it.each(FORMATS)('.%s: 11 top-level sections (1–9, A, B) under the title', async (format) => {
    const d = await draft(`debian-constitution.${format}`);
    expect(d.format).toBe(format);
    expect(d.title).toBe('Constitution for the Debian Project (v1.9)');
    const sections = topLevel(d);
    expect(sections).toHaveLength(11);
    expect(sections[0]).toBe('1. Introduction');
    expect(sections[4]).toBe('5. Project Leader');
    expect(sections[9]).toBe('A. Standard Resolution Procedure');
    expect(sections[10]).toBe('B. Use of language and typography');
  });

  it.each(FORMATS)('.%s: 5.1 sits under "5. Project Leader", and its items are numbered', async (format) => {
    const d = await draft(`debian-constitution.${format}`);
    const powers = d.principles.filter((p) => p.path[1]?.startsWith('5.1'));
    expect(powers.length).toBeGreaterThanOrEqual(8);
    for (const p of powers) expect(p.path.slice(0, 2)).toEqual(['5. Project Leader', '5.1. Powers']);
    expect(powers.find((p) => p.text.startsWith('Appoint Delegates'))?.label).toBe('1.');
    // 2.1 is under 2, and A.0 under A.
    expect(d.principles.some((p) => p.path[0] === '2. Decision-making bodies and individuals' && p.path[1] === '2.1. General rules')).toBe(true);
    expect(d.principles.some((p) => p.path[0] === 'A. Standard Resolution Procedure' && p.path[1] === 'A.0. Proposal')).toBe(true);
  });

  it.each(FORMATS.filter((f) => f !== 'txt'))('.%s keeps at least 98 %% of the words of the .txt', async (format) => {
    const d = await draft(`debian-constitution.${format}`);
    expect(wordCoverage(reference, allText(d))).toBeGreaterThanOrEqual(0.98);
  });

  it('the .txt keeps every word of itself, and invents none', async () => {
    const d = await draft('debian-constitution.txt');
    expect(wordCoverage(reference, allText(d))).toBeGreaterThanOrEqual(0.999);
    const invented = [...wordCounts(allText(d)).keys()].filter((word) => !wordCounts(reference).has(word));
    expect(invented).toEqual([]);
  });

  it.each(FORMATS.filter((f) => f !== 'md'))('.%s: every principle is verbatim text of the original (white space aside)', async (format) => {
    const d = await draft(`debian-constitution.${format}`);
    const original = squash(reference);
    for (const p of d.principles) for (const paragraph of p.text.split('\n\n')) expect(original).toContain(squash(paragraph));
  });

  it('the formats agree on the principles, give or take where markup flattened the nesting', async () => {
    const counts = await Promise.all(FORMATS.map(async (f) => (await draft(`debian-constitution.${f}`)).principles.length));
    for (const count of counts) expect(Math.abs(count - (counts[0] ?? 0))).toBeLessThanOrEqual(3);
  });
});

describe('the other Debian documents in every format', () => {
  it.each(FORMATS)('the Social Contract (.%s): two numbered parts with titled commitments', async (format) => {
    const d = await draft(`debian-social-contract.${format}`);
    const parts = topLevel(d);
    expect(parts).toEqual(['"Social Contract" with the Free Software Community', 'The Debian Free Software Guidelines (DFSG)']);
    const free = d.principles.find((p) => p.path[1] === '1. Debian will remain 100% free');
    expect(free?.text).toMatch(/^We provide the guidelines/);
    expect(d.principles.filter((p) => p.path[0] === 'The Debian Free Software Guidelines (DFSG)' && p.path.length === 2)).toHaveLength(10);
  });

  it.each(FORMATS)('the Zen of Python (.%s): one principle a line, under its title', async (format) => {
    const d = await draft(`zen-of-python.${format}`);
    expect(d.title).toBe('The Zen of Python, by Tim Peters');
    expect(d.principles).toHaveLength(19);
    expect(d.principles[0]?.text).toBe('Beautiful is better than ugly.');
    expect(d.principles[18]?.text).toBe("Namespaces are one honking great idea -- let's do more of those!");
  });

  it.each(FORMATS)('the Debian Manifesto (.%s): prose paragraphs under its underlined headings', async (format) => {
    const d = await draft(`debian-manifesto.${format}`);
    const headings = new Set(d.principles.map((p) => p.path[p.path.length - 1]));
    expect(headings).toContain('What is Debian Linux?');
    expect(headings).toContain('Why is Debian being constructed?');
    expect(d.principles.length).toBeGreaterThanOrEqual(10);
    const reference = readFileSync(resolve(CORPUS, 'debian-manifesto.txt'), 'utf8');
    expect(wordCoverage(reference, allText(d))).toBeGreaterThanOrEqual(0.98);
  });
});

describe('the historical documents', () => {
  const all = readdirSync(CORPUS);
  const files = all.filter((f) => /\.(txt|md|docx|odt|pdf|html)$/.test(f) && !/^(debian|zen)-/.test(f) && all.includes(f.replace(/\.\w+$/, '.txt')));

  it('are all in the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(files)('%s imports without error and keeps its words', async (name) => {
    const d = await draft(name);
    expect(d.principles.length).toBeGreaterThan(3);
    const txt = readFileSync(resolve(CORPUS, name.replace(/\.\w+$/, '.txt')), 'utf8');
    expect(wordCoverage(txt, allText(d))).toBeGreaterThanOrEqual(0.98);
  });

  it('the US Constitution: articles with their sections', async () => {
    const d = await draft('us-constitution-1787.txt');
    expect(topLevel(d)).toEqual(['Article 1', 'ARTICLE 2', 'ARTICLE THREE', 'ARTICLE FOUR', 'ARTICLE FIVE', 'ARTICLE SIX', 'ARTICLE SEVEN']);
    const section8 = d.principles.filter((p) => p.path[0] === 'Article 1' && p.path[1] === 'Section 8.');
    expect(section8[0]?.text).toMatch(/^The Congress shall have Power to lay and collect Taxes/);
  });

  it('the Bill of Rights: ten amendments', async () => {
    const d = await draft('us-bill-of-rights-1791.txt');
    expect(topLevel(d)).toHaveLength(10);
    expect(d.principles.find((p) => p.path[0] === 'AMENDMENT I.')?.text).toMatch(/^Congress shall make no law/);
  });

  it('the Articles of Confederation: thirteen articles with their text', async () => {
    const d = await draft('articles-of-confederation-1777.txt');
    expect(topLevel(d)).toHaveLength(13);
    expect(d.principles.find((p) => p.path[0] === 'Article I.')?.text).toBe('The Stile of this Confederacy shall be "The United States of America".');
  });

  it("the Communist Manifesto's ten-point programme", async () => {
    const d = await draft('communist-manifesto-section2.txt');
    expect(d.title).toBe('II. PROLETARIANS AND COMMUNISTS');
    const points = d.principles.filter((p) => p.label !== undefined && /^\d+\.$/.test(p.label));
    expect(points.map((p) => p.label)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.']);
    expect(points[0]?.text).toBe('Abolition of property in land and application of all rents of land to public purposes.');
  });

  it('the UDHR: thirty articles', async () => {
    const d = await draft('udhr.txt');
    const articles = new Set(d.principles.map((p) => p.path.find((s) => /^Article \d+$/.test(s))).filter((s) => s !== undefined));
    expect(articles.size).toBe(30);
  });
});
