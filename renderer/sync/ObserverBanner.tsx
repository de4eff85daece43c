/** Told plainly, above the views, when this app joined a meeting as an observer: it reads, it cannot edit. */
import type { ReactNode } from 'react';

export function ObserverBanner(): ReactNode {
  return (
    <p className="observer-banner" role="status">
      <strong>You are observing this meeting.</strong> You can read everything as it is written, but you cannot edit, comment or vote.
    </p>
  );
}
