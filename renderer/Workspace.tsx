/**
 * One open workspace: its views (the constitution with its outline and organizations; the sources), with
 * one Slate editor and numbering store for the workspace's whole life, so undo history survives view changes.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createConcordEditor } from './editor/create-editor.ts';
import { ConstitutionEditor, jumpToBlock } from './editor/ConstitutionEditor.tsx';
import { LabelStore } from './editor/label-store.ts';
import type { Host } from './host.ts';
import type { Notify } from './notice.ts';
import { OrganizationsPanel } from './orgs/OrganizationsPanel.tsx';
import { Outline } from './outline/Outline.tsx';
import type { WorkspaceSession } from './workspace-session.ts';

// Views other than the editor load on first use, with the libraries they need (import parsers, pdf.js…).
const SourcesView = lazy(() => import('./sources/SourcesView.tsx').then((m) => ({ default: m.SourcesView })));
const ComparisonView = lazy(() => import('./compare/ComparisonView.tsx').then((m) => ({ default: m.ComparisonView })));

const VIEWS = [
  { id: 'constitution', label: 'Constitution' },
  { id: 'sources', label: 'Sources' },
  { id: 'compare', label: 'Compare' },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

export function Workspace({ session, host, onNotice }: { session: WorkspaceSession; host: Host; onNotice: Notify }): ReactNode {
  const editor = useMemo(() => createConcordEditor(session.doc), [session]);
  const labels = useMemo(() => new LabelStore(), [session]);
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'undo') editor.undo();
        if (command === 'redo') editor.redo();
      }),
    [host, editor],
  );
  const entries = useSyncExternalStore(
    useCallback((notify: () => void) => labels.subscribeOutline(notify), [labels]),
    () => labels.outline(),
  );
  const [view, setView] = useState<ViewId>('constitution');
  return (
    <>
      <nav className="views" role="tablist" aria-label="Views">
        {VIEWS.map(({ id, label }) => (
          <button key={id} type="button" role="tab" aria-selected={view === id} className={view === id ? 'is-current' : ''} onClick={() => setView(id)}>
            {label}
          </button>
        ))}
      </nav>
      {view === 'constitution' && (
        <div className="workspace">
          <aside className="sidebar">
            <Outline entries={entries} onJump={(id) => jumpToBlock(editor, id)} />
            <OrganizationsPanel doc={session.doc} onError={(text) => onNotice('error', text)} />
          </aside>
          <main className="editor-pane">
            <ConstitutionEditor editor={editor} labels={labels} />
          </main>
        </div>
      )}
      <Suspense fallback={<p className="loading">Loading…</p>}>
        {view === 'sources' && <SourcesView doc={session.doc} host={host} onNotice={onNotice} />}
        {view === 'compare' && <ComparisonView doc={session.doc} />}
      </Suspense>
    </>
  );
}
