/**
 * Sub-clauses in every export format: the print HTML (and so the PDF) indents "(a)" and "(i)" under their
 * clause; Markdown indents them without turning them into code; the DOCX numbers them with levels of the
 * same Word multi-level list, which mammoth reads back as lists nested in the clause's; Akoma Ntoso nests
 * them as `point` and `subparagraph` with the clause's words as their `intro`.
 */
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderAkomaNtoso } from '../../src/export/akoma-ntoso.ts';
import { buildExportModel } from '../../src/export/build-model.ts';
import { renderDocx } from '../../src/export/docx.ts';
import { renderHtml } from '../../src/export/html.ts';
import { renderMarkdown } from '../../src/export/markdown.ts';
import { checkXml } from '../fixtures/export/xml-check.ts';
import { workspaceWith } from './core-helpers.ts';
import { firstMissingInOrder } from './text-order.ts';

const DRAFT = [
  'article:Members',
  'clause:Who may join:',
  'sub:parties;',
  'sub:unions, that is',
  'subsub:local ones;',
  'subsub:national ones;',
  'sub:groups.',
  'clause:Dues are yearly.',
];
const model = buildExportModel(workspaceWith(DRAFT), { mode: 'draft', now: new Date('2026-12-02T12:00:00Z') });

describe('sub-clauses in the export model', () => {
  it('are numbered over the exported blocks and carry their depth', () => {
    expect(model.blocks.map((b) => `${b.label}${b.depth === undefined ? '' : `@${b.depth}`}`)).toEqual(['Article I', '(1)', '(a)@1', '(b)@1', '(i)@2', '(ii)@2', '(c)@1', '(2)']);
  });
});

describe('HTML and PDF', () => {
  it('writes each sub-clause as an indented paragraph after its clause, in order', () => {
    const html = renderHtml(model);
    expect(
      firstMissingInOrder(html, [
        '>(1)<',
        'Who may join:',
        'class="clause sub-1',
        '>(a)<',
        'parties;',
        '>(b)<',
        'class="clause sub-2',
        '>(i)<',
        'local ones;',
        '>(ii)<',
        '>(c)<',
        '>(2)<',
        'Dues are yearly.',
      ]),
    ).toBeUndefined();
    expect(html).toContain('.clause.sub-1 { margin-left: 2.4em; }');
    expect(html).toContain('.clause.sub-2 { margin-left: 4.8em; }');
  });
});

describe('Markdown', () => {
  it('indents sub-clauses by em spaces, one paragraph each, never as code', () => {
    const md = renderMarkdown(model);
    const plain = md.replaceAll(' *\\[draft\\]*', '');
    expect(plain).toContain('(1) Who may join:\n\n\u2003\u2003(a) parties;\n\n\u2003\u2003(b) unions, that is\n\n\u2003\u2003\u2003\u2003(i) local ones;\n\n');
    expect(md).toContain('\u2003\u2003(c) groups. *\\[draft\\]*\n\n(2) Dues are yearly.');
    expect(md).not.toMatch(/^ {4}/m);
  });
});

describe('DOCX', () => {
  it('numbers sub-clauses (a) and (i) as levels of the one multi-level list, restarting under each clause', async () => {
    const bytes = await renderDocx(model);
    const files = unzipSync(bytes);
    const numbering = strFromU8(files['word/numbering.xml'] ?? new Uint8Array());
    expect(numbering).toMatch(/<w:lvl w:ilvl="3"[\s\S]*?<w:numFmt w:val="lowerLetter"\/>[\s\S]*?<w:lvlText w:val="\(%4\)"\/>/);
    expect(numbering).toMatch(/<w:lvl w:ilvl="4"[\s\S]*?<w:numFmt w:val="lowerRoman"\/>[\s\S]*?<w:lvlText w:val="\(%5\)"\/>/);
    const body = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const levels = [...body.matchAll(/<w:ilvl w:val="(\d)"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(levels).toEqual(['0:Members', '2:Who may join:', '3:parties;', '3:unions, that is', '4:local ones;', '4:national ones;', '3:groups.', '2:Dues are yearly.']);
    // Word (and mammoth) read the levels as lists nested in the clause's item.
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const items = value.replaceAll('<em> [draft]</em>', '');
    expect(items).toContain(
      '<ol><li>Who may join:<ol><li>parties;</li><li>unions, that is<ol><li>local ones;</li><li>national ones;</li></ol></li><li>groups.</li></ol></li><li>Dues are yearly.</li></ol>',
    );
  });
});

describe('Akoma Ntoso', () => {
  it('nests a clause’s sub-clauses as points, and theirs as subparagraphs, with the clause’s words as their intro', () => {
    const xml = renderAkomaNtoso(model);
    const { problems, elements } = checkXml(xml);
    expect(problems).toEqual([]);
    const shape = elements.filter((e) => ['paragraph', 'point', 'subparagraph', 'intro', 'content'].includes(e.name)).map((e) => `${e.depth}:${e.name}`);
    expect(shape).toEqual([
      '4:paragraph',
      '5:intro',
      '5:point',
      '6:content',
      '5:point',
      '6:intro',
      '6:subparagraph',
      '7:content',
      '6:subparagraph',
      '7:content',
      '5:point',
      '6:content',
      '4:paragraph',
      '5:content',
    ]);
    const eIds = elements.map((e) => e.attributes.eId).filter((id) => id !== undefined);
    expect(new Set(eIds).size).toBe(eIds.length);
    expect(eIds.some((id) => /^art_[^_]+(?:_[^_]+)*__para_[\w-]+__point_[\w-]+__subpara_[\w-]+$/.test(id))).toBe(true);
    expect(xml).toMatch(/<num>\(1\)<\/num>\s*<intro>\s*<p>Who may join:<\/p>/);
    expect(xml).toMatch(/<subparagraph [^>]*>\s*<num>\(ii\)<\/num>\s*<content>\s*<p>national ones;<\/p>/);
  });
});
