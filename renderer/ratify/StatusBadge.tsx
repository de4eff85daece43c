/** A block's standing in ratification, as a small badge in the editor's gutter (nothing for drafts). */
import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParliamentStore } from './parliament-store.ts';

export function StatusBadge({ store, id }: { store: ParliamentStore; id: string }): ReactNode {
  const { t } = useTranslation('ratify');
  const status = useSyncExternalStore(
    (notify) => store.subscribeBlock(id, notify),
    () => store.status(id),
  );
  const altered = useSyncExternalStore(
    (notify) => store.subscribeBlock(id, notify),
    () => store.altered(id),
  );
  if (status === 'draft') return null;
  if (altered) {
    return (
      <span className="status-badge status-rejected" data-testid="status-badge" title={t('badge.alteredTitle')}>
        {t('badge.altered')}
      </span>
    );
  }
  const locked = status === 'ratified' || status === 'agreed';
  const name = t(`status.${status}`);
  return (
    <span className={`status-badge status-${status}`} data-testid="status-badge" title={locked ? t('badge.lockedTitle', { status: name }) : name}>
      {name}
      {locked && <span className="sr-only">{t('badge.locked')}</span>}
    </span>
  );
}
