/** A word diff as text: removed words struck through, added words underlined, each also named for screen readers. */
import type { ReactNode } from 'react';
import type { DiffSpan } from '../../src/compare/word-diff.ts';

export function DiffText({ spans, testId }: { spans: readonly DiffSpan[]; testId?: string }): ReactNode {
  return (
    <p className="prov-diff" data-testid={testId}>
      {spans.map((span, i) =>
        span.kind === 'shared' ? (
          <span key={i}>{span.text}</span>
        ) : span.kind === 'left' ? (
          <del key={i} data-testid="diff-removed">
            <span className="sr-only">[removed: </span>
            {span.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={i} data-testid="diff-added">
            <span className="sr-only">[added: </span>
            {span.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
