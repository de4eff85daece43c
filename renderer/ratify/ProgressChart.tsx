/** Ratification progress over the whole constitution: one stacked bar of the blocks by status, with the counts in words. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockStatus } from '../../src/ratify/parliament.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';

const ORDER: readonly BlockStatus[] = ['ratified', 'agreed', 'under-vote', 'rejected', 'void', 'draft'];

export function ProgressChart({ progress }: { progress: TallySummary['progress'] }): ReactNode {
  const { t } = useTranslation('ratify');
  const total = Math.max(progress.blocks, 1);
  const parts = ORDER.filter((status) => progress[status] > 0);
  const words = parts.map((status) => t(`progress.counts.${status}`, { count: progress[status] })).join(', ');
  return (
    <figure className="ratify-progress">
      <figcaption>{t('progress.caption', { ratified: progress.ratified, blocks: progress.blocks })}</figcaption>
      <div className="ratify-bar" role="img" aria-label={t('progress.bar', { parts: words || t('progress.noBlocks'), blocks: progress.blocks })}>
        {parts.map((status) => (
          <span
            key={status}
            className={`ratify-bar-part status-${status}`}
            style={{ width: `${(100 * progress[status]) / total}%` }}
            title={t('progress.part', { status: t(`status.${status}`), count: progress[status] })}
          />
        ))}
      </div>
      <p className="ratify-legend" data-testid="ratify-progress">
        {words}
      </p>
    </figure>
  );
}
