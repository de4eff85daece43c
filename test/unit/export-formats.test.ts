/**
 * The text formats on the Debian constitution (articles, sections, clauses from the corpus) with a planted
 * ratification: Markdown and standalone HTML carry every ratified clause in order and nothing else; the
 * DOCX, re-read by mammoth, gives the same headings and clauses in order, numbered by a real Word list
 * with Heading styles; Akoma Ntoso is well-formed XML with one article element per article and eIds made
 * from the clause ids.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { eIdPart, renderAkomaNtoso } from '../../src/export/akoma-ntoso.ts';
import { buildExportModel } from '../../src/export/build-model.ts';
import { renderDocx } from '../../src/export/docx.ts';
import { renderHtml } from '../../src/export/html.ts';
import { renderMarkdown } from '../../src/export/markdown.ts';
import type { ExportModel } from '../../src/export/model.ts';
import { debianBlocks, ORGANIZATIONS, plantedRatification, workspaceOf } from '../fixtures/export/corpus-workspace.ts';
import { checkXml } from '../fixtures/export/xml-check.ts';
import { firstMissingInOrder } from './text-order.ts';

let doc: Y.Doc;
let ratified: ExportModel;
let unratifiedTexts: string[];

/** Texts of unratified clauses that appear in no exported block (so finding one is a real leak). */
function distinctUnratified(model: ExportModel, all: readonly { id: string; text: string }[], unratified: Set<string>): string[] {
  const exported = model.blocks.map((b) => b.text);
  return all.filter((b) => unratified.has(b.id) && !exported.some((t) => t.includes(b.text))).map((b) => b.text);
}

beforeAll(() => {
  doc = workspaceOf(debianBlocks());
  const planted = plantedRatification(doc);
  ratified = buildExportModel(doc, { ratification: planted.facts, now: new Date('2026-04-01T12:00:00Z') });
  const all = buildExportModel(doc, { mode: 'draft', ratification: planted.facts }).blocks;
  unratifiedTexts = distinctUnratified(ratified, all, planted.unratified);
});

describe('the corpus workspace', () => {
  it('has the Debian constitution as articles, sections and clauses, some of them unratified', () => {
    const types = ratified.blocks.map((b) => b.type);
    expect(types.filter((t) => t === 'article')).toHaveLength(9);
    expect(types.filter((t) => t === 'section').length).toBeGreaterThan(20);
    expect(types.filter((t) => t === 'clause').length).toBeGreaterThan(120);
    expect(unratifiedTexts.length).toBeGreaterThan(10);
  });
});

describe('Markdown', () => {
  it('has every ratified block in order with its number, and no unratified clause', () => {
    const md = renderMarkdown(ratified);
    const plain = md.replace(/\\/g, '');
    const needles = ratified.blocks.map((b) => (b.type === 'clause' ? `${b.label} ${b.text}` : b.type === 'preamble' ? b.text : `${b.label}: ${b.text}`));
    expect(firstMissingInOrder(plain, needles)).toBeUndefined();
    for (const text of unratifiedTexts) expect(plain).not.toContain(text);
    expect(md).toMatch(/^# Constitution of Coalición Popular — Народный союз\n\n\*Ratified on 14 March 2026\*/);
    for (const org of ORGANIZATIONS) expect(md).toContain(`| ${org.name} |`);
  });
});

describe('standalone HTML', () => {
  it('is one file with its CSS, page rules, contents and record, and loads nothing from outside', () => {
    const html = renderHtml(ratified);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<style>');
    expect(html).toMatch(/@page\s*{\s*size: A4;/);
    expect(html).toContain('counter(page) " of " counter(pages)');
    expect(html).not.toMatch(/\b(src|href)="(https?:|\/\/|file:)/);
    expect(html).not.toContain('<script');
    const anchors = [...html.matchAll(/<a href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    // The preamble, the articles and sections, the signatures, the record and the appendix.
    expect(anchors.length).toBe(1 + 9 + ratified.blocks.filter((b) => b.type === 'section').length + 3);
    for (const anchor of anchors) expect(ids.has(anchor)).toBe(true);
  });

  it('has every ratified block in order, and no unratified clause', () => {
    let text = '';
    const parser = new Parser({ ontext: (t) => void (text += t) }, { decodeEntities: true });
    parser.write(
      renderHtml(ratified)
        .replace(/<style>[\s\S]*?<\/style>/, '')
        .replace(/<nav[\s\S]*?<\/nav>/, ''),
    );
    parser.end();
    const flat = text.replace(/\s+/g, '');
    const needles = ratified.blocks.map((b) => `${b.label}${b.text}`.replace(/\s+/g, ''));
    expect(firstMissingInOrder(flat, needles)).toBeUndefined();
    for (const t of unratifiedTexts) expect(flat).not.toContain(t.replace(/\s+/g, ''));
  });

  it('marks each block with its status in a draft export', () => {
    const draft = buildExportModel(doc, { mode: 'draft', ratification: plantedRatification(doc).facts });
    const html = renderHtml(draft);
    expect(html).toContain('[under vote]');
    expect(html).toContain('[rejected]');
    expect(html.match(/class="status status-/g)).toHaveLength(draft.blocks.length);
  });
});

describe('DOCX', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderDocx(ratified);
  });

  it('re-read by mammoth gives the same headings and clauses in order', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const items: string[] = [];
    let current: { tag: string; text: string } | undefined;
    const parser = new Parser(
      {
        onopentag(name) {
          if (name === 'h1' || name === 'h2' || name === 'li') current = { tag: name, text: '' };
        },
        ontext(text) {
          if (current) current.text += text;
        },
        onclosetag(name) {
          if (current && name === current.tag) {
            items.push(`${current.tag}:${current.text.trim()}`);
            current = undefined;
          }
        },
      },
      { decodeEntities: true },
    );
    parser.write(value);
    parser.end();
    const expected = [
      'h1:Preamble',
      ...ratified.blocks.filter((b) => b.type !== 'preamble').map((b) => `${b.type === 'article' ? 'h1' : b.type === 'section' ? 'h2' : 'li'}:${b.text}`),
      'h1:Signatures',
      'h1:Ratification record',
      'h1:Appendix: votes on clauses and articles',
    ];
    expect(items).toEqual(expected);
  });

  it('numbers articles, sections and clauses with one Word multi-level list on the Heading styles', () => {
    const files = unzipSync(bytes);
    const numbering = strFromU8(files['word/numbering.xml'] ?? new Uint8Array());
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[\s\S]*?<w:numFmt w:val="upperRoman"\/>[\s\S]*?<w:lvlText w:val="Article %1:"\/>/);
    expect(numbering).toMatch(/<w:lvl w:ilvl="1"[\s\S]*?<w:numFmt w:val="decimal"\/>[\s\S]*?<w:lvlText w:val="Section %2:"\/>/);
    expect(numbering).toMatch(/<w:lvl w:ilvl="2"[\s\S]*?<w:lvlText w:val="\(%3\)"\/>/);
    const body = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(body.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBe(9 + 4);
    const toc = /<w:instrText[^>]*>(TOC [^<]*)<\/w:instrText>/.exec(body)?.[1] ?? '';
    expect(toc).toContain('\\o &quot;1-2&quot;');
    expect(toc).toContain('\\h');
    const headers = Object.keys(files)
      .filter((name) => /^word\/header\d+\.xml$/.test(name))
      .map((name) => strFromU8(files[name] ?? new Uint8Array()));
    expect(headers.some((h) => h.includes('Coalición Popular — Народный союз'))).toBe(true);
    const footers = Object.keys(files)
      .filter((name) => /^word\/footer\d+\.xml$/.test(name))
      .map((name) => strFromU8(files[name] ?? new Uint8Array()));
    expect(footers.some((f) => f.includes('NUMPAGES'))).toBe(true);
  });
});

describe('Akoma Ntoso', () => {
  it('is well-formed XML with one article element per article, eIds from clause ids, and every ratified clause', () => {
    const xml = renderAkomaNtoso(ratified);
    const { problems, elements } = checkXml(xml);
    expect(problems).toEqual([]);
    expect(elements[0]).toMatchObject({ name: 'akomaNtoso', attributes: { xmlns: 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0' } });
    expect(elements.filter((e) => e.name === 'act')).toHaveLength(1);
    const articles = elements.filter((e) => e.name === 'article');
    expect(articles).toHaveLength(ratified.blocks.filter((b) => b.type === 'article').length);
    expect(articles.map((a) => a.attributes.GUID)).toEqual(ratified.blocks.filter((b) => b.type === 'article').map((b) => `#${b.id}`));
    const clauses = ratified.blocks.filter((b) => b.type === 'clause');
    // (An article or section with no clause holds one empty paragraph without a GUID, as the schema wants content.)
    const paragraphs = elements.filter((e) => e.name === 'paragraph' && e.attributes.GUID !== undefined);
    expect(paragraphs.map((p) => p.attributes.GUID)).toEqual(clauses.map((c) => `#${c.id}`));
    for (const [i, p] of paragraphs.entries()) {
      const clause = clauses[i];
      if (clause) expect(p.attributes.eId?.endsWith(eIdPart(clause))).toBe(true);
    }
    const eIds = elements.map((e) => e.attributes.eId).filter((id) => id !== undefined);
    expect(new Set(eIds).size).toBe(eIds.length);
    expect(elements.filter((e) => e.name === 'preamble')).toHaveLength(1);
    expect(elements.filter((e) => e.name === 'section')).toHaveLength(ratified.blocks.filter((b) => b.type === 'section').length);
  });
});
