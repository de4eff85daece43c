/**
 * What checking every update costs the sync server: one delegate types 40 characters (40 updates) into a
 * constitution of 1,000 clauses; each update is checked by the room's UpdateGate (src/sync/update-check.ts,
 * which applies it to its copy of the room's document) and applied, against applying it alone as the server
 * did before the check. Setting up the room (and its gate's copy) is measured apart and left out.
 */
import * as Y from 'yjs';
import { Editor, Transforms } from 'slate';
import { editConstitution } from '../src/constitution/document.ts';
import { UpdateGate } from '../src/sync/update-check.ts';
import { workspaceWith } from '../test/unit/core-helpers.ts';
import { medianMs, type Benchmark } from './bench.ts';

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

const benchmark: Benchmark = {
  name: 'update-check',
  async run() {
    const { start, keys } = typing();
    const checked = await medianMs(() => {
      const doc = room(start);
      const gate = new UpdateGate(doc);
      for (const key of keys) {
        if (!gate.check(key, true).ok) throw new Error('an honest keystroke was refused');
        Y.applyUpdate(doc, key);
      }
    }, 3, 1);
    const plain = await medianMs(() => {
      const doc = room(start);
      for (const key of keys) Y.applyUpdate(doc, key);
    }, 3, 1);
    const checkedSetup = await medianMs(() => new UpdateGate(room(start)), 3, 1);
    const plainSetup = await medianMs(() => room(start), 3, 1);
    return [
      {
        figure: `server work per keystroke update in a ${CLAUSES}-clause workspace (${keys.length} updates), median`,
        concord: (checked - checkedSetup) / keys.length,
        baseline: (plain - plainSetup) / keys.length,
        baselineName: 'Y.applyUpdate alone (the server before updates were checked)',
        unit: 'ms',
      },
    ];
  },
};

export default benchmark;
