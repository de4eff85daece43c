/**
 * Named versions: "Save version…" with a name, the list of versions (who, when), and a block-by-block
 * compare of any two versions or a version and the draft of today: added, removed and changed blocks
 * with word diffs (src/provenance/versions.ts).
 */
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Author } from '../../src/provenance/store.ts';
import { compareContents, currentContent, listVersions, saveVersion } from '../../src/provenance/versions.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import type { Notify } from '../notice.ts';
import { DiffText } from '../provenance/DiffText.tsx';
import { readableDate } from '../../src/local-dates.ts';
import { authorName } from '../provenance/names.ts';
import { useDocValue } from '../state/use-doc.ts';
import { errorText } from '../i18n/error-text.ts';
import { shownLanguage } from '../i18n/language-choice.ts';

const NOW = 'now';

export function VersionsView({ doc, author, readOnly = false, onNotice }: { doc: Y.Doc; author: Author; readOnly?: boolean; onNotice: Notify }): ReactNode {
  const { t } = useTranslation('editor');
  const versions = useDocValue(doc, listVersions);
  const orgs = useDocValue(doc, listOrganizations);
  const now = useDocValue(doc, currentContent);
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(NOW);
  const [onlyChanges, setOnlyChanges] = useState(true);
  const fromVersion = versions.find((v) => v.id === from) ?? versions[versions.length - 1];
  const toContent = to === NOW ? now : versions.find((v) => v.id === to);
  const changes = useMemo(() => (fromVersion && toContent ? compareContents(fromVersion, toContent) : []), [fromVersion, toContent]);
  const shown = onlyChanges ? changes.filter((c) => c.kind !== 'unchanged') : changes;
  const save = (): void => {
    try {
      const version = saveVersion(doc, name, author);
      setName('');
      onNotice('info', t('versions.saved', { name: version.name }));
    } catch (error) {
      onNotice('error', errorText(error));
    }
  };
  return (
    <div className="versions-view" data-testid="versions-view">
      {!readOnly && (
        <form
          className="row versions-save"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label>
            {t('versions.name')} <input type="text" value={name} placeholder={t('versions.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            {t('versions.save')}
          </button>
        </form>
      )}
      <h2>{t('versions.title')}</h2>
      {versions.length === 0 ? (
        <p className="muted">{t('versions.none')}</p>
      ) : (
        <ol className="versions-list">
          {versions.map((v) => (
            <li key={v.id} data-testid="version">
              <strong>{v.name}</strong>{' '}
              <span className="muted">
                · {authorName(orgs, v.by)} · {readableDate(v.at, shownLanguage())} · {t('versions.blocks', { count: v.blocks.length })}
              </span>
            </li>
          ))}
        </ol>
      )}
      {fromVersion && (
        <section aria-label={t('versions.compareLabel')} className="versions-compare">
          <h2>{t('versions.compare')}</h2>
          <div className="row">
            <label>
              {t('versions.from')}{' '}
              <select aria-label={t('versions.fromLabel')} value={fromVersion.id} onChange={(e) => setFrom(e.target.value)}>
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('versions.to')}{' '}
              <select aria-label={t('versions.toLabel')} value={to} onChange={(e) => setTo(e.target.value)}>
                <option value={NOW}>{t('versions.now')}</option>
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} /> {t('versions.onlyChanges')}
            </label>
          </div>
          <p className="muted">
            {t('versions.summary', {
              added: changes.filter((c) => c.kind === 'added').length,
              removed: changes.filter((c) => c.kind === 'removed').length,
              changed: changes.filter((c) => c.kind === 'changed').length,
            })}
          </p>
          <ol className="version-changes">
            {shown.map((c) => (
              <li key={`${c.kind}-${c.id}`} className={`version-change version-${c.kind}`} data-testid="version-change" data-kind={c.kind}>
                <span className="version-kind">{t(`versions.kind.${c.kind}`)}</span> <span className="muted">{t(`versions.type.${c.type}`)}</span>
                <DiffText spans={c.spans} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
