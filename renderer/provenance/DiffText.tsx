/** A word diff as text: removed words struck through, added words underlined, each also named for screen readers. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffSpan } from '../../src/compare/word-diff.ts';

export function DiffText({ spans, testId }: { spans: readonly DiffSpan[]; testId?: string }): ReactNode {
  const { t } = useTranslation('editor');
  return (
    <p className="prov-diff" data-testid={testId}>
      {spans.map((span, i) =>
        span.kind === 'shared' ? (
          <span key={i}>{span.text}</span>
        ) : span.kind === 'left' ? (
          <del key={i} data-testid="diff-removed">
            <span className="sr-only">{t('diff.removed')}</span>
            {span.text}
            <span className="sr-only">{t('diff.end')}</span>
          </del>
        ) : (
          <ins key={i} data-testid="diff-added">
            <span className="sr-only">{t('diff.added')}</span>
            {span.text}
            <span className="sr-only">{t('diff.end')}</span>
          </ins>
        ),
      )}
    </p>
  );
}
