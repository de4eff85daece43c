/**
 * One block of the constitution in the editor: its number in a gutter, a drag handle, and its text. The
 * gutter is one element (its number and handle are drawn by CSS from `data-label`), with provenance chips
 * and a ratification badge where a block has them: a 5,000-block draft has that many gutters, and every
 * node in them is one more for the browser and React to walk on each keystroke.
 */
import { useSyncExternalStore, type DragEvent, type ReactNode } from 'react';
import type { RenderElementProps } from 'slate-react';
import type { TFunction } from 'i18next';
import { depthOf, elementText, type BlockType } from '../../src/constitution/schema.ts';
import type { LabelStore } from './label-store.ts';
import { GutterChips } from '../provenance/GutterChips.tsx';
import type { GutterStore } from '../provenance/gutter-store.ts';
import type { ParliamentStore } from '../ratify/parliament-store.ts';
import { StatusBadge } from '../ratify/StatusBadge.tsx';

export const BLOCK_DRAG_TYPE = 'application/x-concord-block';

/** The words every block shows, looked up once per language by the editor (not once per block). */
export interface BlockWords {
  placeholder: Record<BlockType, string>;
  subPlaceholder: string;
  dragToMove: string;
}

export function blockWords(t: TFunction<'editor'>): BlockWords {
  return {
    placeholder: { preamble: t('placeholder.preamble'), article: t('placeholder.article'), section: t('placeholder.section'), clause: t('placeholder.clause') },
    subPlaceholder: t('placeholder.subClause'),
    dragToMove: t('document.dragToMove'),
  };
}

interface Props extends RenderElementProps {
  labels: LabelStore;
  /** Provenance chips and comment counts beside the block. */
  gutter?: GutterStore | undefined;
  /** Ratification status badges. */
  parliament?: ParliamentStore | undefined;
  onDropBlock(draggedId: string, targetId: string, place: 'before' | 'after'): void;
  words: BlockWords;
}

function dropPlace(event: DragEvent<HTMLElement>): 'before' | 'after' {
  const box = event.currentTarget.getBoundingClientRect();
  return event.clientY < box.top + box.height / 2 ? 'before' : 'after';
}

export function BlockElement({ attributes, children, element, labels, gutter, parliament, onDropBlock, words }: Props): ReactNode {
  const label = useSyncExternalStore(
    (notify) => labels.subscribe(element.id, notify),
    () => labels.label(element.id),
  );
  const empty = elementText(element) === '';
  const depth = depthOf(element);
  return (
    <div
      {...attributes}
      className={`blk blk-${element.type}${depth > 0 ? ` blk-sub-${depth}` : ''}${empty ? ' is-empty' : ''}`}
      data-block-id={element.id}
      data-block-type={element.type}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(BLOCK_DRAG_TYPE)) return;
        event.preventDefault();
        event.currentTarget.dataset.drop = dropPlace(event);
      }}
      onDragLeave={(event) => {
        delete event.currentTarget.dataset.drop;
      }}
      onDrop={(event) => {
        const dragged = event.dataTransfer.getData(BLOCK_DRAG_TYPE);
        delete event.currentTarget.dataset.drop;
        if (!dragged) return;
        event.preventDefault();
        event.stopPropagation();
        onDropBlock(dragged, element.id, dropPlace(event));
      }}
    >
      <div
        className="blk-gutter"
        contentEditable={false}
        data-label={label}
        draggable
        title={words.dragToMove}
        onDragStart={(event) => {
          event.dataTransfer.setData(BLOCK_DRAG_TYPE, element.id);
          event.dataTransfer.effectAllowed = 'move';
        }}
      >
        {gutter && <GutterChips store={gutter} id={element.id} />}
        {parliament && <StatusBadge store={parliament} id={element.id} />}
      </div>
      <div className="blk-text" data-placeholder={depth > 0 ? words.subPlaceholder : words.placeholder[element.type]}>
        {children}
      </div>
    </div>
  );
}
