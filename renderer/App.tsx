/**
 * The Concord window: the File menu, the coalition's name and messages on top, the workspace below. It
 * opens the last workspace used (or a new one) and routes File commands — from Electron's native menu or
 * the web build's own — to the workspace session.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { fileStem } from '../src/file/file-name.ts';
import { encodeWorkspaceFile, mergeWorkspaceFile, peekWorkspaceFile, FILE_EXTENSION, type MergeResult } from '../src/file/format.ts';
import { readMeta } from '../src/workspace/workspace.ts';
import { CoalitionName } from './CoalitionName.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { FileMenu } from './FileMenu.tsx';
import { LanguageMenu } from './i18n/LanguageMenu.tsx';
import { i18n as appI18n } from '../src/i18n/i18n.ts';
import { isLanguage } from '../src/i18n/languages.ts';
import { NoticeBanner } from './NoticeBanner.tsx';
import type { Host, MenuCommand } from './host.ts';
import type { Notice } from './notice.ts';
import { knownWorkspaces, type KnownWorkspace } from './workspace-registry.ts';
import type { Invitation } from '../src/sync/join-link.ts';
import { JoinDialog } from './sync/JoinDialog.tsx';
import { invitationFor, rememberInvitation } from './sync/invitation-store.ts';
import { useConfirm } from './confirm.tsx';
import { Workspace } from './Workspace.tsx';
import { DamagedCopy } from './recovery/DamagedCopy.tsx';
import { useDamagedCopy } from './recovery/use-damaged-copy.ts';
import { createLocalWorkspace, openLocalWorkspace, openStartWorkspace, openWorkspaceFile, type WorkspaceSession } from './workspace-session.ts';
import { errorText } from './i18n/error-text.ts';

// The exporters (docx, pdf.js…) load when the Export dialog first opens.
const ExportDialog = lazy(() => import('./export/ExportDialog.tsx').then((m) => ({ default: m.ExportDialog })));

/** What a merge did, and after a merge that left out changes whose earlier history the file did not hold, that too. */
function withHistoryNote(t: TFunction<'app'>, said: string, result: MergeResult): string {
  return result.missingHistory ? `${said} ${t('files.missingHistory')}` : said;
}

/** One key per session (a workspace opened again is a new session), so the workspace view and its stores start afresh with it. */
const sessionKeys = new WeakMap<WorkspaceSession, number>();
let sessionsSeen = 0;
function keyOf(session: WorkspaceSession): number {
  let key = sessionKeys.get(session);
  if (key === undefined) {
    sessionsSeen += 1;
    key = sessionsSeen;
    sessionKeys.set(session, key);
  }
  return key;
}
export function App({ host }: { host: Host }): ReactNode {
  const [session, setSession] = useState<WorkspaceSession | null>(null);
  const { t, i18n } = useTranslation('app');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [recent, setRecent] = useState<KnownWorkspace[]>([]);
  /** The Join dialog, open (with the invitation link the app was opened with, if any) or not. */
  const [joining, setJoining] = useState<{ link?: string } | null>(null);
  const [exporting, setExporting] = useState(false);
  const sessionRef = useRef<WorkspaceSession | null>(null);
  /** Counts the notices shown, so that a repeated one starts its fade again. */
  const [noticeCount, setNoticeCount] = useState(0);
  const notify = useCallback((kind: Notice['kind'], text: string) => {
    setNotice({ kind, text });
    setNoticeCount((n) => n + 1);
  }, []);
  const confirm = useConfirm();
  const { ask } = confirm;

  /** Going to another workspace leaves the meeting the open one is in: the delegate confirms it. */
  const mayLeave = useCallback(
    async (nextId?: string): Promise<boolean> => {
      const current = sessionRef.current;
      if (!current || current.id === nextId || (await invitationFor(current.id)) === null) return true;
      return ask(t('files.leaveTitle'), t('files.leaveText', { name: readMeta(current.doc).name || t('files.thisWorkspace') }), t('files.leaveYes'));
    },
    [ask, t],
  );

  const show = useCallback(async (next: WorkspaceSession) => {
    sessionRef.current = next;
    setSession(next);
    setRecent((await knownWorkspaces()).filter((w) => w.id !== next.id));
  }, []);
  const switchTo = useCallback(
    async (next: WorkspaceSession) => {
      const previous = sessionRef.current;
      await show(next);
      if (previous && previous !== next) await previous.close();
    },
    [show],
  );
  const damaged = useDamagedCopy(session, show, host, notify);

  // Once, at start (not again when the language changes): the new coalition is named in the language shown then.
  // Another workspace opened while it loads (a meeting joined from the link the app was opened with, a file
  // the desktop app was opened with) stays open, and the start workspace is closed unseen; the same workspace
  // is shown from the start's copy and the other closed, as when two opens follow each other.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    openStartWorkspace(appI18n.t('app:shell.newCoalition')).then(
      (start) => (sessionRef.current === null || sessionRef.current.id === start.id ? switchTo(start) : start.close()),
      (error: unknown) => notify('error', errorText(error)),
    );
  }, [notify, switchTo]);

  const openBytes = useCallback(
    async (name: string, bytes: Uint8Array) => {
      const current = sessionRef.current;
      try {
        const meta = peekWorkspaceFile(bytes, name);
        if (current && meta.id === current.id) {
          const result = mergeWorkspaceFile(current.doc, bytes, name);
          notify('info', withHistoryNote(t, result.changed ? t('files.mergedHere', { name }) : t('files.nothingNewHere', { name }), result));
          return;
        }
        if (!(await mayLeave(meta.id))) return;
        const opened = await openWorkspaceFile(bytes, name);
        await switchTo(opened.session);
        const coalition = opened.result.meta.name;
        notify('info', withHistoryNote(t, opened.merged ? t('files.openedMerged', { name, coalition }) : t('files.opened', { name, coalition }), opened.result));
      } catch (error) {
        notify('error', errorText(error));
      }
    },
    [mayLeave, notify, switchTo, t],
  );

  const run = useCallback(
    async (command: MenuCommand | { open: string }) => {
      const current = sessionRef.current;
      try {
        if (typeof command === 'object') {
          if (await mayLeave(command.open)) await switchTo(await openLocalWorkspace(command.open));
          return;
        }
        switch (command) {
          case 'new-workspace':
            if (!(await mayLeave())) break;
            await switchTo(await createLocalWorkspace(t('shell.newCoalition')));
            notify('info', t('files.created'));
            break;
          case 'open': {
            const file = await host.openFile([FILE_EXTENSION]);
            if (file) await openBytes(file.name, file.bytes);
            break;
          }
          case 'save-copy':
            if (current && (await host.saveFile(`${fileStem(readMeta(current.doc).name, 'coalition')}${FILE_EXTENSION}`, encodeWorkspaceFile(current.doc)))) {
              notify('info', t('files.copySaved'));
            }
            break;
          case 'merge': {
            if (!current) break;
            const file = await host.openFile([FILE_EXTENSION]);
            if (!file) break;
            const result = mergeWorkspaceFile(current.doc, file.bytes, file.name);
            const name = file.name;
            notify('info', withHistoryNote(t, result.changed ? t('files.merged', { name }) : t('files.nothingNew', { name }), result));
            break;
          }
          case 'join':
            setJoining({});
            break;
          case 'export':
            setExporting(true);
            break;
          case 'undo':
          case 'redo':
          case 'find':
          case 'replace':
            break; // The editor listens for these itself (see Workspace and use-find).
        }
      } catch (error) {
        notify('error', errorText(error));
      }
    },
    [host, mayLeave, notify, openBytes, switchTo, t],
  );

  useEffect(() => host.onMenuCommand((command) => void run(command)), [host, run]);
  // The desktop app's native File › Open recent lists the same workspaces as the web build's menu.
  useEffect(() => host.showRecentWorkspaces?.(recent), [host, recent]);
  // …and speaks the language the page shows.
  const shown = i18n.resolvedLanguage;
  useEffect(() => {
    if (isLanguage(shown)) host.setLanguage?.(shown);
  }, [host, shown]);
  useEffect(() => host.onOpenWorkspace?.((id) => void run({ open: id })), [host, run]);

  /** Join: the invitation's workspace becomes the open one (created empty here if new), then it connects. */
  const join = useCallback(
    async (invitation: Invitation) => {
      setJoining(null);
      try {
        if (sessionRef.current?.id !== invitation.workspace) {
          if (!(await mayLeave(invitation.workspace))) return;
          await switchTo(await openLocalWorkspace(invitation.workspace));
        }
        await rememberInvitation(invitation);
      } catch (error) {
        notify('error', errorText(error));
      }
    },
    [mayLeave, notify, switchTo],
  );
  useEffect(() => host.onOpenFile((file) => void openBytes(file.name, file.bytes)), [host, openBytes]);
  // An invitation link the app was opened with (a server's web link; concord:// in the desktop app).
  useEffect(() => host.onJoinLink?.((link) => setJoining({ link })), [host]);

  return (
    <div className="app">
      <header className="topbar">
        {/* i18n-exempt: the product's name */}
        <span className="brand">Concord</span>
        {!host.hasNativeMenu && <FileMenu recent={recent} onCommand={(command) => void run(command)} onOpenRecent={(id) => void run({ open: id })} />}
        {session && <CoalitionName key={session.id} session={session} />}
        <span className="status" title={t('shell.savedTitle')}>
          {t('shell.saved')}
        </span>
        <LanguageMenu />
      </header>
      {notice && <NoticeBanner key={noticeCount} notice={notice} onDismiss={() => setNotice(null)} />}
      <Suspense fallback={null}>{exporting && session && <ExportDialog doc={session.doc} host={host} onNotice={notify} onClose={() => setExporting(false)} />}</Suspense>
      {confirm.dialog}
      {joining && <JoinDialog {...joining} onJoin={(invitation) => void join(invitation)} onCancel={() => setJoining(null)} />}
      {damaged.skipped.length > 0 && <DamagedCopy skipped={damaged.skipped} canResync={damaged.canResync} onRecover={(how) => void damaged.recover(how)} />}
      <ErrorBoundary>
        {session ? (
          <Workspace key={keyOf(session)} session={session} host={host} onNotice={notify} constitutionDamaged={damaged.skipped.some((s) => s.root === 'constitution')} />
        ) : (
          <p className="loading">{t('shell.opening')}</p>
        )}
      </ErrorBoundary>
    </div>
  );
}
