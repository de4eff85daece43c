/** The editor's keyboard shortcuts, as a pure mapping from a key event to an editor action. */

export type EditorAction = 'undo' | 'redo' | 'move-up' | 'move-down';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function shortcutFor(event: KeyLike): EditorAction | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.altKey && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (mod && !event.altKey && !event.shiftKey && key === 'y') return 'redo';
  if (event.altKey && event.shiftKey && !mod && event.key === 'ArrowUp') return 'move-up';
  if (event.altKey && event.shiftKey && !mod && event.key === 'ArrowDown') return 'move-down';
  return null;
}
