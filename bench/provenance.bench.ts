/**
 * Provenance on a large coalition: 12 organizations × 200 principles (test/fixtures/compare/aligned-orgs.ts)
 * and a 500-clause draft adopted from them (every fifth clause merged from two principles, every third
 * reworded). Figures, each beside a baseline measured in the same run:
 * - coverage of every organization (one pass building principle → clauses) against a naive scan of every
 *   clause's origins for every principle;
 * - the provenance of every clause for the gutter (ProvenanceIndex) against decoding the provenance root to
 *   JSON and resolving each clause from it;
 * - one clause's provenance for the panel against finding it in the whole root decoded to JSON;
 * - what the history costs: bytes the Y.Doc grows by while a delegate types a 300-character clause key by
 *   key, against the same typing through @slate-yjs alone (no provenance plugin).
 */
import { withYjs, YjsEditor } from '@slate-yjs/core';
import { createEditor, Editor, Transforms } from 'slate';
import * as Y from 'yjs';
import { bindEditor, constitutionRoot, editConstitution, readBlocks } from '../src/constitution/document.ts';
import { setBlockText } from '../src/constitution/structure.ts';
import { adoptPrinciples } from '../src/provenance/adopt.ts';
import { coverage } from '../src/provenance/coverage.ts';
import { flushProvenance } from '../src/provenance/plugin.ts';
import { clauseProvenance, ProvenanceIndex } from '../src/provenance/resolve.ts';
import { provenanceMap } from '../src/provenance/store.ts';
import { addSource, currentPrinciples } from '../src/workspace/sources.ts';
import { addOrganization, listOrganizations } from '../src/workspace/workspace.ts';
import { initWorkspace } from '../src/workspace/init.ts';
import { alignedOrganizations } from '../test/fixtures/compare/aligned-orgs.ts';
import { medianMs, type Benchmark, type BenchRow } from './bench.ts';

const BY = { org: '', delegate: 'bench' };

function largeCoalition(): Y.Doc {
  const doc = new Y.Doc();
  initWorkspace(doc, 'Bench Coalition');
  const { orgs } = alignedOrganizations(12, 200, 20);
  for (const org of orgs) {
    addOrganization(doc, { name: org.name, short: org.short });
    addSource(doc, org.short, `${org.short} platform`, {
      fileName: `${org.short}.txt`,
      format: 'txt',
      digest: org.short,
      principles: org.principles.map((p) => ({ id: p.id, path: [], text: p.text })),
    });
  }
  const ids = orgs.flatMap((o) => o.principles.map((p) => p.id));
  const texts = new Map(orgs.flatMap((o) => o.principles.map((p) => [p.id, p.text])));
  editConstitution(doc, (editor) => {
    for (let i = 0; i < 500; i += 1) {
      const first = ids[(i * 7) % ids.length] ?? '';
      const second = ids[(i * 7 + 1201) % ids.length] ?? '';
      const merged = i % 5 === 0;
      const id = adoptPrinciples(editor, doc, merged ? [first, second] : [first], { by: BY, ...(merged ? { text: `${texts.get(first)} ${texts.get(second)}` } : {}) });
      if (i % 3 === 0) setBlockText(editor, id, `Reworded: ${texts.get(first)}`);
    }
  });
  return doc;
}

/** The baseline's coverage: for every principle of every organization, look through every clause's origins. */
function naiveCoverage(doc: Y.Doc): number[] {
  const blocks = readBlocks(doc);
  const root = provenanceMap(doc).toJSON();
  const entries = blocks.map((b) => ({ block: b, entry: root[b.id] }));
  return listOrganizations(doc).map((org) => {
    const principles = currentPrinciples(doc, org.id);
    let used = 0;
    for (const p of principles) {
      if (entries.some(({ entry }) => Array.isArray(entry?.origins) && entry.origins.some((o: { principle?: unknown }) => o.principle === p.id))) used += 1;
    }
    return used;
  });
}

/** Bytes the document grows by while `text` is typed key by key into a new clause, with or without provenance. */
function typingCost(withProvenance: boolean, text: string, keysPerSnapshot = 1): number {
  const doc = new Y.Doc();
  initWorkspace(doc, 'Typing');
  const before = Y.encodeStateAsUpdate(doc).length;
  const editor = withProvenance ? bindEditor(createEditor(), doc, { actor: () => ({ org: 'o_a', delegate: 'Ana' }) }) : withYjs(createEditor(), constitutionRoot(doc));
  YjsEditor.connect(editor);
  [...text].forEach((char, i) => {
    Transforms.insertText(editor, char, { at: Editor.end(editor, [0]) });
    YjsEditor.flushLocalChanges(editor);
    // A pause longer than the history delay every `keysPerSnapshot` keys (1: the worst case).
    if ((i + 1) % keysPerSnapshot === 0) flushProvenance(editor);
  });
  flushProvenance(editor);
  YjsEditor.disconnect(editor);
  return Y.encodeStateAsUpdate(doc).length - before;
}

const benchmark: Benchmark = {
  name: 'provenance',
  async run() {
    const doc = largeCoalition();
    const blocks = readBlocks(doc);
    const fast = coverage(doc).map((c) => c.used);
    const slow = naiveCoverage(doc);
    if (fast.join() !== slow.join()) throw new Error(`coverage ${fast.join()} ≠ naive ${slow.join()}`);
    const middle = blocks[250]?.id ?? '';

    const coverageMs = await medianMs(() => coverage(doc));
    const naiveMs = await medianMs(() => naiveCoverage(doc));
    const gutterMs = await medianMs(() => {
      const index = new ProvenanceIndex(doc);
      return blocks.map((b) => index.of(b.id)?.origins.length);
    });
    const gutterBaselineMs = await medianMs(() => {
      const root = provenanceMap(doc).toJSON();
      return readBlocks(doc).map((b) => root[b.id]?.origins?.length);
    });
    const oneMs = await medianMs(() => clauseProvenance(doc, middle));
    const oneBaselineMs = await medianMs(() => provenanceMap(doc).toJSON()[middle]);
    const text =
      'Every member organization sends one delegate to the assembly, which meets at least twice a year and decides by a majority of the votes cast unless this constitution requires more; its decisions bind every member until the next assembly changes them. ';
    const typed = text.repeat(2).slice(0, 300);
    const rows: BenchRow[] = [
      {
        figure: `coverage of 12 orgs × 200 principles by a 500-clause draft (${fast.reduce((a, b) => a + b, 0)} used), median`,
        concord: coverageMs,
        baseline: naiveMs,
        baselineName: 'scan every clause’s origins for each principle',
        unit: 'ms',
      },
      {
        figure: 'provenance of all 500 clauses (gutter chips), median',
        concord: gutterMs,
        baseline: gutterBaselineMs,
        baselineName: 'decode the provenance root to JSON, look each clause up (no merged-in origins)',
        unit: 'ms',
      },
      {
        figure: 'provenance of one clause (panel), median',
        concord: oneMs,
        baseline: oneBaselineMs,
        baselineName: 'decode the provenance root to JSON, take one entry',
        unit: 'ms',
      },
      {
        figure: 'document growth typing 300 characters into a clause, one author, history written after every key',
        concord: typingCost(true, typed),
        baseline: typingCost(false, typed),
        baselineName: '@slate-yjs alone (no provenance, no history)',
        unit: 'bytes',
      },
      {
        figure: 'document growth typing 300 characters, one author, a pause (history written) every 12 keys',
        concord: typingCost(true, typed, 12),
        baseline: typingCost(false, typed),
        baselineName: '@slate-yjs alone (no provenance, no history)',
        unit: 'bytes',
      },
    ];
    return rows;
  },
};

export default benchmark;
