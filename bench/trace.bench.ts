/**
 * A real editing trace (bench/data/automerge-paper.json.gz: 259,778 keystrokes writing one LaTeX paper)
 * typed into one clause through the editor binding the app uses (Slate + @slate-yjs + Concord's plugins,
 * each keystroke flushed to Yjs as the app does), against the same edits applied to a raw Y.Text. Both must
 * end with the trace's final text. CONCORD_TRACE_EDITS=N replays only the first N keystrokes.
 */
import { YjsEditor } from '@slate-yjs/core';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createEditor, Editor, Node, Transforms } from 'slate';
import * as Y from 'yjs';
import { bindEditor } from '../src/constitution/document.ts';
import { flushProvenance } from '../src/provenance/plugin.ts';
import { initWorkspace } from '../src/workspace/init.ts';
import type { Benchmark } from './bench.ts';

type Patch = [position: number, deleteCount: number, insert: string];

interface Trace {
  endContent: string;
  patches: Patch[];
}

function isPatch(value: unknown): value is Patch {
  return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number' && typeof value[2] === 'string';
}

function readTrace(limit: number): Trace {
  const data: unknown = JSON.parse(gunzipSync(readFileSync(new URL('data/automerge-paper.json.gz', import.meta.url))).toString('utf8'));
  const txns: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'txns') : undefined;
  const endContent: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'endContent') : undefined;
  if (!Array.isArray(txns) || typeof endContent !== 'string') throw new Error('automerge-paper.json.gz: not an editing trace');
  const patches = txns.flatMap((txn: unknown) => {
    const list: unknown = typeof txn === 'object' && txn !== null ? Reflect.get(txn, 'patches') : undefined;
    return Array.isArray(list) ? list.filter(isPatch) : [];
  });
  return { endContent, patches: patches.slice(0, limit) };
}

/** The text the first `patches` leave (to check both replays when only part of the trace runs). */
function expectedText(patches: readonly Patch[]): string {
  let text = '';
  for (const [at, remove, insert] of patches) text = text.slice(0, at) + insert + text.slice(at + remove);
  return text;
}

function replayRawYjs(patches: readonly Patch[]): string {
  const text = new Y.Doc().getText('trace');
  for (const [at, remove, insert] of patches) {
    if (remove > 0) text.delete(at, remove);
    if (insert !== '') text.insert(at, insert);
  }
  return text.toString();
}

function replayEditor(patches: readonly Patch[]): string {
  const doc = new Y.Doc();
  initWorkspace(doc, 'Trace');
  const editor = bindEditor(createEditor(), doc, { actor: () => ({ org: 'o_a', delegate: 'Ana' }) });
  YjsEditor.connect(editor);
  Transforms.setNodes(editor, { type: 'clause' }, { at: [0] });
  YjsEditor.flushLocalChanges(editor);
  patches.forEach(([at, remove, insert], i) => {
    if (remove > 0) Transforms.delete(editor, { at: { anchor: { path: [0, 0], offset: at }, focus: { path: [0, 0], offset: at + remove } } });
    if (insert !== '') Transforms.insertText(editor, insert, { at: { path: [0, 0], offset: at } });
    YjsEditor.flushLocalChanges(editor);
    // The app writes history after a pause in typing; a pause every 1,000 keys here.
    if (i % 1000 === 999) flushProvenance(editor);
  });
  flushProvenance(editor);
  const text = Node.string(Editor.node(editor, [0])[0]);
  YjsEditor.disconnect(editor);
  return text;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const benchmark: Benchmark = {
  name: 'editing trace',
  async run() {
    const limit = Number(process.env.CONCORD_TRACE_EDITS ?? Number.POSITIVE_INFINITY);
    const trace = readTrace(limit);
    const expected = Number.isFinite(limit) ? expectedText(trace.patches) : trace.endContent;
    const raw = timed(() => replayRawYjs(trace.patches));
    const bound = timed(() => replayEditor(trace.patches));
    if (raw.value !== expected) throw new Error('raw Yjs replay did not end with the trace’s text');
    if (bound.value !== expected) throw new Error('editor replay did not end with the trace’s text');
    return [
      {
        figure: `automerge-paper trace, ${trace.patches.length.toLocaleString('en')} keystrokes into one clause through the editor binding (≤ 10× target)`,
        concord: bound.ms,
        baseline: raw.ms,
        baselineName: 'the same edits on a raw Y.Text',
        unit: 'ms',
      },
    ];
  },
};

export default benchmark;
