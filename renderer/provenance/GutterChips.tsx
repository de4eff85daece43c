/** A block's provenance chips (origin organizations in their colours, or "drafted") and its open comment count, in the editor's gutter. */
import { useSyncExternalStore, type ReactNode } from 'react';
import type { GutterStore } from './gutter-store.ts';

export function GutterChips({ store, id }: { store: GutterStore; id: string }): ReactNode {
  const marks = useSyncExternalStore(
    (notify) => store.subscribe(id, notify),
    () => store.of(id),
  );
  if (marks.chips.length === 0 && marks.openThreads === 0) return null;
  const description = marks.chips.map((c) => (c.kind === 'drafted' ? `drafted${c.short ? ` by ${c.short}` : ''}` : `from ${c.short || 'unknown'}`)).join(', ');
  return (
    <span className="prov-chips" data-testid="provenance-chips" title={description}>
      <span className="sr-only">{description}</span>
      {marks.chips.map((chip) => (
        <span
          key={`${chip.kind}-${chip.org}`}
          aria-hidden="true"
          className={`prov-chip prov-chip-${chip.kind}`}
          data-org={chip.short}
          data-kind={chip.kind}
          style={{ borderColor: chip.colour, background: chip.kind === 'origin' ? chip.colour : undefined }}
        >
          {chip.kind === 'drafted' ? `drafted${chip.short ? ` · ${chip.short}` : ''}` : chip.short || '?'}
        </span>
      ))}
      {marks.openThreads > 0 && (
        <span className="prov-comments" data-testid="comment-count" aria-label={`${marks.openThreads} open comment thread${marks.openThreads === 1 ? '' : 's'}`}>
          💬 {marks.openThreads}
        </span>
      )}
    </span>
  );
}
