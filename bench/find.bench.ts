/**
 * Find and replace at 5,000 blocks (bench/draft.ts: clauses of about 50 words, "assembly" among them
 * thousands of times). Figures, each beside a baseline measured in the same run:
 * - finding every match, case matched, against a plain `String.prototype.indexOf` loop over the same texts
 *   (the two counts are checked equal);
 * - finding with case folded and whole words only (what the find bar does by default with Whole word on),
 *   against the same indexOf loop;
 * - Replace all through the app's editor binding (locks, stable ids, provenance), of 100 matches spread
 *   over the draft and of every match, against the same replacements through @slate-yjs alone; each run
 *   on its own copy of the document. Every change to a block copies Slate's list of blocks and is
 *   translated to Yjs on its own, so the cost per replaced block grows with the length of the draft.
 */
import { withYjs, YjsEditor } from '@slate-yjs/core';
import { createEditor, type Editor } from 'slate';
import * as Y from 'yjs';
import { bindEditor, constitutionRoot, readBlocks } from '../src/constitution/document.ts';
import { findMatches, type FindMatch } from '../src/constitution/find.ts';
import { replaceMatches } from '../src/constitution/replace.ts';
import { flushProvenance } from '../src/provenance/plugin.ts';
import { medianMs, type Benchmark } from './bench.ts';
import { draft } from './draft.ts';

const BLOCKS = 5000;
const QUERY = 'assembly';
/** Replace all is slow enough at 5,000 blocks to measure a few runs only. */
const RUNS = 3;
const WARMUP = 1;
/** A realistic Replace all: this many matches spread over the whole draft. */
const SPREAD = 100;

function indexOfCount(texts: readonly string[], query: string): number {
  let count = 0;
  for (const text of texts) {
    for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length)) count += 1;
  }
  return count;
}

/** Copies of `update` as fresh documents, one per measured call (made before the clock starts). */
function copies(update: Uint8Array, n: number): Y.Doc[] {
  return Array.from({ length: n }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    return doc;
  });
}

/** Median ms of Replace all on fresh copies, with the editor `bind` makes, of the matches `pick` keeps. */
async function replaceAllMs(update: Uint8Array, bind: (doc: Y.Doc) => Editor & YjsEditor, pick: (all: FindMatch[]) => FindMatch[]): Promise<{ ms: number; replaced: number }> {
  // Connected before the clock starts, as the app's editor is.
  const editors = copies(update, RUNS + WARMUP).map((doc) => {
    const editor = bind(doc);
    YjsEditor.connect(editor);
    return { doc, editor };
  });
  let replaced = 0;
  const ms = await medianMs(
    () => {
      const next = editors.pop();
      if (!next) throw new Error('out of copies');
      const { doc, editor } = next;
      replaced = replaceMatches(editor, pick(findMatches(readBlocks(doc), QUERY, { matchCase: false, wholeWord: true })), 'congress');
      YjsEditor.flushLocalChanges(editor);
      flushProvenance(editor);
      YjsEditor.disconnect(editor);
    },
    RUNS,
    WARMUP,
  );
  return { ms, replaced };
}

const benchmark: Benchmark = {
  name: 'find',
  async run() {
    const doc = draft(BLOCKS);
    const blocks = readBlocks(doc);
    const texts = blocks.map((b) => b.text);
    const exact = findMatches(blocks, QUERY, { matchCase: true, wholeWord: false }).length;
    const plain = indexOfCount(texts, QUERY);
    if (exact !== plain) throw new Error(`find counted ${exact}, indexOf ${plain}`);
    const baselineMs = await medianMs(() => indexOfCount(texts, QUERY));
    const exactMs = await medianMs(() => findMatches(blocks, QUERY, { matchCase: true, wholeWord: false }));
    const wordsMs = await medianMs(() => findMatches(blocks, 'Assembly', { matchCase: false, wholeWord: true }));
    const update = Y.encodeStateAsUpdate(doc);
    const app = (d: Y.Doc): Editor & YjsEditor => bindEditor(createEditor(), d, { actor: () => ({ org: '', delegate: 'bench' }) });
    const bare = (d: Y.Doc): Editor & YjsEditor => withYjs(createEditor(), constitutionRoot(d));
    const spread = (all: FindMatch[]): FindMatch[] => all.filter((_, i) => i % Math.floor(all.length / SPREAD) === 0).slice(0, SPREAD);
    const every = (all: FindMatch[]): FindMatch[] => all;
    const someApp = await replaceAllMs(update, app, spread);
    const someBare = await replaceAllMs(update, bare, spread);
    const allApp = await replaceAllMs(update, app, every);
    const allBare = await replaceAllMs(update, bare, every);
    if (allApp.replaced !== allBare.replaced || someApp.replaced !== SPREAD) throw new Error(`replaced ${allApp.replaced} with the app's binding, ${allBare.replaced} bare`);
    const baselineName = 'String.prototype.indexOf loop over the same texts';
    return [
      { figure: `find "${QUERY}" in ${BLOCKS} blocks, case matched (${exact} matches), median`, concord: exactMs, baseline: baselineMs, baselineName, unit: 'ms' },
      { figure: `find "Assembly" in ${BLOCKS} blocks, case folded, whole words, median`, concord: wordsMs, baseline: baselineMs, baselineName, unit: 'ms' },
      {
        figure: `Replace all (${SPREAD} matches spread over ${BLOCKS} blocks) through the app's editor binding, median`,
        concord: someApp.ms,
        baseline: someBare.ms,
        baselineName: 'the same replacements through @slate-yjs alone',
        unit: 'ms',
      },
      {
        figure: `Replace all (every one of ${allApp.replaced} matches in ${BLOCKS} blocks) through the app's editor binding, median`,
        concord: allApp.ms,
        baseline: allBare.ms,
        baselineName: 'the same replacements through @slate-yjs alone',
        unit: 'ms',
      },
    ];
  },
};

export default benchmark;
