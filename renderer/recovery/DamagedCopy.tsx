/**
 * What the app shows when this computer's copy of the workspace holds damaged parts (values of the wrong
 * type, blocks nested inside blocks — written by a faulty or hostile peer before the server checked
 * updates): what was skipped, in plain words, and the three ways out.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('app');
  const { t: core } = useTranslation('core');
  return (
    <section className="damaged-copy" role="alert" aria-labelledby="damaged-copy-title">
      <h2 id="damaged-copy-title">{t('recovery.title')}</h2>
      <p>{t('recovery.skipped')}</p>
      <ul>
        {skipped.slice(0, SHOWN).map((s) => (
          <li key={`${s.root}/${s.key}/${s.field ?? ''}`}>{describeSkipped(s, core)}</li>
        ))}
        {skipped.length > SHOWN && <li>{t('recovery.more', { n: skipped.length - SHOWN })}</li>}
      </ul>
      <div className="damaged-copy-actions">
        <button type="button" onClick={() => onRecover('drop')}>
          {t('recovery.drop')}
        </button>
        {canResync && (
          <button type="button" onClick={() => onRecover('resync')} title={t('recovery.resyncTitle')}>
            {t('recovery.resync')}
          </button>
        )}
        <button type="button" onClick={() => onRecover('backup')} title={t('recovery.backupTitle')}>
          {t('recovery.backup')}
        </button>
      </div>
      <p className="damaged-copy-hint">{t('recovery.hint')}</p>
    </section>
  );
}
