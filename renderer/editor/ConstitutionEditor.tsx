/**
 * The constitution editor: the toolbar (EditorToolbar.tsx) over the Slate editor bound to the workspace.
 * Every action is a core function from src/constitution/structure.ts; this component only wires them up.
 */
import { YjsEditor, yTextToSlateElement } from '@slate-yjs/core';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecoratedRange, Descendant, NodeEntry } from 'slate';
import { RemoteCursors } from '../sync/RemoteCursors.tsx';
import { Editor, Transforms } from 'slate';
import { Editable, ReactEditor, Slate, type RenderChunkProps, type RenderElementProps } from 'slate-react';
import { isConstitutionElement, toBlock, type ConstitutionElement } from '../../src/constitution/schema.ts';
import { blocksOf, canMove, currentBlock, deleteBlock, insertAtCursor, moveBlock, moveBlockTo, selectBlock, setBlockType } from '../../src/constitution/structure.ts';
import { BlockElement, blockWords } from './BlockElement.tsx';
import { EditorToolbar, type ToolbarActions } from './EditorToolbar.tsx';
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
import { canIndent } from '../../src/constitution/subclauses.ts';
import { useFind } from './use-find.ts';
import type { MenuCommand } from '../host.ts';
import { leafRenderer } from './Leaf.tsx';
import type { SuggestModeStore } from '../suggest/suggest-mode.ts';
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

  const actions = useMemo((): ToolbarActions => {
    /** The block the caret is in as the toolbar acts: the browser's caret, which Slate may not have taken in yet. */
    const caretBlock = (): ConstitutionElement | undefined => {
      takeBrowserCaret(editor);
      return currentBlock(editor);
    };
    return {
      insert(type) {
        const block = caretBlock();
        const selection = editor.selection;
        const index = selection?.anchor.path[0];
        const cursor = block && index !== undefined && selection ? { id: block.id, atStart: Editor.isStart(editor, selection.anchor, [index]) } : undefined;
        actFirst(editor, () => asOwnUndoStep(editor, () => focusBlock(editor, insertAtCursor(editor, type, cursor))));
      },
      setType(type) {
        const block = currentBlock(editor);
        if (block) actFirst(editor, () => guardEdit(editor, 'text', () => asOwnUndoStep(editor, () => setBlockType(editor, block.id, type))));
      },
      move(direction) {
        const block = caretBlock();
        if (block) actFirst(editor, () => asOwnUndoStep(editor, () => moveBlock(editor, block.id, direction) && focusBlock(editor, block.id)));
      },
      indent(direction) {
        indentAtCursor(editor, direction);
        ReactEditor.focus(editor);
      },
      remove() {
        const block = caretBlock();
        if (!block) return;
        if (window.confirm(t(`confirmDelete.${block.type}`))) actFirst(editor, () => guardEdit(editor, 'text', () => asOwnUndoStep(editor, () => deleteBlock(editor, block.id))));
      },
      undo: () => editor.undo(),
      redo: () => editor.redo(),
    };
  }, [editor, t]);

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
    else actions.move(action === 'move-up' ? 'up' : 'down');
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
        <EditorToolbar
          readOnly={readOnly}
          type={current?.type}
          canMoveUp={current !== undefined && canMove(editor, current.id, 'up')}
          canMoveDown={current !== undefined && canMove(editor, current.id, 'down')}
          canOutdent={current !== undefined && canIndent(editor, current.id, 'outdent', lockedIn(editor))}
          canIndent={current !== undefined && canIndent(editor, current.id, 'indent', lockedIn(editor))}
          suggesting={suggesting}
          actions={actions}
        />
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
