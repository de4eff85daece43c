/**
 * The translation of the clause the cursor is in, in the margin, on demand ("Show translation"): the block's
 * translation into another language, editable there, official or working, flagged "Out of date" when the
 * clause's wording has changed since it was made. Only the caret's block is read (one entry of the
 * `translations` root and one fingerprint of its text), so typing elsewhere costs nothing more.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Block } from '../../src/constitution/schema.ts';
import { isLanguage, LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import type { Author } from '../../src/provenance/store.ts';
import {
  isOutOfDate,
  removeTranslation,
  setTranslation,
  setTranslationStatus,
  translationOf,
  TRANSLATION_STATUSES,
  type Translation,
  type TranslationStatus,
} from '../../src/translations/store.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import type { Notify } from '../notice.ts';
import { authorName } from '../provenance/names.ts';
import { useDocValue } from '../state/use-doc.ts';
import { errorText } from '../i18n/error-text.ts';

interface Props {
  doc: Y.Doc;
  block: Block | undefined;
  author: Author;
  readOnly?: boolean;
  onNotice: Notify;
}

/** The first language other than the one the app is shown in: the likeliest to translate into. */
function otherLanguage(shown: string | undefined): Language {
  return LANGUAGES.find((language) => language !== shown) ?? 'en';
}

export function TranslationPanel({ doc, block, author, readOnly = false, onNotice }: Props): ReactNode {
  const { t, i18n } = useTranslation('translations');
  const [shown, setShown] = useState(false);
  const [chosen, setChosen] = useState<Language | null>(null);
  const language = chosen ?? otherLanguage(i18n.resolvedLanguage);
  const id = block?.id;
  const translation = useDocValue(
    doc,
    useCallback((d: Y.Doc) => (!shown || id === undefined ? null : (translationOf(d, id, language) ?? null)), [shown, id, language]),
  );
  return (
    <section className="translation-panel" aria-label={t('panel.title')} data-testid="translation-panel">
      <h2>{t('panel.title')}</h2>
      <button type="button" className="small" aria-pressed={shown} onClick={() => setShown(!shown)}>
        {shown ? t('panel.hide') : t('panel.show')}
      </button>
      {shown && (
        <>
          <label className="translation-language">
            {t('panel.language')}{' '}
            <select
              value={language}
              onChange={(event) => {
                if (isLanguage(event.target.value)) setChosen(event.target.value);
              }}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </label>
          {!block || id === undefined ? (
            <p className="muted">{t('panel.pickClause')}</p>
          ) : (
            <TranslationEditor
              key={`${id}:${language}`}
              doc={doc}
              block={block}
              language={language}
              translation={translation}
              author={author}
              readOnly={readOnly}
              onNotice={onNotice}
            />
          )}
        </>
      )}
    </section>
  );
}

interface EditorProps {
  doc: Y.Doc;
  block: Block;
  language: Language;
  translation: Translation | null;
  author: Author;
  readOnly: boolean;
  onNotice: Notify;
}

/** One block's translation into one language: its flag, who set it, its text to edit and its status. */
function TranslationEditor({ doc, block, language, translation, author, readOnly, onNotice }: EditorProps): ReactNode {
  const { t } = useTranslation(['translations', 'common']);
  const orgs = useDocValue(doc, listOrganizations);
  const saved = translation?.text ?? '';
  // The text being edited, and the stored text it started from: a peer's change shows unless the delegate has edits of their own.
  const [draft, setDraft] = useState({ text: saved, from: saved });
  if (draft.from !== saved && draft.text === draft.from) setDraft({ text: saved, from: saved });
  const [status, setStatus] = useState<TranslationStatus>(translation?.status ?? 'working');
  const outOfDate = useMemo(() => translation !== null && isOutOfDate(translation, block.text), [translation, block.text]);
  const languageName = t(`languages.${language}`);
  const guard = (action: () => void): void => {
    try {
      action();
    } catch (error) {
      onNotice('error', errorText(error));
    }
  };
  const save = (): void =>
    guard(() => {
      const made = setTranslation(doc, block.id, language, { text: draft.text, status: translation?.status ?? status }, author);
      setDraft({ text: made.text, from: made.text });
    });
  const mark = (next: TranslationStatus): void => {
    setStatus(next);
    if (translation) guard(() => setTranslationStatus(doc, block.id, language, next, author));
  };
  const current = translation?.status ?? status;
  // A time a peer wrote is not always a time: Intl refuses an invalid date, so it is left out.
  const setBy = (made: Translation): string => {
    const name = authorName(orgs, made.by);
    const when = new Date(made.at);
    return Number.isNaN(when.getTime()) ? t('panel.setByUnknownTime', { name }) : t('panel.setBy', { name, when });
  };
  return (
    <div className="translation">
      {translation === null ? (
        <p className="muted">{t('panel.none', { language: languageName })}</p>
      ) : (
        <>
          {outOfDate && (
            <p className="translation-out-of-date" role="status" data-testid="translation-out-of-date">
              <strong>{t('panel.outOfDate')}</strong> <span className="muted">{t('panel.outOfDateHint')}</span>
            </p>
          )}
          <p className="muted small-print" data-testid="translation-set-by">
            {setBy(translation)}
          </p>
        </>
      )}
      {readOnly ? (
        translation && (
          <p className="translation-text" lang={language} data-testid="translation-text">
            {translation.text}
          </p>
        )
      ) : (
        <>
          <textarea
            rows={4}
            lang={language}
            aria-label={t('panel.text', { language: languageName })}
            value={draft.text}
            onChange={(e) => setDraft({ text: e.target.value, from: draft.from })}
          />
          <fieldset className="translation-status">
            <legend className="sr-only">{t('panel.status')}</legend>
            {TRANSLATION_STATUSES.map((s) => (
              <label key={s}>
                <input type="radio" name={`translation-status-${block.id}`} value={s} checked={current === s} onChange={() => mark(s)} /> {t(`panel.${s}`)}
              </label>
            ))}
          </fieldset>
          <div className="row">
            <button type="button" className="small" disabled={draft.text.trim() === '' || (draft.text.trim() === saved && !outOfDate)} onClick={save}>
              {t('panel.save')}
            </button>
            {translation && (
              <button type="button" className="small" onClick={() => guard(() => removeTranslation(doc, block.id, language))}>
                {t('common:remove')}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
