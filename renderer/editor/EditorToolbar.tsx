/**
 * The editor's toolbar: insert an article, section or clause, change the caret's block type, move, indent,
 * delete, undo and redo, and the Suggest changes toggle. It takes only what it shows — the caret's block
 * type and what can be done with it — and stable actions, so a keystroke that changes none of them does not
 * render it again (nor word its labels again).
 */
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BLOCK_TYPES, isBlockType, type BlockType } from '../../src/constitution/schema.ts';
import type { Direction } from '../../src/constitution/structure.ts';
import type { IndentDirection } from '../../src/constitution/subclauses.ts';
import { useSuggestMode, type SuggestModeStore } from '../suggest/suggest-mode.ts';

/** What the toolbar's buttons do; made once per editor (and language), so that they never change while typing. */
export interface ToolbarActions {
  insert(type: BlockType): void;
  setType(type: BlockType): void;
  move(direction: Direction): void;
  indent(direction: IndentDirection): void;
  remove(): void;
  undo(): void;
  redo(): void;
}

interface Props {
  readOnly: boolean;
  /** The caret's block type; undefined when the caret is in no block. */
  type: BlockType | undefined;
  canMoveUp: boolean;
  canMoveDown: boolean;
  canOutdent: boolean;
  canIndent: boolean;
  suggesting: SuggestModeStore | undefined;
  actions: ToolbarActions;
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

export const EditorToolbar = memo(function EditorToolbar({ readOnly, type, canMoveUp, canMoveDown, canOutdent, canIndent, suggesting, actions }: Props): ReactNode {
  const { t } = useTranslation('editor');
  const none = type === undefined;
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" disabled={readOnly} onClick={() => actions.insert('article')}>
        {t('toolbar.addArticle')}
      </button>
      <button type="button" disabled={readOnly} onClick={() => actions.insert('section')}>
        {t('toolbar.addSection')}
      </button>
      <button type="button" disabled={readOnly} onClick={() => actions.insert('clause')}>
        {t('toolbar.addClause')}
      </button>
      <span className="toolbar-sep" />
      <label className="toolbar-type">
        <span className="sr-only">{t('toolbar.blockType')}</span>
        <select
          aria-label={t('toolbar.blockType')}
          disabled={readOnly || none}
          value={type ?? 'clause'}
          onChange={(event) => {
            const chosen = event.target.value;
            if (isBlockType(chosen)) actions.setType(chosen);
          }}
        >
          {BLOCK_TYPES.map((option) => (
            <option key={option} value={option}>
              {t(`blockType.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={readOnly || !canMoveUp} onClick={() => actions.move('up')} title={t('toolbar.moveUpHint')}>
        {t('toolbar.moveUp')}
      </button>
      <button type="button" disabled={readOnly || !canMoveDown} onClick={() => actions.move('down')} title={t('toolbar.moveDownHint')}>
        {t('toolbar.moveDown')}
      </button>
      <button type="button" disabled={readOnly || !canOutdent} onClick={() => actions.indent('outdent')} title={t('toolbar.outdentHint')}>
        {t('toolbar.outdent')}
      </button>
      <button type="button" disabled={readOnly || !canIndent} onClick={() => actions.indent('indent')} title={t('toolbar.indentHint')}>
        {t('toolbar.indent')}
      </button>
      <button type="button" disabled={readOnly || none} onClick={actions.remove}>
        {t('toolbar.delete')}
      </button>
      <span className="toolbar-sep" />
      <button type="button" disabled={readOnly} onClick={actions.undo} title={t('toolbar.undoHint')}>
        {t('toolbar.undo')}
      </button>
      <button type="button" disabled={readOnly} onClick={actions.redo} title={t('toolbar.redoHint')}>
        {t('toolbar.redo')}
      </button>
      {suggesting && (
        <>
          <span className="toolbar-sep" />
          <SuggestToggle store={suggesting} disabled={readOnly} />
        </>
      )}
    </div>
  );
});
