/** The find and replace bar above the constitution: a thin view over the model of use-find.ts. */
import type { TFunction } from 'i18next';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lockedNote, type FindModel } from './use-find.ts';

function countText(t: TFunction<'editor'>, model: FindModel): string {
  if (model.query === '') return '';
  if (model.total === 0) return t('find.noMatches');
  return t('find.count', { current: model.current + 1, total: model.total });
}

export function FindBar({ model }: { model: FindModel }): ReactNode {
  const { t } = useTranslation('editor');
  const queryField = useRef<HTMLInputElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on each request (Ctrl+F while open)
  useEffect(() => {
    queryField.current?.focus();
    queryField.current?.select();
  }, [model.focusRequest]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      model.close();
    }
  };
  const onEnter =
    (action: () => void, shifted?: () => void) =>
    (event: KeyboardEvent<HTMLInputElement>): void => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      (event.shiftKey && shifted ? shifted : action)();
    };
  const replacing = model.mode === 'replace' && !model.readOnly;
  const status = [countText(t, model), model.total > 0 ? lockedNote(t, model.locked) : ''].filter(Boolean).join(' · ');
  return (
    <div role="search" className="find-bar" aria-label={t('find.label')} onKeyDown={onKeyDown} data-testid="find-bar">
      <div className="find-row">
        <input
          ref={queryField}
          type="search"
          aria-label={t('find.find')}
          placeholder={t('find.find')}
          value={model.query}
          onChange={(event) => model.setQuery(event.target.value)}
          onKeyDown={onEnter(model.next, model.previous)}
        />
        <span className="find-count" role="status" data-testid="find-count">
          {status}
        </span>
        <button type="button" className="small" onClick={model.previous} disabled={model.total === 0} title={t('find.previousHint')}>
          {t('find.previous')}
        </button>
        <button type="button" className="small" onClick={model.next} disabled={model.total === 0} title={t('find.nextHint')}>
          {t('find.next')}
        </button>
        <label className="find-option">
          <input type="checkbox" checked={model.matchCase} onChange={(event) => model.setMatchCase(event.target.checked)} /> {t('find.matchCase')}
        </label>
        <label className="find-option">
          <input type="checkbox" checked={model.wholeWord} onChange={(event) => model.setWholeWord(event.target.checked)} /> {t('find.wholeWord')}
        </label>
        {!replacing && !model.readOnly && (
          <button type="button" className="small" onClick={() => model.setMode('replace')} title={t('find.openReplaceHint')}>
            {t('find.openReplace')}
          </button>
        )}
        <button type="button" className="small" onClick={model.close} aria-label={t('find.close')} title={t('find.closeHint')}>
          ×
        </button>
      </div>
      {replacing && (
        <div className="find-row">
          <input
            type="text"
            aria-label={t('find.replaceWith')}
            placeholder={t('find.replaceWith')}
            value={model.replacement}
            onChange={(event) => model.setReplacement(event.target.value)}
            onKeyDown={onEnter(model.replace)}
          />
          <button type="button" className="small" onClick={model.replace} disabled={model.total === 0}>
            {t('find.replace')}
          </button>
          <button type="button" className="small" onClick={model.replaceAll} disabled={model.total === 0}>
            {t('find.replaceAll')}
          </button>
        </div>
      )}
      {model.message !== '' && (
        <p className="find-message" role="status" data-testid="find-message">
          {model.message}
        </p>
      )}
    </div>
  );
}
