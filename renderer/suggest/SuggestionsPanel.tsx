/**
 * The side cards of the suggestions on the clause the cursor is in: who proposed each and when (in their
 * organization's colour), the word diff from the clause's wording to the wording it proposes, and Accept /
 * Reject for any delegate while the text is a draft (src/suggest/resolve.ts decides; the lock refuses it
 * in ratified text, and accepting in text under an open vote asks first, as any edit there does).
 */
import { useCallback, useRef, type ReactNode } from 'react';
import type { Editor } from 'slate';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { wordDiff } from '../../src/compare/word-diff.ts';
import type { Block } from '../../src/constitution/schema.ts';
import { readableDate } from '../../src/local-dates.ts';
import type { Author } from '../../src/provenance/store.ts';
import { selectBlock } from '../../src/constitution/structure.ts';
import { guardEdit } from '../../src/ratify/vote-guard.ts';
import { runsOf } from '../../src/suggest/read.ts';
import { blockText, isBlockText } from '../../src/constitution/root.ts';
import { decideSuggestion, suggestionsOf, type OpenSuggestion } from '../../src/suggest/resolve.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import type { Notify } from '../notice.ts';
import { DiffText } from '../provenance/DiffText.tsx';
import { authorName } from '../provenance/names.ts';
import { useDocValue } from '../state/use-doc.ts';
import { shownLanguage } from '../i18n/language-choice.ts';

interface Props {
  doc: Y.Doc;
  editor: Editor;
  block: Block | undefined;
  author: Author;
  readOnly: boolean;
  onNotice: Notify;
}

const NONE: OpenSuggestion[] = [];

export function SuggestionsPanel({ doc, editor, block, author, readOnly, onNotice }: Props): ReactNode {
  const { t } = useTranslation('editor');
  const id = block?.id;
  // Read at every change of the document, so the block's text is found once and kept while it is the block.
  const found = useRef<Y.XmlText | undefined>(undefined);
  const read = useCallback(
    (d: Y.Doc): OpenSuggestion[] => {
      if (id === undefined) return NONE;
      if (!found.current || !isBlockText(d, found.current, id)) found.current = blockText(d, id);
      return found.current ? suggestionsOf(d, id, runsOf(found.current)) : NONE;
    },
    [id],
  );
  const cards = useDocValue(doc, read);
  const orgs = useDocValue(doc, listOrganizations);
  if (id === undefined || cards.length === 0) return null;
  const decide = (card: OpenSuggestion, keep: boolean): void => {
    const run = (): void => {
      if (decideSuggestion(editor, doc, id, card.record.id, keep, author)) onNotice('info', keep ? t('suggestions.accepted') : t('suggestions.rejected'));
    };
    if (!keep) return run();
    // Accepting changes the clause's wording: under an open vote, the delegate is asked first, as for any edit.
    selectBlock(editor, id);
    guardEdit(editor, 'text', run);
  };
  return (
    <section className="suggestions-panel" aria-labelledby="suggestions-heading" data-testid="suggestions-panel">
      <h2 id="suggestions-heading">{t('suggestions.title')}</h2>
      <ol className="suggestion-cards">
        {cards.map((card) => {
          const colour = orgs.find((o) => o.id === card.record.org)?.colour ?? '#6b6b6b';
          const who = authorName(orgs, card.record);
          return (
            <li key={card.record.id} className="suggestion-card" data-testid="suggestion-card" style={{ borderInlineStartColor: colour }}>
              <p className="comment-meta">
                <strong>{who}</strong> {card.record.at !== '' && <span className="muted">{readableDate(card.record.at, shownLanguage())}</span>}
              </p>
              <DiffText spans={wordDiff(card.before, card.after).spans} testId="suggestion-diff" />
              {!readOnly && (
                <div className="row">
                  <button type="button" className="small" onClick={() => decide(card, true)} aria-label={t('suggestions.acceptBy', { name: who })}>
                    {t('suggestions.accept')}
                  </button>
                  <button type="button" className="small" onClick={() => decide(card, false)} aria-label={t('suggestions.rejectBy', { name: who })}>
                    {t('suggestions.reject')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
