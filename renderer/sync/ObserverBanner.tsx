/** Told plainly, above the views, when this app joined a meeting as an observer: it reads, it cannot edit. */
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';

export function ObserverBanner(): ReactNode {
  const { t } = useTranslation('app');
  return (
    <p className="observer-banner" role="status">
      <Trans t={t} i18nKey="sync.observerBanner" components={{ strong: <strong /> }} />
    </p>
  );
}
