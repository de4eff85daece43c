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
  const altered = useSyncExternalStore(
    (notify) => store.subscribeBlock(id, notify),
    () => store.altered(id),
  );
  if (status === 'draft') return null;
  if (altered) {
    return (
      <span className="status-badge status-rejected" data-testid="status-badge" title="This text was changed after it was ratified; the export prints the ratified wording.">
        Altered since ratified
      </span>
    );
  }
  const locked = status === 'ratified' || status === 'agreed';
  return (
    <span
      className={`status-badge status-${status}`}
      data-testid="status-badge"
      title={locked ? `${STATUS_NAMES[status]}: locked — change it by an amendment` : STATUS_NAMES[status]}
    >
      {STATUS_NAMES[status]}
      {locked && <span className="sr-only"> (locked)</span>}
    </span>
  );
}
