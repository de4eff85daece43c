/**
 * The message above the workspace. Information goes away after a few seconds (a CSS animation, paused
 * while the pointer or the focus is on the banner, whose end dismisses it); an error stays until dismissed.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from './notice.ts';

export function NoticeBanner({ notice, onDismiss }: { notice: Notice; onDismiss(): void }): ReactNode {
  const { t } = useTranslation('app');
  return (
    <div
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      onAnimationEnd={(event) => {
        if (notice.kind === 'info' && event.target === event.currentTarget) onDismiss();
      }}
    >
      <span>{notice.text}</span>
      <button type="button" className="small" onClick={onDismiss} aria-label={t('shell.dismiss')}>
        ×
      </button>
    </div>
  );
}
