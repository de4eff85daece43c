/**
 * "Acting for" before the first edit (renderer/identity/acting-guard.ts): while the delegate has not said
 * whom they act for, their first change is held — not made, so never recorded as "someone's" — and made
 * where the cursor was once they choose; changes while they are asked are dropped; Cancel drops the held
 * one; once they have chosen, changes go straight through.
 */
import { createEditor, Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { ActingGuard, actFirst, withActingGuard } from '../../renderer/identity/acting-guard.ts';

function guarded(): { editor: Editor; guard: ActingGuard; chosen: { value: boolean } } {
  const chosen = { value: false };
  const guard = new ActingGuard();
  guard.follow(() => !chosen.value);
  const editor = withActingGuard(createEditor(), guard);
  editor.children = [{ type: 'clause', id: 'c1', children: [{ text: 'Dues.' }] }];
  Transforms.select(editor, Editor.end(editor, [0]));
  return { editor, guard, chosen };
}

const text = (editor: Editor): string => Editor.string(editor, [0]);

describe('acting for before the first edit', () => {
  it('holds the first change, drops others while asking, and makes it where the cursor was once chosen', () => {
    const { editor, guard, chosen } = guarded();
    editor.insertText('!');
    expect(text(editor)).toBe('Dues.');
    expect(guard.asking()).toBe(true);
    editor.deleteBackward('character');
    Transforms.select(editor, Editor.start(editor, [0]));
    chosen.value = true;
    guard.settle(true);
    expect(text(editor)).toBe('Dues.!');
    expect(guard.asking()).toBe(false);
    editor.insertText('?');
    expect(text(editor)).toBe('Dues.!?');
  });

  it('drops the held change on Cancel and asks again at the next one', () => {
    const { editor, guard } = guarded();
    actFirst(editor, () => editor.insertText('x'));
    guard.settle(false);
    expect(text(editor)).toBe('Dues.');
    editor.insertBreak();
    expect(guard.asking()).toBe(true);
    expect(editor.children).toHaveLength(1);
  });
});
