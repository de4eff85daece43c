/**
 * The Concord window: the coalition's name and File menu on top, the outline and member organizations on
 * the left, the constitution editor in the middle. It opens the last workspace used (or a new one) and
 * routes File commands — from Electron's native menu or the web build's own — to the workspace session.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { encodeWorkspaceFile, mergeWorkspaceFile, peekWorkspaceFile, FILE_EXTENSION } from '../src/file/format.ts';
import { readMeta, renameCoalition } from '../src/workspace/workspace.ts';
import { createConcordEditor } from './editor/create-editor.ts';
import { ConstitutionEditor, jumpToBlock } from './editor/ConstitutionEditor.tsx';
import { LabelStore } from './editor/label-store.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { FileMenu } from './FileMenu.tsx';
import type { Host, MenuCommand } from './host.ts';
import { OrganizationsPanel } from './orgs/OrganizationsPanel.tsx';
import { Outline } from './outline/Outline.tsx';
import { SourcesView } from './sources/SourcesView.tsx';
import { useDocValue } from './state/use-doc.ts';
import { knownWorkspaces, renameKnownWorkspace, type KnownWorkspace } from './workspace-registry.ts';
import {
  createLocalWorkspace,
  openLocalWorkspace,
  openStartWorkspace,
  openWorkspaceFile,
  type WorkspaceSession,
} from './workspace-session.ts';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fileNameFor(name: string): string {
  const slug = name.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return `${slug || 'coalition'}${FILE_EXTENSION}`;
}

function CoalitionName({ session }: { session: WorkspaceSession }): ReactNode {
  const name = useDocValue(session.doc, (doc) => readMeta(doc).name);
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  const commit = (): void => {
    if (draft.trim() === '' || draft === name) return setDraft(name);
    renameCoalition(session.doc, draft);
    void renameKnownWorkspace(session.id, readMeta(session.doc).name);
  };
  return (
    <input
      className="coalition-name"
      aria-label="Coalition name"
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

const VIEWS = [
  { id: 'constitution', label: 'Constitution' },
  { id: 'sources', label: 'Sources' },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

function Workspace({ session, host, onNotice }: { session: WorkspaceSession; host: Host; onNotice(notice: Notice): void }): ReactNode {
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
  const notify = useCallback((kind: Notice['kind'], text: string) => onNotice({ kind, text }), [onNotice]);
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
            <OrganizationsPanel doc={session.doc} onError={(text) => onNotice({ kind: 'error', text })} />
          </aside>
          <main className="editor-pane">
            <ConstitutionEditor editor={editor} labels={labels} />
          </main>
        </div>
      )}
      {view === 'sources' && <SourcesView doc={session.doc} host={host} onNotice={notify} />}
    </>
  );
}

export function App({ host }: { host: Host }): ReactNode {
  const [session, setSession] = useState<WorkspaceSession | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [recent, setRecent] = useState<KnownWorkspace[]>([]);
  const sessionRef = useRef<WorkspaceSession | null>(null);

  const switchTo = useCallback(async (next: WorkspaceSession) => {
    const previous = sessionRef.current;
    sessionRef.current = next;
    setSession(next);
    setRecent((await knownWorkspaces()).filter((w) => w.id !== next.id));
    if (previous && previous !== next) await previous.close();
  }, []);

  useEffect(() => {
    openStartWorkspace().then(switchTo, (error: unknown) => setNotice({ kind: 'error', text: errorText(error) }));
  }, [switchTo]);

  const openBytes = useCallback(
    async (name: string, bytes: Uint8Array) => {
      const current = sessionRef.current;
      try {
        const meta = peekWorkspaceFile(bytes, name);
        if (current && meta.id === current.id) {
          const result = mergeWorkspaceFile(current.doc, bytes, name);
          setNotice({ kind: 'info', text: result.changed ? `Merged ${name} into this workspace.` : `${name} brought nothing new: this workspace already has all of it.` });
          return;
        }
        const opened = await openWorkspaceFile(bytes, name);
        await switchTo(opened.session);
        setNotice({ kind: 'info', text: opened.merged ? `Opened ${name}; it was merged into your copy of “${opened.result.meta.name}”.` : `Opened ${name}: “${opened.result.meta.name}”.` });
      } catch (error) {
        setNotice({ kind: 'error', text: errorText(error) });
      }
    },
    [switchTo],
  );

  const run = useCallback(
    async (command: MenuCommand | { open: string }) => {
      const current = sessionRef.current;
      try {
        if (typeof command === 'object') {
          await switchTo(await openLocalWorkspace(command.open));
          return;
        }
        switch (command) {
          case 'new-workspace':
            await switchTo(await createLocalWorkspace('New coalition'));
            setNotice({ kind: 'info', text: 'New workspace created. Give the coalition a name above.' });
            break;
          case 'open': {
            const file = await host.openFile([FILE_EXTENSION]);
            if (file) await openBytes(file.name, file.bytes);
            break;
          }
          case 'save-copy':
            if (current && (await host.saveFile(fileNameFor(readMeta(current.doc).name), encodeWorkspaceFile(current.doc)))) {
              setNotice({ kind: 'info', text: 'A copy of the workspace was saved.' });
            }
            break;
          case 'merge': {
            if (!current) break;
            const file = await host.openFile([FILE_EXTENSION]);
            if (!file) break;
            const result = mergeWorkspaceFile(current.doc, file.bytes, file.name);
            setNotice({ kind: 'info', text: result.changed ? `Merged ${file.name}: its changes are now in this workspace.` : `${file.name} brought nothing new.` });
            break;
          }
          case 'undo':
          case 'redo':
            break; // The editor listens for these itself (see Workspace).
        }
      } catch (error) {
        setNotice({ kind: 'error', text: errorText(error) });
      }
    },
    [host, openBytes, switchTo],
  );

  useEffect(() => host.onMenuCommand((command) => void run(command)), [host, run]);
  useEffect(() => host.onOpenFile((file) => void openBytes(file.name, file.bytes)), [host, openBytes]);

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Concord</span>
        {!host.hasNativeMenu && (
          <FileMenu
            recent={recent}
            onCommand={(command) => void run(command)}
            onOpenRecent={(id) => void run({ open: id })}
          />
        )}
        {session && <CoalitionName key={session.id} session={session} />}
        <span className="status" title="Every change is saved on this computer as you type.">Saved on this computer</span>
      </header>
      {notice && (
        <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" className="small" onClick={() => setNotice(null)} aria-label="Dismiss">×</button>
        </div>
      )}
      <ErrorBoundary>
        {session ? <Workspace key={session.id} session={session} host={host} onNotice={setNotice} /> : <p className="loading">Opening…</p>}
      </ErrorBoundary>
    </div>
  );
}
