/**
 * The export model: which blocks a ratified-only export keeps (headings over ratified clauses, nothing
 * unratified), numbering over what is exported, the draft with statuses, the error when nothing is
 * ratified, names kept as they are, and markup escaped in every text format.
 */
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/constitution/document.ts';
import { renderAkomaNtoso } from '../../src/export/akoma-ntoso.ts';
import { buildExportModel, ratifiedBlocks } from '../../src/export/build-model.ts';
import { cssString } from '../../src/export/escape.ts';
import { NO_RATIFICATION, type RatificationFacts } from '../../src/export/facts.ts';
import { renderHtml } from '../../src/export/html.ts';
import { escapeMarkdown, renderMarkdown } from '../../src/export/markdown.ts';
import type { ClauseStatus } from '../../src/export/model.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { workspaceWith } from './core-helpers.ts';
import { COALITION, ORGANIZATIONS, workspaceOf } from '../fixtures/export/corpus-workspace.ts';

function factsFrom(statusByText: Record<string, ClauseStatus>, doc: ReturnType<typeof workspaceWith>): RatificationFacts {
  const byId = new Map(readBlocks(doc).map((b) => [b.id, statusByText[b.text] ?? 'draft']));
  return { ...NO_RATIFICATION, statusOf: (id) => byId.get(id) ?? 'draft' };
}

const SPEC = [
  'preamble:We the members',
  'article:Membership',
  'clause:Any organization may join.',
  'clause:Members pay dues.',
  'article:Meetings',
  'section:Ordinary',
  'clause:Meetings are monthly.',
  'section:Extraordinary',
  'clause:The chair may call one.',
  'article:Dissolution',
  'clause:By unanimity.',
];

describe('ratified-only selection', () => {
  it('keeps ratified clauses and the headings above them, drops the rest, and numbers what is left', () => {
    const doc = workspaceWith(SPEC);
    const ratification = factsFrom(
      {
        'We the members': 'ratified',
        'Any organization may join.': 'rejected',
        'Members pay dues.': 'ratified',
        'Meetings are monthly.': 'under-vote',
        'The chair may call one.': 'ratified',
        'By unanimity.': 'void',
      },
      doc,
    );
    const model = buildExportModel(doc, { ratification });
    expect(model.blocks.map((b) => `${b.label}|${b.text}`)).toEqual([
      '|We the members',
      'Article I|Membership',
      '(1)|Members pay dues.',
      'Article II|Meetings',
      'Section 1|Extraordinary',
      '(1)|The chair may call one.',
    ]);
    expect(model.mode).toBe('ratified');
  });

  it('keeps a heading ratified on its own even with no clause under it', () => {
    const blocks = [
      { id: 'a', type: 'article' as const, text: 'A' },
      { id: 'b', type: 'section' as const, text: 'B' },
      { id: 'c', type: 'clause' as const, text: 'C' },
    ];
    expect(ratifiedBlocks(blocks, (id) => (id === 'a' ? 'ratified' : 'draft')).map((b) => b.id)).toEqual(['a']);
  });

  it('exports the whole draft with statuses and the numbering of the editor in draft mode', () => {
    const doc = workspaceWith(SPEC);
    const model = buildExportModel(doc, { mode: 'draft', ratification: factsFrom({ 'Members pay dues.': 'ratified' }, doc) });
    expect(model.blocks).toHaveLength(SPEC.length);
    expect(model.blocks.find((b) => b.text === 'Members pay dues.')?.status).toBe('ratified');
    expect(model.blocks.find((b) => b.text === 'By unanimity.')).toMatchObject({ label: '(1)', status: 'draft' });
    expect(model.blocks.find((b) => b.text === 'Dissolution')?.label).toBe('Article III');
  });

  it('refuses a ratified-only export of a constitution nothing of which is ratified, and says to export the draft', () => {
    const doc = workspaceWith(SPEC);
    let caught: unknown;
    try {
      buildExportModel(doc);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConcordError);
    expect(caught).toMatchObject({ code: 'export.nothing-ratified' });
    expect(String(caught)).toMatch(/no ratified text.*draft/s);
  });

  it('leaves empty preamble paragraphs and clauses out', () => {
    const doc = workspaceWith(['preamble:', 'article:A', 'clause:', 'clause:Real']);
    expect(buildExportModel(doc, { mode: 'draft' }).blocks.map((b) => `${b.label}|${b.text}`)).toEqual(['Article I|A', '(1)|Real']);
  });
});

describe('names and escaping', () => {
  it('keeps accented and Cyrillic names as they are, and orders the organizations by name', () => {
    const doc = workspaceOf([{ type: 'article', text: 'Союз и Liberación' }]);
    const model = buildExportModel(doc, { mode: 'draft' });
    expect(model.coalition).toBe(COALITION);
    expect(model.organizations.map((o) => o.name).sort()).toEqual(ORGANIZATIONS.map((o) => o.name).sort());
    expect(model.blocks[0]?.text).toBe('Союз и Liberación');
  });

  it('escapes markup in the HTML, the CSS header, Akoma Ntoso and Markdown', () => {
    const evil = 'A & B <script>alert("x")</script> *not* [a](b) | c';
    const doc = workspaceWith([`article:${evil}`, `clause:${evil}`], 'Coalition "</style>"');
    const model = buildExportModel(doc, { mode: 'draft' });
    const html = renderHtml(model);
    expect(html).not.toContain('<script>');
    expect(html).toContain('A &amp; B &lt;script&gt;');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c /style\\3e "');
    const akn = renderAkomaNtoso(model);
    expect(akn).not.toContain('<script>');
    expect(akn).toContain('A &amp; B &lt;script&gt;alert(&quot;x&quot;)');
    const md = renderMarkdown(model);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\*not\\* \\[a\\](b) \\| c');
    expect(escapeMarkdown('1. Not a list')).toBe('1\\. Not a list');
    expect(escapeMarkdown('# Not a heading')).toBe('\\# Not a heading');
  });
});
