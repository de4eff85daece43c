/**
 * "Acting for" before the first edit: a delegate who could say which member organization they act for but
 * has not is asked before their first change, instead of the change being recorded as "someone's" for
 * good. The editor's commands (typing, Enter, delete, paste) and its toolbar's actions go through
 * `actFirst`: once an organization is known (chosen, given by the invitation, or none to choose from) they
 * run at once; otherwise the change is held while ActingForDialog asks — choosing makes it, Cancel drops it.
 */
import { Transforms, type Editor } from 'slate';

export class ActingGuard {
  private held: (() => void) | null = null;
  private needsChoice: () => boolean = () => false;
  private readonly listeners = new Set<() => void>();

  /** Ask `needsChoice` before each change (Workspace keeps it told of the delegate's choice). */
  follow(needsChoice: () => boolean): void {
    this.needsChoice = needsChoice;
  }

  /** Whether a change now would have to wait for the delegate to choose. */
  waiting(): boolean {
    return this.needsChoice();
  }

  /** Make the change now, or hold it (one at a time: others are dropped while the delegate is asked). */
  run(action: () => void): void {
    if (!this.needsChoice()) return action();
    if (this.held) return;
    this.held = action;
    this.notify();
  }

  /** Whether a change is held, waiting for the delegate's choice. */
  asking(): boolean {
    return this.held !== null;
  }

  /** The delegate chose (`go`: make the held change) or cancelled (drop it). */
  settle(go: boolean): void {
    const held = this.held;
    this.held = null;
    this.notify();
    if (go && held) held();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

const GUARDS = new WeakMap<Editor, ActingGuard>();

/** Run an editor action once the delegate has said whom they act for (at once if they have). */
export function actFirst(editor: Editor, action: () => void): void {
  const guard = GUARDS.get(editor);
  if (!guard?.waiting()) return action();
  const selection = editor.selection;
  guard.run(() => {
    // The dialog took the focus: the change goes where the cursor was when it was asked for.
    if (selection) Transforms.select(editor, selection);
    action();
  });
}

/** Whether typing now must go through Slate rather than the browser (it would be held: see checked-input.ts). */
export function actingHoldsInput(editor: Editor): boolean {
  return GUARDS.get(editor)?.waiting() ?? false;
}

/** Put the editor's own editing commands behind `guard` (outermost: asked before the vote guard); paste is create-editor.ts's. */
export function withActingGuard<T extends Editor>(editor: T, guard: ActingGuard): T {
  GUARDS.set(editor, guard);
  const { insertText, insertBreak, insertSoftBreak, deleteBackward, deleteForward, deleteFragment, insertFragment } = editor;
  editor.insertText = (text, options) => actFirst(editor, () => insertText(text, options));
  editor.insertBreak = () => actFirst(editor, () => insertBreak());
  editor.insertSoftBreak = () => actFirst(editor, () => insertSoftBreak());
  editor.deleteBackward = (unit) => actFirst(editor, () => deleteBackward(unit));
  editor.deleteForward = (unit) => actFirst(editor, () => deleteForward(unit));
  editor.deleteFragment = (options) => actFirst(editor, () => deleteFragment(options));
  editor.insertFragment = (fragment, options) => actFirst(editor, () => insertFragment(fragment, options));
  return editor;
}
