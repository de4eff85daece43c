/** Ratification progress over the whole constitution: one stacked bar of the blocks by status, with the counts in words. */
import type { ReactNode } from 'react';
import type { BlockStatus } from '../../src/ratify/parliament.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';
import { STATUS_NAMES } from './StatusBadge.tsx';

const ORDER: readonly BlockStatus[] = ['ratified', 'agreed', 'under-vote', 'rejected', 'void', 'draft'];

export function ProgressChart({ progress }: { progress: TallySummary['progress'] }): ReactNode {
  const total = Math.max(progress.blocks, 1);
  const parts = ORDER.filter((status) => progress[status] > 0);
  const words = parts.map((status) => `${progress[status]} ${STATUS_NAMES[status].toLowerCase()}`).join(', ');
  return (
    <figure className="ratify-progress">
      <figcaption>
        Ratification progress: {progress.ratified} of {progress.blocks} blocks ratified
      </figcaption>
      <div className="ratify-bar" role="img" aria-label={`${words || 'no blocks'} of ${progress.blocks} blocks`}>
        {parts.map((status) => (
          <span
            key={status}
            className={`ratify-bar-part status-${status}`}
            style={{ width: `${(100 * progress[status]) / total}%` }}
            title={`${STATUS_NAMES[status]}: ${progress[status]}`}
          />
        ))}
      </div>
      <p className="ratify-legend" data-testid="ratify-progress">
        {words}
      </p>
    </figure>
  );
}
