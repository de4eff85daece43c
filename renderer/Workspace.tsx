/**
 * One open workspace: its views (the constitution with its outline and organizations; the sources; the
 * comparison), its live connection and presence, with one Slate editor and numbering store for the
 * workspace's whole life, so undo history survives view changes.
 */
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from 'slate';
import type * as Y from 'yjs';
import { YjsEditor } from '@slate-yjs/core';
import { createConcordEditor } from './editor/create-editor.ts';
import { useDeletedClauseNotice } from './editor/deleted-clause.ts';
import { ConstitutionEditor, jumpToBlock } from './editor/ConstitutionEditor.tsx';
import { LabelStore } from './editor/label-store.ts';
import { VoteGuardDialog } from './editor/VoteGuardDialog.tsx';
import { VoteGuardStore } from './editor/vote-guard-store.ts';
import type { Host } from './host.ts';
import type { Notify } from './notice.ts';
import { OrganizationsPanel } from './orgs/OrganizationsPanel.tsx';
import { Outline } from './outline/Outline.tsx';
import { forgetInvitation } from './sync/invitation-store.ts';
import { ActingAs } from './identity/ActingAs.tsx';
import { ActingForDialog } from './identity/ActingForDialog.tsx';
import { ActingGuard } from './identity/acting-guard.ts';
import { listOrganizations } from '../src/workspace/workspace.ts';
import { useActor } from './identity/use-actor.ts';
import { HostMeeting } from './sync/HostMeeting.tsx';
import { ObserverBanner } from './sync/ObserverBanner.tsx';
import { SyncStatus } from './sync/SyncStatus.tsx';
import { useSync } from './sync/use-sync.ts';
import { shortNamesPresent } from '../src/sync/presence.ts';
import { toBlock } from '../src/constitution/schema.ts';
import { CurrentBlockStore, useCurrentBlock } from './editor/current-block-store.ts';
import { blocksOf } from '../src/constitution/structure.ts';
import { readBlocks } from '../src/constitution/document.ts';
import { AdoptionPlace } from '../src/provenance/adopt.ts';
import { authorOf, type Author } from '../src/provenance/store.ts';
import { CommentsPanel } from './comments/CommentsPanel.tsx';
import { PassageStore } from './comments/passage-store.ts';
import { PassageSelectionStore } from './comments/passage-selection.ts';
import { SuggestModeStore } from './suggest/suggest-mode.ts';
import { ProposerStore } from './suggest/proposer-store.ts';
import { SuggestionsPanel } from './suggest/SuggestionsPanel.tsx';
import { TranslationPanel } from './translations/TranslationPanel.tsx';
import { adoptAtCursor, type AdoptGroup } from './provenance/adopt-at-cursor.ts';
import { GutterStore } from './provenance/gutter-store.ts';
import { MergeView } from './provenance/MergeView.tsx';
import { useEnrolment, useParliament } from './ratify/use-parliament.ts';
import { ProvenancePanel } from './provenance/ProvenancePanel.tsx';
import { CoverageView } from './provenance/CoverageView.tsx';
import { VersionsView } from './versions/VersionsView.tsx';
import type { WorkspaceSession } from './workspace-session.ts';
import { DamagedConstitution } from './recovery/DamagedConstitution.tsx';
import { errorText } from './i18n/error-text.ts';
import type { ConcordError } from '../src/workspace/errors.ts';

// Views other than the editor load on first use, with the libraries they need (import parsers, pdf.js…).
const SourcesView = lazy(() => import('./sources/SourcesView.tsx').then((m) => ({ default: m.SourcesView })));
const ComparisonView = lazy(() => import('./compare/ComparisonView.tsx').then((m) => ({ default: m.ComparisonView })));
const RatificationView = lazy(() => import('./ratify/RatificationView.tsx').then((m) => ({ default: m.RatificationView })));
const ChaptersView = lazy(() => import('./chapters/ChaptersView.tsx').then((m) => ({ default: m.ChaptersView })));

/** The views, in the tabs' order; each id is also its tab's key in the catalog. */
const VIEWS = ['constitution', 'sources', 'compare', 'coverage', 'versions', 'chapters', 'ratify'] as const;
type ViewId = (typeof VIEWS)[number];

interface DetailsProps {
  doc: Y.Doc;
  editor: Editor;
  store: CurrentBlockStore;
  selection: PassageSelectionStore;
  author: Author;
  readOnly: boolean;
  onNotice: Notify;
}

/**
 * The margin beside the editor: the suggestions, translation, provenance and comments of the block the cursor is in (the
 * only part that re-renders as it changes). It follows the block at a lower priority than typing (a deferred
 * value): the word diffs of a long clause are worked out after the keystroke is on screen, and skipped while
 * keys keep coming.
 */
function ClauseDetails({ doc, editor, store, selection, author, readOnly, onNotice }: DetailsProps): ReactNode {
  const { t } = useTranslation('app');
  const block = useDeferredValue(useCurrentBlock(store));
  const panels = useMemo(
    () => (
      <>
        <SuggestionsPanel doc={doc} editor={editor} block={block} author={author} readOnly={readOnly} onNotice={onNotice} />
        <TranslationPanel doc={doc} block={block} author={author} readOnly={readOnly} onNotice={onNotice} />
        <ProvenancePanel doc={doc} block={block} />
        <CommentsPanel doc={doc} block={block} author={author} readOnly={readOnly} onNotice={onNotice} selection={selection} />
      </>
    ),
    [doc, editor, block, selection, author, readOnly, onNotice],
  );
  return (
    <aside className="margin" aria-label={t('workspace.clauseDetails')}>
      {panels}
    </aside>
  );
}

interface Props {
  session: WorkspaceSession;
  host: Host;
  onNotice: Notify;
  /** The local copy's constitution holds damaged blocks: shown read-only until they are dropped. */
  constitutionDamaged?: boolean;
}

export function Workspace({ session, host, onNotice, constitutionDamaged = false }: Props): ReactNode {
  const { t } = useTranslation('app');
  const sync = useSync(session.id, session.doc, session.awareness);
  const acting = useActor(session.id, session.doc, sync.me?.org);
  const readOnly = sync.state !== null && 'role' in sync.state && sync.state.role === 'observer';
  const readOnlyRef = useRef(readOnly);
  readOnlyRef.current = readOnly;
  const onLocked = useCallback((refusal: ConcordError) => onNotice('info', errorText(refusal)), [onNotice]);
  // The editor's stores live as long as this view of the workspace (App gives each session a view of its own).
  const [guard] = useState(() => new VoteGuardStore());
  // Before the first change, a delegate who chooses whom they act for (no invitation decides it) is asked to, not recorded as "someone".
  const [actingGuard] = useState(() => new ActingGuard());
  const chooses = !acting.fromInvitation && sync.invitation === null;
  const actorSource = acting.source;
  useEffect(() => actingGuard.follow(() => chooses && actorSource() === null && listOrganizations(session.doc).length > 0), [actingGuard, chooses, actorSource, session]);
  // Suggestion mode: the toggle's store, and who proposed each suggestion (for its colour); the passages of comments.
  const [suggesting] = useState(() => new SuggestModeStore());
  const [proposers] = useState(() => new ProposerStore(session.doc));
  useEffect(() => proposers.watch(), [proposers]);
  const [passages] = useState(() => new PassageStore(session.doc));
  useEffect(() => passages.watch(), [passages]);
  const [passageSelection] = useState(() => new PassageSelectionStore());
  const onRefusedSuggestion = useCallback((refusal: ConcordError) => onNotice('info', errorText(refusal)), [onNotice]);
  const editor = useMemo(
    () =>
      createConcordEditor(session.doc, session.awareness, acting.source, onLocked, guard, actingGuard, {
        active: () => suggesting.get() && !readOnlyRef.current,
        author: () => authorOf(acting.source()),
        onRefused: onRefusedSuggestion,
      }),
    [session, acting.source, onLocked, guard, actingGuard, suggesting, onRefusedSuggestion],
  );
  const present = useMemo(() => shortNamesPresent([...sync.others, ...(sync.me ? [sync.me] : [])]), [sync.others, sync.me]);
  const parliament = useParliament(session.doc, host, readOnly, { online: sync.state?.kind === 'online', present });
  useEffect(() => guard.follow(() => parliament.openVotes()), [guard, parliament]);
  const onClauseDeleted = useCallback((message: string) => onNotice('error', message), [onNotice]);
  useDeletedClauseNotice(editor, onClauseDeleted);
  const onEnrolmentError = useCallback((text: string) => onNotice('error', text), [onNotice]);
  useEnrolment(session.doc, host, acting.fromInvitation ? acting.actor?.org : undefined, sync.state?.kind === 'online' && !readOnly, onEnrolmentError);
  const [labels] = useState(() => new LabelStore());
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
  // biome-ignore lint/correctness/useExhaustiveDependencies: `view`: on each change of view
  useEffect(() => gutter.refresh(currentBlocks(), true), [view, gutter, currentBlocks]);
  const [currentBlock] = useState(() => new CurrentBlockStore());
  const [adoptionPlace] = useState(() => new AdoptionPlace());
  const [merging, setMerging] = useState<string[] | null>(null);
  const author = authorOf(acting.actor);
  // Adopting is an edit too: asked whom they act for first, and recorded as them (read when it is made).
  const adopt = (groups: AdoptGroup[]): void =>
    actingGuard.run(() => {
      try {
        const cursor = currentBlock.get()?.id;
        const made = adoptAtCursor(editor, session.doc, groups, adoptionPlace.after(cursor), authorOf(acting.source()));
        adoptionPlace.adopted(cursor, made.at(-1));
        onNotice('info', t('workspace.added', { count: made.length }));
      } catch (error) {
        onNotice('error', errorText(error));
      }
    });
  const adoption = readOnly ? {} : { onAdopt: (ids: string[]) => adopt(ids.map((id) => ({ ids: [id] }))), onMerge: setMerging };
  return (
    <>
      <div className="views">
        <div className="view-tabs" role="tablist" aria-label={t('workspace.views')}>
          {VIEWS.map((id) => (
            <button key={id} type="button" role="tab" aria-selected={view === id} className={view === id ? 'is-current' : ''} onClick={() => setView(id)}>
              {t(`workspace.${id}`)}
            </button>
          ))}
        </div>
        <ActingAs doc={session.doc} view={acting} />
        <SyncStatus view={sync} doc={session.doc} onLeave={() => void forgetInvitation(session.id)} />
        {host.meeting && (
          <button type="button" className="small" onClick={() => setHosting(true)}>
            {t('workspace.hostMeeting')}
          </button>
        )}
      </div>
      {readOnly && <ObserverBanner />}
      {hosting && host.meeting && <HostMeeting meeting={host.meeting} workspace={session.id} doc={session.doc} onNotice={onNotice} onClose={() => setHosting(false)} />}
      {view === 'constitution' && (
        <div className="workspace with-margin">
          <aside className="sidebar">
            <Outline entries={entries} onJump={(id) => jumpToBlock(editor, id)} />
            <OrganizationsPanel doc={session.doc} host={host} store={parliament} onNotice={onNotice} />
          </aside>
          <main className="editor-pane">
            {constitutionDamaged ? (
              <DamagedConstitution doc={session.doc} />
            ) : (
              <ConstitutionEditor
                editor={editor}
                labels={labels}
                readOnly={readOnly}
                gutter={gutter}
                parliament={parliament}
                currentBlock={currentBlock}
                menu={host}
                suggesting={suggesting}
                proposers={proposers}
                passages={passages}
                passageSelection={passageSelection}
              />
            )}
          </main>
          <ClauseDetails doc={session.doc} editor={editor} store={currentBlock} selection={passageSelection} author={author} readOnly={readOnly} onNotice={onNotice} />
          <VoteGuardDialog guard={guard} editor={editor} doc={session.doc} author={author} onNotice={onNotice} />
        </div>
      )}
      <ActingForDialog guard={actingGuard} editor={editor} doc={session.doc} view={acting} />
      <Suspense fallback={<p className="loading">{t('workspace.loading')}</p>}>
        {view === 'sources' && <SourcesView doc={session.doc} host={host} onNotice={onNotice} {...adoption} />}
        {view === 'compare' && <ComparisonView doc={session.doc} {...(readOnly ? {} : { onStartClause: setMerging, actor: acting.actor })} />}
        {view === 'coverage' && <CoverageView doc={session.doc} readOnly={readOnly} onAdopt={(ids) => adopt(ids.map((id) => ({ ids: [id] })))} />}
        {view === 'ratify' && (
          <RatificationView
            doc={session.doc}
            host={host}
            store={parliament}
            actingFor={acting.actor?.org}
            readOnly={readOnly}
            participants={sync.me ? [...sync.others, sync.me] : sync.others}
            onNotice={onNotice}
          />
        )}
        {view === 'versions' && <VersionsView doc={session.doc} author={author} readOnly={readOnly} onNotice={onNotice} />}
        {view === 'chapters' && <ChaptersView doc={session.doc} host={host} store={parliament} readOnly={readOnly} onNotice={onNotice} />}
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
