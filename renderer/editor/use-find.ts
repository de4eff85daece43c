/**
 * Find and replace in the editor: the bar's state, the matches over the whole constitution (off-screen
 * blocks included: the search reads the editor's value, not the page), the current match selected in the
 * editor and scrolled into view, the matches drawn as Slate decorations, and Replace / Replace all each as
 * one undo step. Matches in ratified or agreed text are found and shown, but never replaced: the bar says
 * how many are locked.
 */
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Text, Transforms, type DecoratedRange, type Descendant, type NodeEntry } from 'slate';
import { ReactEditor } from 'slate-react';
import { lockedBlockIds } from '../../src/constitution/document.ts';
import { findMatches, matchesByBlock, splitLocked, type FindMatch } from '../../src/constitution/find.ts';
import { matchRange, replaceMatches } from '../../src/constitution/replace.ts';
import { elementText, isConstitutionElement, type Block } from '../../src/constitution/schema.ts';
import type { MenuCommand } from '../host.ts';
import type { ConcordEditor } from './create-editor.ts';
import { findShortcutFor, type FindAction } from './shortcuts.ts';
import { asOwnUndoStep } from './undo-step.ts';
import { actFirst } from '../identity/acting-guard.ts';

type FindMode = 'find' | 'replace';

/** How a match is drawn: the current one, another one, or one in locked text. */
type FindHit = 'current' | 'match' | 'locked';

export interface FindModel {
  mode: FindMode;
  query: string;
  replacement: string;
  matchCase: boolean;
  wholeWord: boolean;
  total: number;
  /** The current match's place among all (0-based), or -1 when there is none. */
  current: number;
  locked: number;
  /** What the last Replace or Replace all did (or why it did nothing). */
  message: string;
  readOnly: boolean;
  /** Bumped to ask the bar to focus its query field (Ctrl+F again while open). */
  focusRequest: number;
  setQuery(query: string): void;
  setReplacement(replacement: string): void;
  setMatchCase(on: boolean): void;
  setWholeWord(on: boolean): void;
  setMode(mode: FindMode): void;
  next(): void;
  previous(): void;
  replace(): void;
  replaceAll(): void;
  close(): void;
}

/** Where the current match is: the first match at or after this place in the document. */
interface Place {
  id: string;
  block: number;
  offset: number;
}

const NONE: ReadonlySet<string> = new Set();
const NO_MATCHES: FindMatch[] = [];

/**
 * The editor's children as blocks, index for index, with every character the editor holds (suggested words
 * included, so offsets match the editor's); a stray text node, in a workspace not yet synced, finds nothing.
 */
function asBlock(node: Descendant): Block {
  return isConstitutionElement(node) ? { id: node.id, type: node.type, text: elementText(node) } : { id: '', type: 'clause', text: '' };
}

function lockedOf(editor: ConcordEditor): ReadonlySet<string> {
  const doc = editor.sharedRoot.doc;
  return doc ? lockedBlockIds(doc) : NONE;
}

export function lockedNote(t: TFunction<'editor'>, locked: number): string {
  return locked === 0 ? '' : t('find.locked', { count: locked });
}

function indexAtOrAfter(matches: readonly FindMatch[], blockOf: (id: string, fallback: number) => number, at: Place | null): number {
  if (matches.length === 0) return -1;
  if (!at) return 0;
  const block = blockOf(at.id, at.block);
  const found = matches.findIndex((m) => m.block > block || (m.block === block && m.start >= at.offset));
  return Math.max(found, 0);
}

interface Options {
  readOnly: boolean;
  /** The platform's menu (Edit › Find, Edit › Replace in the desktop app). */
  menu?: { onMenuCommand(listener: (command: MenuCommand) => void): () => void } | undefined;
}

/**
 * The find bar's model (null while closed) and the editor's decorations for it. `children` is the editor's
 * value, passed so the matches are recomputed when it changes.
 */
export function useFind(
  editor: ConcordEditor,
  children: unknown,
  { readOnly, menu }: Options,
): { model: FindModel | null; decorate: ((entry: NodeEntry) => DecoratedRange[]) | undefined } {
  const { t } = useTranslation('editor');
  const [mode, setMode] = useState<FindMode | null>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const [at, setAt] = useState<Place | null>(null);
  const [message, setMessage] = useState('');
  const [reveal, setReveal] = useState(0);
  const [focusRequest, setFocusRequest] = useState(0);

  const open = mode !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `children` stands for the editor's value: a new array after every change (closed, nothing is read)
  const matches = useMemo(
    () => (open ? findMatches(editor.children.map(asBlock), query, { matchCase, wholeWord }) : NO_MATCHES),
    [editor, open && children, open, query, matchCase, wholeWord],
  );
  const locked = open ? lockedOf(editor) : NONE;
  const blockOf = useCallback(
    (id: string, fallback: number) => {
      const at = editor.children[fallback];
      if (isConstitutionElement(at) && at.id === id) return fallback;
      const index = editor.children.findIndex((b) => isConstitutionElement(b) && b.id === id);
      return index < 0 ? fallback : index;
    },
    [editor],
  );
  const current = indexAtOrAfter(matches, blockOf, at);
  const currentMatch = matches[current];

  // Select and scroll to the current match after an explicit move (not when the document changes under it).
  const lastReveal = useRef(0);
  useEffect(() => {
    if (reveal === lastReveal.current) return;
    lastReveal.current = reveal;
    const range = currentMatch && matchRange(editor, currentMatch);
    if (!range) return;
    Transforms.select(editor, range);
    try {
      ReactEditor.toDOMRange(editor, range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
    } catch {
      // Not rendered (the editor is being replaced): the selection is set, scrolling waits for the next move.
    }
  }, [editor, reveal, currentMatch]);

  const moveTo = useCallback((match: FindMatch | undefined) => {
    if (match) setAt({ id: match.id, block: match.block, offset: match.start });
    setReveal((n) => n + 1);
  }, []);

  const startAtCursor = useCallback(() => {
    const selection = editor.selection;
    const block = selection ? editor.children[selection.anchor.path[0] ?? -1] : undefined;
    if (!selection || !isConstitutionElement(block)) return;
    const start = selection.anchor.offset <= selection.focus.offset ? selection.anchor : selection.focus;
    setAt({ id: block.id, block: start.path[0] ?? 0, offset: start.offset });
    // A word selected in one text becomes the query.
    if (selection.anchor.path.join() === selection.focus.path.join() && selection.anchor.offset !== selection.focus.offset) {
      const leaf = block.children[selection.anchor.path[1] ?? 0];
      const selected = leaf?.text.slice(start.offset, Math.max(selection.anchor.offset, selection.focus.offset)) ?? '';
      if (selected.trim() !== '' && !selected.includes('\n')) setQuery(selected);
    }
  }, [editor]);

  const act = useCallback(
    (action: FindAction) => {
      if (action === 'find' || action === 'replace') {
        if (!open) startAtCursor();
        // Tell Slate the editor is left first: else, just after typing, it may put its selection (and the
        // focus) back into the editor while the bar takes the focus.
        if (ReactEditor.isFocused(editor)) ReactEditor.blur(editor);
        setMode(action === 'replace' && !readOnly ? 'replace' : 'find');
        setMessage('');
        setFocusRequest((n) => n + 1);
        setReveal((n) => n + 1);
        return;
      }
      if (!open || matches.length === 0) return;
      const step = action === 'find-next' ? 1 : -1;
      moveTo(matches[(current + step + matches.length) % matches.length]);
    },
    [editor, open, readOnly, matches, current, moveTo, startAtCursor],
  );

  // The keys, anywhere on the page while the editor is shown, and the menu: listening once, acting on the latest state.
  const latestAct = useRef(act);
  useEffect(() => {
    latestAct.current = act;
  }, [act]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const action = findShortcutFor(event);
      if (!action) return;
      event.preventDefault();
      latestAct.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => menu?.onMenuCommand((command) => (command === 'find' || command === 'replace') && latestAct.current(command)), [menu]);

  const byBlock = useMemo(() => matchesByBlock(matches), [matches]);

  const decorate = useCallback(
    ([node, path]: NodeEntry): DecoratedRange[] => {
      const [index, child] = path;
      if (!Text.isText(node) || index === undefined || child === undefined || path.length !== 2) return [];
      const list = byBlock.get(index);
      const block = editor.children[index];
      if (!list || !isConstitutionElement(block)) return [];
      let from = 0;
      for (const leaf of block.children.slice(0, child)) from += leaf.text.length;
      const to = from + node.text.length;
      return list
        .filter((m) => m.start < to && m.end > from)
        .map((m) => {
          const findHit: FindHit = m === currentMatch ? 'current' : locked.has(m.id) ? 'locked' : 'match';
          return { anchor: { path, offset: Math.max(m.start - from, 0) }, focus: { path, offset: Math.min(m.end - from, node.text.length) }, findHit };
        });
    },
    [editor, byBlock, currentMatch, locked],
  );

  if (mode === null) return { model: null, decorate: undefined };
  const split = splitLocked(matches, locked);
  const model: FindModel = {
    mode,
    query,
    replacement,
    matchCase,
    wholeWord,
    total: matches.length,
    current,
    locked: split.locked.length,
    message,
    readOnly,
    focusRequest,
    setQuery: (value) => {
      setQuery(value);
      setMessage('');
      setReveal((n) => n + 1);
    },
    setReplacement,
    setMatchCase: (on) => {
      setMatchCase(on);
      setReveal((n) => n + 1);
    },
    setWholeWord: (on) => {
      setWholeWord(on);
      setReveal((n) => n + 1);
    },
    setMode,
    next: () => act('find-next'),
    previous: () => act('find-previous'),
    replace: () => {
      if (readOnly || !currentMatch) return;
      if (locked.has(currentMatch.id)) {
        setMessage(t('find.lockedNotReplaced'));
        moveTo(matches[(current + 1) % matches.length]);
        return;
      }
      // An edit like any other: a delegate who has not said whom they act for is asked first.
      actFirst(editor, () => {
        let replaced = 0;
        asOwnUndoStep(editor, () => {
          replaced = replaceMatches(editor, [currentMatch], replacement);
        });
        setMessage(replaced === 1 ? t('find.replaced', { count: 1 }) : t('find.changedBeforeReplace'));
        setAt({ id: currentMatch.id, block: currentMatch.block, offset: currentMatch.start + replacement.length });
        setReveal((n) => n + 1);
      });
    },
    replaceAll: () => {
      if (readOnly || split.editable.length === 0) {
        setMessage([t('find.nothingToReplace'), lockedNote(t, split.locked.length)].filter(Boolean).join(' '));
        return;
      }
      actFirst(editor, () => {
        let replaced = 0;
        asOwnUndoStep(editor, () => {
          replaced = replaceMatches(editor, split.editable, replacement);
        });
        setMessage([t('find.replaced', { count: replaced }), lockedNote(t, split.locked.length)].filter(Boolean).join(' '));
      });
    },
    close: () => {
      setMode(null);
      setMessage('');
      ReactEditor.focus(editor);
    },
  };
  return { model, decorate };
}
