/**
 * The constitution editor's Slate instance: bound to the workspace's Y.Doc with Concord's plugins (stable
 * clause ids, @slate-yjs sync), cursors shared over awareness, local-only undo/redo (withYHistory tracks
 * this editor's own changes only, as collaborative editors do) and React, with plain text pasted as src/constitution/paste.ts says,
 * and suggestion mode (src/suggest/plugin.ts).
 */
import { withCursors, withYHistory, type CursorEditor, type YHistoryEditor } from '@slate-yjs/core';
import type { Awareness } from 'y-protocols/awareness';
import { createEditor, Editor } from 'slate';
import { withReact, type ReactEditor } from 'slate-react';
import type * as Y from 'yjs';
import { bindEditor } from '../../src/constitution/document.ts';
import { insertPastedText } from '../../src/constitution/paste.ts';
import { guardEdit, withVoteGuard, type EditGuard } from '../../src/ratify/vote-guard.ts';
import { PRESENCE_FIELD } from '../../src/sync/presence.ts';
import type { ActorSource } from '../../src/workspace/actor.ts';
import { isSuggesting, withSuggestions, type SuggestionMode } from '../../src/suggest/plugin.ts';
import { actFirst, withActingGuard, type ActingGuard } from '../identity/acting-guard.ts';
import { CHUNK_SIZE } from './chunk-size.ts';
import type { ConcordError } from '../../src/workspace/errors.ts';

/**
 * A cursor is labelled from its delegate's presence (the awareness `user` field that use-sync keeps up to
 * date): one source, so a reconnected or recreated editor never sends a blank label of its own.
 */
export type CursorData = Record<string, unknown>;

export type ConcordEditor = ReactEditor & YHistoryEditor & CursorEditor<CursorData>;

/**
 * A copy of pasted or dropped data that stays readable after its event (the browser empties the original),
 * so a paste held by the vote guard can be made later.
 */
function keptData(data: DataTransfer): DataTransfer {
  const copy = new DataTransfer();
  for (const type of data.types) if (type !== 'Files') copy.setData(type, data.getData(type));
  return copy;
}

/**
 * `onLocked` is told when a change to ratified text is refused; `guard` is asked before a change to text
 * under vote, `acting` before any change while the delegate has not said whom they act for, and `suggesting`
 * turns the delegate's changes into suggestions (outside the vote guard: a suggestion leaves the agreed
 * wording, and so the votes, as they are; inside the acting guard: a suggestion names its proposer).
 */
export function createConcordEditor(
  doc: Y.Doc,
  awareness: Awareness,
  actor: ActorSource,
  onLocked: (refusal: ConcordError) => void,
  guard: EditGuard,
  acting: ActingGuard,
  suggesting: SuggestionMode,
): ConcordEditor {
  const bound = withVoteGuard(withReact(withYHistory(withCursors(bindEditor(createEditor(), doc, { actor, onLocked }), awareness, { cursorDataField: PRESENCE_FIELD }))), guard);
  const editor = withActingGuard(withSuggestions(bound, doc, suggesting), acting);
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  // Paste and drop as one edit: held whole, or made whole (its lines are several commands).
  const { insertData } = editor;
  editor.insertData = (data) => {
    const kept = keptData(data);
    // A suggestion leaves the wording voted on as it is: nothing to ask but whom the delegate acts for.
    actFirst(editor, () => (isSuggesting(editor) ? insertData(kept) : guardEdit(editor, 'text', () => insertData(kept))));
  };
  // Text from outside the editor: a block per line, blank lines dropped, drafted here (src/constitution/paste.ts).
  editor.insertTextData = (data) => {
    const text = data.getData('text/plain');
    if (text === '') return false;
    // While suggesting, pasted words join the suggestion on the block (its lines run together).
    if (isSuggesting(editor)) editor.insertText(text.replace(/\s*\n\s*/g, ' '));
    else insertPastedText(editor, text);
    return true;
  };
  return editor;
}
