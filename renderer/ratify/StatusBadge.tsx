/** A block's standing in ratification, as a small badge in the editor's gutter (nothing for drafts). */
import { useSyncExternalStore, type ReactNode } from 'react';
import type { BlockStatus } from '../../src/ratify/parliament.ts';
import type { ParliamentStore } from './parliament-store.ts';

export const STATUS_NAMES: Readonly<Record<BlockStatus, string>> = {
  draft: 'Draft',
  'under-vote': 'Under vote',
  agreed: 'Agreed',
  ratified: 'Ratified',
  rejected: 'Rejected',
  void: 'Vote void',
};

export function StatusBadge({ store, id }: { store: ParliamentStore; id: string }): ReactNode {
  const status = useSyncExternalStore(
    (notify) => store.subscribeBlock(id, notify),
    () => store.status(id),
  );
  if (status === 'draft') return null;
  const locked = status === 'ratified' || status === 'agreed';
  return (
    <span className={`status-badge status-${status}`} data-testid="status-badge" title={locked ? `${STATUS_NAMES[status]}: locked — change it by an amendment` : STATUS_NAMES[status]}>
      {STATUS_NAMES[status]}
      {locked && <span className="sr-only"> (locked)</span>}
    </span>
  );
}
