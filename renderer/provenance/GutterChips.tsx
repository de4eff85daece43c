/**
 * A block's provenance chips (origin organizations in their colours, or "drafted") and its open comment
 * count, in the editor's gutter: one element per chip, its text drawn by CSS from `data-text`, the whole
 * read out as one image with its description (every block has a gutter, so each node counts).
 */
import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GutterMarks } from '../../src/provenance/gutter.ts';
import type { GutterStore } from './gutter-store.ts';

export function GutterChips({ store, id }: { store: GutterStore; id: string }): ReactNode {
  const marks = useSyncExternalStore(
    (notify) => store.subscribe(id, notify),
    () => store.of(id),
  );
  if (marks.chips.length === 0 && marks.openThreads === 0) return null;
  return <Chips marks={marks} />;
}

/** The chips of a block that has some: only these look up words (a block without marks costs no more than its subscription). */
function Chips({ marks }: { marks: GutterMarks }): ReactNode {
  const { t } = useTranslation('editor');
  const origins = marks.chips
    .map((c) => (c.kind === 'drafted' ? (c.short ? t('chips.draftedBy', { org: c.short }) : t('chips.drafted')) : t('chips.from', { org: c.short || t('chips.unknown') })))
    .join(', ');
  const threads = marks.openThreads > 0 ? t('chips.threads', { count: marks.openThreads }) : '';
  const description = [origins, threads].filter((part) => part !== '').join('; ');
  return (
    <span className="prov-chips" data-testid="provenance-chips" role="img" aria-label={description} title={description}>
      {marks.chips.map((chip) => (
        <span
          key={`${chip.kind}-${chip.org}`}
          className={`prov-chip prov-chip-${chip.kind}`}
          data-org={chip.short}
          data-kind={chip.kind}
          data-text={chip.kind === 'drafted' ? [t('chips.drafted'), chip.short].filter(Boolean).join(' · ') : chip.short || '?'}
          style={{ borderColor: chip.colour, background: chip.kind === 'origin' ? chip.colour : undefined }}
        />
      ))}
      {marks.openThreads > 0 && <span className="prov-comments" data-testid="comment-count" data-text={`💬 ${marks.openThreads}`} />}
    </span>
  );
}
