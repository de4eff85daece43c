/**
 * The constitution editor: a toolbar of structural actions (and the Suggest changes toggle) over the Slate
 * editor bound to the workspace. Every action is a core function from src/constitution/structure.ts; this
 * component only wires them up.
 */
import { YjsEditor, yTextToSlateElement } from '@slate-yjs/core';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecoratedRange, Descendant, NodeEntry } from 'slate';
import { RemoteCursors } from '../sync/RemoteCursors.tsx';
import { Editor, Transforms } from 'slate';
import { Editable, ReactEditor, Slate, type RenderChunkProps, type RenderElementProps } from 'slate-react';
import { BLOCK_TYPES, isBlockType, isConstitutionElement, toBlock, type BlockType, type ConstitutionElement } from '../../src/constitution/schema.ts';
import {
  blocksOf,
  canMove,
  currentBlock,
  deleteBlock,
  insertAtCursor,
  moveBlock,
  moveBlockTo,
  selectBlock,
  setBlockType,
  type Direction,
} from '../../src/constitution/structure.ts';
import { BlockElement, blockWords } from './BlockElement.tsx';
import type { ConcordEditor } from './create-editor.ts';
import type { CurrentBlockStore } from './current-block-store.ts';
import { changesNumbering, type LabelStore } from './label-store.ts';
import type { GutterStore } from '../provenance/gutter-store.ts';
import type { ParliamentStore } from '../ratify/parliament-store.ts';
import { guardEdit } from '../../src/ratify/vote-guard.ts';
import { useCheckedInput } from './checked-input.ts';
import { shortcutFor } from './shortcuts.ts';
import { asOwnUndoStep } from './undo-step.ts';
import { takeBrowserCaret } from './browser-caret.ts';
import { FindBar } from './FindBar.tsx';
import { actFirst } from '../identity/acting-guard.ts';
import { indentAtCursor, lockedIn, useTabKeys } from './tab-keys.ts';
import { canIndent, type IndentDirection } from '../../src/constitution/subclauses.ts';
import { useFind } from './use-find.ts';
import type { MenuCommand } from '../host.ts';
import { leafRenderer } from './Leaf.tsx';
import { useSuggestMode, type SuggestModeStore } from '../suggest/suggest-mode.ts';
import type { ProposerStore } from '../suggest/proposer-store.ts';
import type { PassageDecorate, PassageStore } from '../comments/passage-store.ts';
import { selectedPassage, type PassageSelectionStore } from '../comments/passage-selection.ts';

interface Props {
  editor: ConcordEditor;
  labels: LabelStore;
  readOnly?: boolean;
  /** Provenance chips and comment counts in the gutter. */
  gutter?: GutterStore;
  /** Ratification status badges in the gutter. */
  parliament?: ParliamentStore;
  /** Kept told of the block the cursor is in (and its text). */
  currentBlock?: CurrentBlockStore;
  /** The platform's menu, for Edit › Find and Replace. */
  menu?: { onMenuCommand(listener: (command: MenuCommand) => void): () => void };
  /** Suggestion mode: the toolbar's toggle (src/suggest/plugin.ts does the rest). */
  suggesting?: SuggestModeStore;
  /** Who proposed each suggestion, for its colour. */
  proposers?: ProposerStore;
  /** The passages of open comments, highlighted. */
  passages?: PassageStore;
  /** Kept told of the words selected, for a comment on them. */
  passageSelection?: PassageSelectionStore;
}

function SuggestToggle({ store, disabled }: { store: SuggestModeStore; disabled: boolean }): ReactNode {
  const { t } = useTranslation('editor');
  const on = useSuggestMode(store);
  return (
    <button
      type="button"
      className={on ? 'suggest-toggle is-on' : 'suggest-toggle'}
      aria-pressed={on}
      disabled={disabled}
      onClick={() => store.set(!on)}
      title={t('toolbar.suggestHint')}
    >
      {on ? t('toolbar.suggesting') : t('toolbar.suggest')}
    </button>
  );
}

const NO_PASSAGES = (): (() => void) => () => undefined;
const NO_DECORATOR = (): PassageDecorate | undefined => undefined;

function focusBlock(editor: ConcordEditor, id: string): void {
  selectBlock(editor, id);
  ReactEditor.focus(editor);
}

export function ConstitutionEditor({
  editor,
  labels,
  readOnly = false,
  gutter,
  parliament,
  currentBlock: currentStore,
  menu,
  suggesting,
  proposers,
  passages,
  passageSelection,
}: Props): ReactNode {
  const { t, i18n } = useTranslation('editor');
  const [, setVersion] = useState(0);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  // The first render already shows the document (the binding connects just after, in an effect).
  const initialValue = useMemo((): Descendant[] => {
    // An empty shared text reads as one bare text node: a workspace joined but not yet synced.
    const children: Descendant[] = yTextToSlateElement(editor.sharedRoot).children;
    const blocks = children.filter(isConstitutionElement);
    return blocks.length > 0 ? blocks : [{ type: 'preamble', id: 'empty', children: [{ text: '' }] }];
  }, [editor]);

  useEffect(() => {
    YjsEditor.connect(editor);
    const block = currentBlock(editor);
    currentStore?.set(block && toBlock(block));
    setVersion((v) => v + 1);
    return () => YjsEditor.disconnect(editor);
  }, [editor, currentStore]);
  // Numbered once connected, and again in the new words when the app's language changes.
  const language = i18n.resolvedLanguage;
  useEffect(() => {
    if (language !== undefined) labels.update(blocksOf(editor).map(toBlock));
  }, [editor, labels, language]);

  const current = currentBlock(editor);
  const find = useFind(editor, editor.children, { readOnly, menu });
  const renderLeaf = useMemo(() => leafRenderer(proposers), [proposers]);
  // A new `decorate` makes slate-react redecorate every block: only when find or the comments' passages change, never per key.
  const passageDecorate = useSyncExternalStore(passages?.subscribe ?? NO_PASSAGES, passages?.decorator ?? NO_DECORATOR);
  const decorate = useMemo(() => {
    const found = find.decorate;
    if (!passageDecorate) return found;
    return (entry: NodeEntry): DecoratedRange[] => {
      const marked = passageDecorate(editor, entry);
      return found ? [...found(entry), ...marked] : marked;
    };
  }, [editor, find.decorate, passageDecorate]);

  /** The block the caret is in as the toolbar acts: the browser's caret, which Slate may not have taken in yet. */
  const caretBlock = (): ConstitutionElement | undefined => {
    takeBrowserCaret(editor);
    return currentBlock(editor);
  };
  const insert = (type: BlockType): void => {
    const block = caretBlock();
    const selection = editor.selection;
    const index = selection?.anchor.path[0];
    const cursor = block && index !== undefined && selection ? { id: block.id, atStart: Editor.isStart(editor, selection.anchor, [index]) } : undefined;
    actFirst(editor, () => asOwnUndoStep(editor, () => focusBlock(editor, insertAtCursor(editor, type, cursor))));
  };
  const indent = (direction: IndentDirection): void => {
    indentAtCursor(editor, direction);
    ReactEditor.focus(editor);
  };
  const move = (direction: Direction): void => {
    const block = caretBlock();
    if (block) actFirst(editor, () => asOwnUndoStep(editor, () => moveBlock(editor, block.id, direction) && focusBlock(editor, block.id)));
  };
  const remove = (): void => {
    const current = caretBlock();
    if (!current) return;
    if (window.confirm(t(`confirmDelete.${current.type}`))) actFirst(editor, () => guardEdit(editor, 'text', () => asOwnUndoStep(editor, () => deleteBlock(editor, current.id))));
  };

  const onDropBlock = useCallback(
    (dragged: string, target: string, place: 'before' | 'after') => {
      actFirst(editor, () => asOwnUndoStep(editor, () => moveBlockTo(editor, dragged, target, place) && focusBlock(editor, dragged)));
    },
    [editor],
  );

  const words = useMemo(() => blockWords(t), [t]);
  const renderElement = useCallback(
    (props: RenderElementProps) => <BlockElement {...props} labels={labels} gutter={gutter} parliament={parliament} onDropBlock={onDropBlock} words={words} />,
    [labels, gutter, parliament, onDropBlock, words],
  );

  const renderChunk = useCallback(
    ({ attributes, children, lowest }: RenderChunkProps) => (
      <div {...attributes} className={lowest ? 'chunk' : undefined}>
        {children}
      </div>
    ),
    [],
  );

  const checkedInput = useCheckedInput(editor);
  const tabKeys = useTabKeys(editor);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (tabKeys.onKeyDown(event)) return;
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'undo') editor.undo();
    else if (action === 'redo') editor.redo();
    else if (action === 'toggle-suggesting') suggesting?.set(!readOnly && !suggesting.get());
    else move(action === 'move-up' ? 'up' : 'down');
  };

  return (
    <Slate
      editor={editor}
      initialValue={initialValue}
      onChange={() => {
        if (changesNumbering(editor)) labels.update(blocksOf(editor).map(toBlock));
        const block = currentBlock(editor);
        currentStore?.set(block && toBlock(block));
        passageSelection?.set(selectedPassage(editor));
        setVersion((v) => v + 1);
      }}
    >
      <div className="editor-head">
        <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
          <button type="button" disabled={readOnly} onClick={() => insert('article')}>
            {t('toolbar.addArticle')}
          </button>
          <button type="button" disabled={readOnly} onClick={() => insert('section')}>
            {t('toolbar.addSection')}
          </button>
          <button type="button" disabled={readOnly} onClick={() => insert('clause')}>
            {t('toolbar.addClause')}
          </button>
          <span className="toolbar-sep" />
          <label className="toolbar-type">
            <span className="sr-only">{t('toolbar.blockType')}</span>
            <select
              aria-label={t('toolbar.blockType')}
              disabled={readOnly || !current}
              value={current?.type ?? 'clause'}
              onChange={(event) => {
                const type = event.target.value;
                if (current && isBlockType(type)) actFirst(editor, () => guardEdit(editor, 'text', () => asOwnUndoStep(editor, () => setBlockType(editor, current.id, type))));
              }}
            >
              {BLOCK_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`blockType.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={readOnly || !current || !canMove(editor, current.id, 'up')} onClick={() => move('up')} title={t('toolbar.moveUpHint')}>
            {t('toolbar.moveUp')}
          </button>
          <button type="button" disabled={readOnly || !current || !canMove(editor, current.id, 'down')} onClick={() => move('down')} title={t('toolbar.moveDownHint')}>
            {t('toolbar.moveDown')}
          </button>
          <button
            type="button"
            disabled={readOnly || !current || !canIndent(editor, current.id, 'outdent', lockedIn(editor))}
            onClick={() => indent('outdent')}
            title={t('toolbar.outdentHint')}
          >
            {t('toolbar.outdent')}
          </button>
          <button
            type="button"
            disabled={readOnly || !current || !canIndent(editor, current.id, 'indent', lockedIn(editor))}
            onClick={() => indent('indent')}
            title={t('toolbar.indentHint')}
          >
            {t('toolbar.indent')}
          </button>
          <button type="button" disabled={readOnly || !current} onClick={remove}>
            {t('toolbar.delete')}
          </button>
          <span className="toolbar-sep" />
          <button type="button" disabled={readOnly} onClick={() => editor.undo()} title={t('toolbar.undoHint')}>
            {t('toolbar.undo')}
          </button>
          <button type="button" disabled={readOnly} onClick={() => editor.redo()} title={t('toolbar.redoHint')}>
            {t('toolbar.redo')}
          </button>
          {suggesting && (
            <>
              <span className="toolbar-sep" />
              <SuggestToggle store={suggesting} disabled={readOnly} />
            </>
          )}
        </div>
        {find.model && <FindBar model={find.model} />}
      </div>
      <div className="document-frame" ref={setContainer}>
        {container && <RemoteCursors container={container} />}
        <Editable
          className="document"
          aria-label={t('document.label')}
          aria-describedby="constitution-keys"
          aria-readonly={readOnly}
          data-testid="constitution"
          readOnly={readOnly}
          renderElement={renderElement}
          renderChunk={renderChunk}
          renderLeaf={renderLeaf}
          {...(decorate ? { decorate } : {})}
          onKeyDown={onKeyDown}
          onFocus={tabKeys.onFocus}
          onClick={tabKeys.onClick}
          onDOMBeforeInput={checkedInput.onDOMBeforeInput}
          onCompositionEnd={checkedInput.onCompositionEnd}
          spellCheck
        />
        <p id="constitution-keys" className="sr-only">
          {t('document.tabHint')}
        </p>
      </div>
    </Slate>
  );
}

/** Scroll to a block and put the cursor in it (used by the outline). */
export function jumpToBlock(editor: ConcordEditor, id: string): void {
  const index = blocksOf(editor).findIndex((block) => block.id === id);
  const node = editor.children[index];
  if (index < 0 || !node) return;
  ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'start', behavior: 'smooth' });
  Transforms.select(editor, Editor.start(editor, [index]));
  ReactEditor.focus(editor);
}
