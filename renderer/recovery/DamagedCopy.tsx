/**
 * What the app shows when this computer's copy of the workspace holds damaged parts (values of the wrong
 * type, blocks nested inside blocks — written by a faulty or hostile peer before the server checked
 * updates): what was skipped, in plain words, and the three ways out.
 */
import type { ReactNode } from 'react';
import { describeSkipped, type Skipped } from '../../src/workspace/doc-shape.ts';

export type Recovery = 'drop' | 'resync' | 'backup';

interface Props {
  skipped: readonly Skipped[];
  /** Whether the workspace was joined through an invitation (so there is a server to re-sync from). */
  canResync: boolean;
  onRecover: (how: Recovery) => void;
}

const SHOWN = 5;

export function DamagedCopy({ skipped, canResync, onRecover }: Props): ReactNode {
  return (
    <section className="damaged-copy" role="alert" aria-labelledby="damaged-copy-title">
      <h2 id="damaged-copy-title">Part of this workspace on your computer is damaged</h2>
      <p>Concord skipped the damaged part so that you can keep working; everything else is shown as usual. It was probably sent by a faulty or hostile copy of Concord.</p>
      <ul>
        {skipped.slice(0, SHOWN).map((s) => (
          <li key={`${s.root}/${s.key}/${s.field ?? ''}`}>{describeSkipped(s)}</li>
        ))}
        {skipped.length > SHOWN && <li>…and {skipped.length - SHOWN} more damaged parts.</li>}
      </ul>
      <div className="damaged-copy-actions">
        <button type="button" onClick={() => onRecover('drop')}>
          Keep my copy and drop the damaged part
        </button>
        {canResync && (
          <button type="button" onClick={() => onRecover('resync')} title="Changes you made that are not yet on the server are lost.">
            Re-sync from the server
          </button>
        )}
        <button type="button" onClick={() => onRecover('backup')} title="Choose a .concord copy of this workspace saved earlier.">
          Open a backup…
        </button>
      </div>
      <p className="damaged-copy-hint">
        “Re-sync from the server” replaces your copy with the server’s (changes not yet sent are lost); “Open a backup” replaces it with a copy you saved earlier.
      </p>
    </section>
  );
}
