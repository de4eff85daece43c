/**
 * The constitution editor's Slate instance: bound to the workspace's Y.Doc with Concord's plugins (stable
 * clause ids, @slate-yjs sync), local-only undo/redo (withYHistory tracks this editor's own changes only,
 * as collaborative editors do) and React.
 */
import { withYHistory, type YHistoryEditor } from '@slate-yjs/core';
import { createEditor, Editor } from 'slate';
import { withReact, type ReactEditor } from 'slate-react';
import type * as Y from 'yjs';
import { bindEditor } from '../../src/constitution/document.ts';

export type ConcordEditor = ReactEditor & YHistoryEditor;

/** Blocks per render chunk: long constitutions render and type fast (see ../shared/PITFALLS.md). */
export const CHUNK_SIZE = 1000;

export function createConcordEditor(doc: Y.Doc): ConcordEditor {
  const editor = withReact(withYHistory(bindEditor(createEditor(), doc)));
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  return editor;
}
