/** The editor's keyboard shortcuts, as a pure mapping from a key event to an editor action. */

export type EditorAction = 'undo' | 'redo' | 'move-up' | 'move-down' | 'toggle-suggesting';

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
  // Word's key for tracking changes.
  if (mod && !event.altKey && event.shiftKey && key === 'e') return 'toggle-suggesting';
  if (event.altKey && event.shiftKey && !mod && event.key === 'ArrowUp') return 'move-up';
  if (event.altKey && event.shiftKey && !mod && event.key === 'ArrowDown') return 'move-down';
  return null;
}

export type FindAction = 'find' | 'replace' | 'find-next' | 'find-previous';

/** Find and replace keys, anywhere in the constitution view: Ctrl/Cmd+F, Ctrl/Cmd+H (Cmd+Alt+F on macOS), F3 and Shift+F3 (Ctrl/Cmd+G too). */
export function findShortcutFor(event: KeyLike): FindAction | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.shiftKey && key === 'f') return event.altKey ? 'replace' : 'find';
  if (mod && !event.altKey && !event.shiftKey && key === 'h') return 'replace';
  if (event.key === 'F3' && !mod && !event.altKey) return event.shiftKey ? 'find-previous' : 'find-next';
  if (mod && !event.altKey && key === 'g') return event.shiftKey ? 'find-previous' : 'find-next';
  return null;
}
