/**
 * Edits respect a vote: a change to text under an open vote voids that vote (its closing's digest differs
 * from its opening's), so the first such change a delegate makes is held and they are asked first. A
 * Slate plugin wraps the editing commands — typing, paste, delete, Enter — and, when one would change a
 * block that an open clause, article or whole-text motion covers, holds it and hands it to `ask`: going
 * ahead runs it (and lets further edits under that vote through without asking), anything else drops it,
 * so the text stays exactly as it was. Locked (ratified) text is left to the lock, which refuses it.
 */
import { Editor, Range, Transforms } from 'slate';
import { flushProvenance } from '../provenance/plugin.ts';
import { targetBlocks } from './digest.ts';
import { isLockedAt, lockedIds } from './locks.ts';
import { decidesText, type Parliament } from './parliament.ts';
import type { MotionKind } from './rules.ts';

export interface OpenVote {
  /** The motion's opening statement id. */
  motion: string;
  kind: MotionKind;
}

/** Block id → the open votes its text is under. */
export type VotesOver = ReadonlyMap<string, readonly OpenVote[]>;

/** Which blocks each open text motion covers now (a locked block is the lock's business, not the guard's). */
export function openVotesOver(parliament: Parliament): Map<string, OpenVote[]> {
  const locked = lockedIds(parliament);
  const out = new Map<string, OpenVote[]>();
  for (const motion of parliament.motions) {
    if (motion.status !== 'open' || !decidesText(motion.kind)) continue;
    const covered = new Set([...motion.text.map((b) => b.id), ...targetBlocks(parliament.blocks, motion.target).map((b) => b.id)]);
    for (const id of covered) if (!locked.has(id)) out.set(id, [...(out.get(id) ?? []), { motion: motion.id, kind: motion.kind }]);
  }
  return out;
}

/** What an editing command does, as far as the blocks it changes go. */
export type EditKind = 'text' | 'delete-backward' | 'delete-forward' | 'break';

function idAt(editor: Editor, index: number): string | undefined {
  const node = editor.children[index];
  return node !== undefined && 'id' in node && typeof node.id === 'string' ? node.id : undefined;
}

/**
 * The top-level blocks a command would change at the current selection, and whether it only adds a
 * block after the last of them (Enter at the end of a block: the block's own wording stays).
 */
function blocksTouched(editor: Editor, kind: EditKind, selection: Range | null = editor.selection): { indices: number[]; onlyAfter: boolean } {
  if (!selection) return { indices: [], onlyAfter: false };
  const [start, end] = Range.edges(selection);
  const first = start.path[0] ?? 0;
  const last = end.path[0] ?? first;
  if (Range.isCollapsed(selection)) {
    if (kind === 'delete-backward' && Editor.isStart(editor, start, [first])) return { indices: first > 0 ? [first - 1, first] : [], onlyAfter: false };
    if (kind === 'delete-forward' && Editor.isEnd(editor, start, [first])) return { indices: first + 1 < editor.children.length ? [first, first + 1] : [], onlyAfter: false };
    if (kind === 'break' && Editor.isEnd(editor, start, [first])) return { indices: [first], onlyAfter: true };
  }
  return { indices: Array.from({ length: last - first + 1 }, (_, i) => first + i), onlyAfter: false };
}

/** The open votes a command would void: a block added after a clause voids only the article's or the whole text's vote. */
function votesVoided(editor: Editor, kind: EditKind, votes: VotesOver, at: Range | null = editor.selection): { block: string; votes: OpenVote[] } | undefined {
  const { indices, onlyAfter } = blocksTouched(editor, kind, at);
  // A command that touches locked text is refused by the lock whatever the votes.
  if (indices.some((i) => isLockedAt(editor, i))) return undefined;
  const found = new Map<string, OpenVote>();
  let block = '';
  for (const index of indices) {
    const id = idAt(editor, index);
    for (const vote of (id === undefined ? undefined : votes.get(id)) ?? []) {
      if (onlyAfter && vote.kind === 'clause') continue;
      found.set(vote.motion, vote);
      if (block === '' && id !== undefined) block = id;
    }
  }
  return found.size === 0 ? undefined : { block, votes: [...found.values()] };
}

/** An edit held until the delegate decides. */
export interface HeldEdit {
  /** The first block under vote it would change. */
  block: string;
  votes: OpenVote[];
  /** Make the edit after all (and let further edits under these votes through). */
  proceed(): void;
  /** Drop it: the text stays as it was. */
  drop(): void;
}

export interface EditGuard {
  /** The open votes over each block, as the parliament stands now. */
  votes(): VotesOver;
  /** Told of an edit held because it would void a vote. */
  ask(edit: HeldEdit): void;
}

interface GuardState {
  guard: EditGuard;
  /** Votes this delegate chose to edit under anyway. */
  allowed: Set<string>;
  /** True while an edit is held: further edits under a vote are dropped until the delegate decides. */
  holding: boolean;
}

const STATES = new WeakMap<Editor, GuardState>();

/**
 * Run `action` (an editing command of `kind`) unless it would void a vote this delegate has not chosen to
 * edit under: then it is held, and the guard asks. Commands nested in a held-and-released one pass.
 */
export function guardEdit(editor: Editor, kind: EditKind, action: () => void): void {
  const state = STATES.get(editor);
  if (!state) return action();
  const voided = votesVoided(editor, kind, state.guard.votes());
  const fresh = voided?.votes.filter((v) => !state.allowed.has(v.motion)) ?? [];
  if (!voided || fresh.length === 0) return action();
  if (state.holding) return;
  state.holding = true;
  const selection = editor.selection;
  let settled = false;
  const settle = (): boolean => {
    if (settled) return false;
    settled = true;
    state.holding = false;
    return true;
  };
  state.guard.ask({
    block: voided.block,
    votes: fresh,
    proceed: () => {
      if (!settle()) return;
      for (const vote of fresh) state.allowed.add(vote.motion);
      if (selection) Transforms.select(editor, selection);
      action();
      // Who changed the text under the vote goes into the history at once, for the void to name them.
      flushProvenance(editor);
    },
    drop: () => void settle(),
  });
}

/** Guard the editor's own editing commands (the app guards its clipboard commands with `guardEdit` too). */
export function withVoteGuard<T extends Editor>(editor: T, guard: EditGuard): T {
  STATES.set(editor, { guard, allowed: new Set(), holding: false });
  const { insertText, insertBreak, insertSoftBreak, deleteBackward, deleteForward, deleteFragment, insertFragment } = editor;
  editor.insertText = (text, options) => guardEdit(editor, 'text', () => insertText(text, options));
  editor.insertBreak = () => guardEdit(editor, 'break', () => insertBreak());
  editor.insertSoftBreak = () => guardEdit(editor, 'text', () => insertSoftBreak());
  editor.deleteBackward = (unit) => guardEdit(editor, 'delete-backward', () => deleteBackward(unit));
  editor.deleteForward = (unit) => guardEdit(editor, 'delete-forward', () => deleteForward(unit));
  editor.deleteFragment = (options) => guardEdit(editor, 'text', () => deleteFragment(options));
  editor.insertFragment = (fragment, options) => guardEdit(editor, 'text', () => insertFragment(fragment, options));
  return editor;
}

/**
 * Whether typing at `at` (the selection by default) must not be left to the browser: it would change
 * locked text or text under a vote this delegate has not chosen to edit, so the change may be refused or
 * held, and a character the browser had already drawn would stay on screen though the document never had it.
 */
export function needsCheckedInput(editor: Editor, at: Range | null = editor.selection): boolean {
  const { indices } = blocksTouched(editor, 'text', at);
  if (indices.some((i) => isLockedAt(editor, i))) return true;
  const state = STATES.get(editor);
  if (!state) return false;
  return votesVoided(editor, 'text', state.guard.votes(), at)?.votes.some((v) => !state.allowed.has(v.motion)) ?? false;
}
