/**
 * What checking every update costs the sync server: one delegate types 40 characters (80 updates: text and provenance) into a
 * constitution of 1,000 clauses; each update is checked by the room's UpdateGate (src/sync/update-check.ts,
 * which applies it to its copy of the room's document) and applied, against applying it alone as the server
 * did before the check. Setting up each room (and its gate's copy) is not timed.
 */
import * as Y from 'yjs';
import { Editor, Transforms } from 'slate';
import { editConstitution } from '../src/constitution/document.ts';
import { UpdateGate } from '../src/sync/update-check.ts';
import { workspaceWith } from '../test/unit/core-helpers.ts';
import type { Benchmark } from './bench.ts';

const CLAUSES = 1000;
const KEYS = 40;

/** The room's starting state and one update per key typed into clause 500. */
function typing(): { start: Uint8Array; keys: Uint8Array[] } {
  const doc = workspaceWith(Array.from({ length: CLAUSES }, (_, i) => `clause:Clause ${i + 1}: each member organization sends one delegate to the parliament.`));
  const start = Y.encodeStateAsUpdate(doc);
  const keys: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => keys.push(update));
  for (let i = 0; i < KEYS; i += 1) {
    editConstitution(doc, (editor) => {
      Transforms.select(editor, Editor.end(editor, [CLAUSES / 2]));
      Editor.insertText(editor, 'x');
    });
  }
  return { start, keys };
}

function room(start: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, start);
  return doc;
}

/** Median wall time (ms) of `loop` over `runs` fresh rooms; preparing each room is not timed. */
function medianLoopMs<T>(prepare: () => T, loop: (state: T) => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const state = prepare();
    const started = performance.now();
    loop(state);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const benchmark: Benchmark = {
  name: 'update-check',
  async run() {
    const { start, keys } = typing();
    const checked = medianLoopMs(
      () => {
        const doc = room(start);
        return { doc, gate: new UpdateGate(doc) };
      },
      ({ doc, gate }) => {
        for (const key of keys) {
          if (!gate.check(key, true).ok) throw new Error('an honest keystroke was refused');
          Y.applyUpdate(doc, key);
        }
      },
    );
    const plain = medianLoopMs(
      () => room(start),
      (doc) => {
        for (const key of keys) Y.applyUpdate(doc, key);
      },
    );
    return [
      {
        figure: `server work per keystroke update in a ${CLAUSES}-clause workspace (${keys.length} updates), median`,
        concord: checked / keys.length,
        baseline: plain / keys.length,
        baselineName: 'Y.applyUpdate alone (the server before updates were checked)',
        unit: 'ms',
      },
    ];
  },
};

export default benchmark;
