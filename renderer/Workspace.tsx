/**
 * One open workspace: its views (the constitution with its outline and organizations; the sources; the
 * comparison), its live connection and presence, with one Slate editor and numbering store for the
 * workspace's whole life, so undo history survives view changes.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { CursorEditor, YjsEditor } from '@slate-yjs/core';
import { createConcordEditor } from './editor/create-editor.ts';
import { ConstitutionEditor, jumpToBlock } from './editor/ConstitutionEditor.tsx';
import { LabelStore } from './editor/label-store.ts';
import type { Host } from './host.ts';
import type { Notify } from './notice.ts';
import { OrganizationsPanel } from './orgs/OrganizationsPanel.tsx';
import { Outline } from './outline/Outline.tsx';
import { forgetInvitation } from './sync/invitation-store.ts';
import { ActingAs } from './identity/ActingAs.tsx';
import { useActor } from './identity/use-actor.ts';
import { HostMeeting } from './sync/HostMeeting.tsx';
import { SyncStatus } from './sync/SyncStatus.tsx';
import { useSync } from './sync/use-sync.ts';
import { toBlock, type Block } from '../src/constitution/schema.ts';
import { blocksOf } from '../src/constitution/structure.ts';
import { readBlocks } from '../src/constitution/document.ts';
import { authorOf } from '../src/provenance/store.ts';
import { CommentsPanel } from './comments/CommentsPanel.tsx';
import { adoptAtCursor, type AdoptGroup } from './provenance/adopt-at-cursor.ts';
import { GutterStore } from './provenance/gutter-store.ts';
import { MergeView } from './provenance/MergeView.tsx';
import { useEnrolment, useParliament } from './ratify/use-parliament.ts';
import { ProvenancePanel } from './provenance/ProvenancePanel.tsx';
import { CoverageView } from './provenance/CoverageView.tsx';
import { VersionsView } from './versions/VersionsView.tsx';
import type { WorkspaceSession } from './workspace-session.ts';

// Views other than the editor load on first use, with the libraries they need (import parsers, pdf.js…).
const SourcesView = lazy(() => import('./sources/SourcesView.tsx').then((m) => ({ default: m.SourcesView })));
const ComparisonView = lazy(() => import('./compare/ComparisonView.tsx').then((m) => ({ default: m.ComparisonView })));
const RatificationView = lazy(() => import('./ratify/RatificationView.tsx').then((m) => ({ default: m.RatificationView })));

const VIEWS = [
  { id: 'constitution', label: 'Constitution' },
  { id: 'sources', label: 'Sources' },
  { id: 'compare', label: 'Compare' },
  { id: 'coverage', label: 'Coverage' },
  { id: 'versions', label: 'Versions' },
  { id: 'ratify', label: 'Ratification' },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

export function Workspace({ session, host, onNotice }: { session: WorkspaceSession; host: Host; onNotice: Notify }): ReactNode {
  const sync = useSync(session.id, session.doc, session.awareness);
  const acting = useActor(session.id, session.doc, sync.me?.org);
  const readOnly = sync.state !== null && 'role' in sync.state && sync.state.role === 'observer';
  const onLocked = useCallback((message: string) => onNotice('info', message), [onNotice]);
  const editor = useMemo(() => createConcordEditor(session.doc, session.awareness, acting.source, onLocked), [session, acting.source, onLocked]);
  const parliament = useParliament(session.doc, host, readOnly);
  const onEnrolmentError = useCallback((text: string) => onNotice('error', text), [onNotice]);
  useEnrolment(session.doc, host, acting.fromInvitation ? acting.actor?.org : undefined, sync.state?.kind === 'online' && !readOnly, onEnrolmentError);
  useEffect(() => {
    if (sync.me) CursorEditor.sendCursorData(editor, { name: sync.me.name, colour: sync.me.colour });
  }, [editor, sync.me]);
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
  const [hosting, setHosting] = useState(false);
  // Provenance: gutter chips, the block the cursor is in (for the margin panels), adopting and merging.
  const gutter = useMemo(() => new GutterStore(session.doc), [session]);
  // The editor holds the blocks while it is on screen; in other views it is disconnected, and the doc is read.
  const currentBlocks = useCallback(() => (YjsEditor.connected(editor) ? blocksOf(editor).map(toBlock) : readBlocks(session.doc)), [editor, session]);
  useEffect(() => gutter.watch(currentBlocks), [gutter, currentBlocks]);
  // Back in the editor (which reloaded the blocks when it connected), the gutter catches up.
  useEffect(() => gutter.refresh(currentBlocks(), true), [view, gutter, currentBlocks]);
  const [current, setCurrent] = useState<Block | undefined>(undefined);
  const [merging, setMerging] = useState<string[] | null>(null);
  const author = authorOf(acting.actor);
  const adopt = (groups: AdoptGroup[]): void => {
    try {
      const made = adoptAtCursor(editor, session.doc, groups, current?.id, author);
      onNotice('info', made.length === 1 ? 'Added a clause to the constitution.' : `Added ${made.length} clauses to the constitution.`);
    } catch (error) {
      onNotice('error', error instanceof Error ? error.message : String(error));
    }
  };
  const adoption = readOnly ? {} : { onAdopt: (ids: string[]) => adopt(ids.map((id) => ({ ids: [id] }))), onMerge: setMerging };
  return (
    <>
      <div className="views">
        <nav role="tablist" aria-label="Views">
          {VIEWS.map(({ id, label }) => (
            <button key={id} type="button" role="tab" aria-selected={view === id} className={view === id ? 'is-current' : ''} onClick={() => setView(id)}>
              {label}
            </button>
          ))}
        </nav>
        <ActingAs doc={session.doc} view={acting} />
        <SyncStatus view={sync} onLeave={() => void forgetInvitation(session.id)} />
        {host.meeting && (
          <button type="button" className="small" onClick={() => setHosting(true)}>
            Host a meeting…
          </button>
        )}
      </div>
      {hosting && host.meeting && (
        <HostMeeting meeting={host.meeting} workspace={session.id} doc={session.doc} onNotice={onNotice} onClose={() => setHosting(false)} />
      )}
      {view === 'constitution' && (
        <div className="workspace with-margin">
          <aside className="sidebar">
            <Outline entries={entries} onJump={(id) => jumpToBlock(editor, id)} />
            <OrganizationsPanel doc={session.doc} host={host} store={parliament} onNotice={onNotice} />
          </aside>
          <main className="editor-pane">
            <ConstitutionEditor editor={editor} labels={labels} readOnly={readOnly} gutter={gutter} parliament={parliament} onCurrentBlock={setCurrent} />
          </main>
          <aside className="margin" aria-label="Clause details">
            <ProvenancePanel doc={session.doc} block={current} />
            <CommentsPanel doc={session.doc} block={current} author={author} readOnly={readOnly} onNotice={onNotice} />
          </aside>
        </div>
      )}
      <Suspense fallback={<p className="loading">Loading…</p>}>
        {view === 'sources' && <SourcesView doc={session.doc} host={host} onNotice={onNotice} {...adoption} />}
        {view === 'compare' && <ComparisonView doc={session.doc} {...(readOnly ? {} : { onStartClause: setMerging })} />}
        {view === 'coverage' && <CoverageView doc={session.doc} readOnly={readOnly} onAdopt={(ids) => adopt(ids.map((id) => ({ ids: [id] })))} />}
        {view === 'ratify' && <RatificationView doc={session.doc} host={host} store={parliament} actingFor={acting.actor?.org} readOnly={readOnly} onNotice={onNotice} />}
        {view === 'versions' && <VersionsView doc={session.doc} author={author} readOnly={readOnly} onNotice={onNotice} />}
      </Suspense>
      {merging && (
        <MergeView
          doc={session.doc}
          principleIds={merging}
          onCancel={() => setMerging(null)}
          onCreate={(text) => {
            adopt([{ ids: merging, text }]);
            setMerging(null);
          }}
        />
      )}
    </>
  );
}
