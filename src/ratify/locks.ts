/**
 * Ratified text is locked, in the editor and in the core: a Slate plugin refuses every local operation
 * that would change a ratified (or, seriatim, agreed) block — its wording, its kind, splitting, merging,
 * moving or deleting it — so no screen, command or script changes it by accident. Changing it takes an
 * amendment: when one passes, the delegate who moved it applies the new wording (actions.ts),
 * the only way through the lock. Remote edits are not refused here (a peer's edit is already made); the
 * tally shows a locked block whose text differs from its ratified wording as altered.
 */
import type { Editor, Operation } from 'slate';
import type * as Y from 'yjs';
import { ConcordError } from '../workspace/errors.ts';
import { readParliament, type Parliament } from './parliament.ts';
import { statementsArray } from './statement-log.ts';
import { YjsEditor } from '@slate-yjs/core';

/** The ids of the blocks whose text is locked, cached until a statement is added (only a closing changes them). */
export class LockIndex {
  private cached: Set<string> | undefined;
  private readonly doc: Y.Doc;

  constructor(doc: Y.Doc) {
    this.doc = doc;
    statementsArray(doc).observe(() => {
      this.cached = undefined;
    });
  }

  ids(): Set<string> {
    this.cached ??= lockedIds(readParliament(this.doc));
    return this.cached;
  }
}

export function lockedIds(parliament: Parliament): Set<string> {
  const ids = new Set<string>();
  for (const [id, standing] of parliament.standings) if (standing.lockedText !== '' || standing.status === 'ratified' || standing.status === 'agreed') ids.add(id);
  return ids;
}

/** The top-level blocks an operation would change (by index before it applies). */
function touchedIndices(op: Operation): number[] {
  const first = 'path' in op ? op.path[0] : undefined;
  if (first === undefined) return [];
  switch (op.type) {
    case 'insert_node':
      return op.path.length === 1 ? [] : [first];
    case 'merge_node':
      return op.path.length === 1 ? [first - 1, first] : [first];
    case 'move_node':
      return op.newPath[0] === undefined || op.newPath.length > 1 ? [first, op.newPath[0] ?? first] : [first];
    case 'set_selection':
      return [];
    default:
      return [first];
  }
}

const unlocking = new WeakSet<Editor>();
const LOCKS = new WeakMap<Editor, LockIndex>();

/** Whether the top-level block at `index` is locked in `editor` (an editor without the lock plugin locks nothing). */
export function isLockedAt(editor: Editor, index: number): boolean {
  const node = editor.children[index];
  const locks = LOCKS.get(editor);
  return locks !== undefined && node !== undefined && 'id' in node && typeof node.id === 'string' && locks.ids().has(node.id);
}

/** Refuse local operations on locked blocks: `onRefused` is told (the core throws by default). */
export function withLocks<T extends Editor>(editor: T, locks: LockIndex, onRefused: (refusal: ConcordError) => void = refuseByThrowing): T {
  LOCKS.set(editor, locks);
  const { apply } = editor;
  editor.apply = (op) => {
    const remote = YjsEditor.isYjsEditor(editor) && YjsEditor.connected(editor) && !YjsEditor.isLocal(editor);
    if (!remote && !unlocking.has(editor) && op.type !== 'set_selection') {
      if (touchedIndices(op).some((i) => isLockedAt(editor, i))) return onRefused(new ConcordError('ratify.locked'));
    }
    apply(op);
  };
  return editor;
}

function refuseByThrowing(refusal: ConcordError): never {
  throw refusal;
}

/** Run `change` on `editor` through the lock: only for applying a passed amendment's wording. */
export function withoutLocks(editor: Editor, change: () => void): void {
  unlocking.add(editor);
  try {
    change();
  } finally {
    unlocking.delete(editor);
  }
}
