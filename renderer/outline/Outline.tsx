/** The table of contents beside the editor: every article and section, numbered; a click jumps to it. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from '../../src/constitution/numbering.ts';

interface Props {
  entries: readonly OutlineEntry[];
  onJump(id: string): void;
}

export function Outline({ entries, onJump }: Props): ReactNode {
  const { t } = useTranslation('editor');
  return (
    <nav className="outline" aria-label={t('outline.label')}>
      <h2>{t('outline.label')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('outline.empty')}</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.id} className={`outline-${entry.type}`}>
              <button type="button" className="linklike" onClick={() => onJump(entry.id)} data-outline-id={entry.id}>
                <span className="outline-label">{entry.label}</span> {entry.title || <em className="muted">{t('outline.untitled')}</em>}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
