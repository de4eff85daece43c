/**
 * Adopting from a list of principles: each principle gets "Select" (for "Merge into one clause") and
 * "Adopt" (a new clause at the cursor); the bar shows what is selected and offers to merge or adopt it.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Adoption {
  selected: readonly string[];
  toggle(id: string): void;
  clear(): void;
  adopt(ids: string[]): void;
  merge(ids: string[]): void;
}

export function PrincipleActions({ adoption, id, text }: { adoption: Adoption; id: string; text: string }): ReactNode {
  const { t } = useTranslation('editor');
  const short = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return (
    <span className="adopt-actions">
      <label>
        <input type="checkbox" checked={adoption.selected.includes(id)} onChange={() => adoption.toggle(id)} aria-label={t('adopt.selectThis', { text: short })} />{' '}
        {t('adopt.select')}
      </label>
      <button type="button" className="small" aria-label={t('adopt.adoptThis', { text: short })} onClick={() => adoption.adopt([id])}>
        {t('adopt.adopt')}
      </button>
    </span>
  );
}

export function SelectionBar({ adoption }: { adoption: Adoption }): ReactNode {
  const { t } = useTranslation('editor');
  const n = adoption.selected.length;
  if (n === 0) return null;
  return (
    <div className="selection-bar" role="region" aria-label={t('adopt.selected')}>
      <span>{t('adopt.selectedCount', { count: n })}</span>
      <button type="button" className="primary" disabled={n < 2} onClick={() => adoption.merge([...adoption.selected])}>
        {t('adopt.merge')}
      </button>
      <button type="button" onClick={() => adoption.adopt([...adoption.selected])}>
        {t('adopt.adoptEach')}
      </button>
      <button type="button" onClick={adoption.clear}>
        {t('adopt.clear')}
      </button>
    </div>
  );
}
