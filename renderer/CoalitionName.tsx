/**
 * The coalition's name in the top bar: edited in place, saved on Enter or when leaving the field. Whatever
 * changes it — this delegate, another over the sync server, a joined workspace's first sync — the list of
 * recent workspaces follows, so it always shows the coalition's name.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readMeta, renameCoalition } from '../src/workspace/workspace.ts';
import { useDocValue } from './state/use-doc.ts';
import { renameKnownWorkspace } from './workspace-registry.ts';
import type { WorkspaceSession } from './workspace-session.ts';

export function CoalitionName({ session }: { session: WorkspaceSession }): ReactNode {
  const { t } = useTranslation('app');
  const name = useDocValue(session.doc, (doc) => readMeta(doc).name);
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  useEffect(() => {
    if (name !== '') void renameKnownWorkspace(session.id, name);
  }, [session.id, name]);
  const commit = (): void => {
    if (draft.trim() === '' || draft === name) return setDraft(name);
    renameCoalition(session.doc, draft);
  };
  return (
    <input
      className="coalition-name"
      aria-label={t('shell.coalitionName')}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') setDraft(name);
      }}
    />
  );
}
