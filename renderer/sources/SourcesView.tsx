/**
 * The organizations' source libraries: import founding documents (File dialog, drag-and-drop onto an
 * organization, or pasted text) through the preview, browse each organization's sources and principles with
 * their heading paths, and search the principles of every organization at once.
 */
import { useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CommitResult } from '../../src/import/commit.ts';
import type { ImportDraft } from '../../src/import/draft.ts';
import type { PrincipleHit } from '../../src/workspace/principle-search.ts';
import { latestVersion, listSources } from '../../src/workspace/sources.ts';
import { listOrganizations, type Organization } from '../../src/workspace/workspace.ts';
import type { Host } from '../host.ts';
import type { Notify } from '../notice.ts';
import { useDocValue } from '../state/use-doc.ts';
import { usePrincipleSearch } from './use-principle-search.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { PrincipleActions, SelectionBar, type Adoption } from '../provenance/PrincipleActions.tsx';
import { readDraft, readPastedText } from '../documents/in-worker.ts';
import { errorText } from '../i18n/error-text.ts';

const ACCEPT = ['.txt', '.md', '.docx', '.odt', '.pdf', '.html', '.htm'];
/** Reads shorter than this show no progress bar. */
const PROGRESS_DELAY_MS = 500;

interface Props {
  doc: Y.Doc;
  host: Host;
  onNotice: Notify;
  /** Adopting into the constitution (absent for observers): one clause per principle, or several merged. */
  onAdopt?: (ids: string[]) => void;
  onMerge?: (ids: string[]) => void;
}

interface PendingFile {
  name: string;
  bytes: Uint8Array;
}

function Highlighted({ hit }: { hit: PrincipleHit }): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  hit.ranges.forEach(([start, end], i) => {
    parts.push(hit.principle.text.slice(at, start), <mark key={i}>{hit.principle.text.slice(start, end)}</mark>);
    at = end;
  });
  parts.push(hit.principle.text.slice(at));
  return <>{parts}</>;
}

function Library({ doc, org, adoption }: { doc: Y.Doc; org: Organization; adoption: Adoption | null }): ReactNode {
  const { t } = useTranslation(['sources', 'common']);
  const sources = useDocValue(doc, (d) => listSources(d, org.id));
  if (sources.length === 0) return <p className="muted">{t('library.empty', { org: org.name })}</p>;
  return (
    <div className="library">
      {sources.map((source) => {
        const latest = latestVersion(source);
        return (
          <details key={source.id} className="source" data-source-id={source.id}>
            <summary>
              <strong>{source.title}</strong>{' '}
              <span className="muted">{t('library.summary', { count: latest?.principles.length ?? 0, version: latest?.version ?? 0, file: latest?.fileName ?? '' })}</span>
            </summary>
            <ol className="principles">
              {(latest?.principles ?? []).map((p) => (
                <li key={p.id} data-principle-id={p.id}>
                  <div className="principle-path">{[...p.path, p.label].filter(Boolean).join(' › ') || t('topLevel')}</div>
                  <p className="principle-text">{p.text}</p>
                  {adoption && <PrincipleActions adoption={adoption} id={p.id} text={p.text} />}
                </li>
              ))}
            </ol>
          </details>
        );
      })}
    </div>
  );
}

export function SourcesView({ doc, host, onNotice, onAdopt, onMerge }: Props): ReactNode {
  const { t } = useTranslation(['sources', 'common']);
  const orgs = useDocValue(doc, listOrganizations);
  const [selected, setSelected] = useState<string | null>(null);
  const org = orgs.find((o) => o.id === selected) ?? orgs[0];
  const [queue, setQueue] = useState<PendingFile[]>([]);
  // The draft being previewed, and whether it came from the file queue (pasted text does not).
  const [preview, setPreview] = useState<{ draft: ImportDraft; fromQueue: boolean } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [pasting, setPasting] = useState(false);
  const [query, setQuery] = useState('');
  const pasteBox = useRef<HTMLTextAreaElement>(null);
  const hits = usePrincipleSearch(doc, query, 50);
  const orgName = (id: string): string => orgs.find((o) => o.id === id)?.short ?? '?';
  const [picked, setPicked] = useState<string[]>([]);
  const adoption: Adoption | null =
    onAdopt && onMerge
      ? {
          selected: picked,
          toggle: (id) => setPicked((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id])),
          clear: () => setPicked([]),
          adopt: (ids) => {
            onAdopt(ids);
            setPicked((list) => list.filter((x) => !ids.includes(x)));
          },
          merge: (ids) => {
            onMerge(ids);
            setPicked([]);
          },
        }
      : null;

  // Read the next queued file into a draft (one at a time); a bad file is reported and skipped.
  useEffect(() => {
    const next = queue[0];
    if (preview || !next) return;
    let cancelled = false;
    const timer = setTimeout(() => !cancelled && setProgress((p) => p ?? 0), PROGRESS_DELAY_MS);
    readDraft(next.name, next.bytes, (fraction) => setProgress((p) => (p === null ? p : fraction)))
      .then(
        (read) => !cancelled && setPreview({ draft: read, fromQueue: true }),
        (error: unknown) => {
          if (cancelled) return;
          onNotice('error', errorText(error));
          setQueue((q) => q.slice(1));
        },
      )
      .finally(() => {
        clearTimeout(timer);
        if (!cancelled) setProgress(null);
      });
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [queue, preview, onNotice]);

  const enqueue = (files: PendingFile[]): void => setQueue((q) => [...q, ...files]);

  const finish = (result: CommitResult | null): void => {
    if (result) {
      const words = { title: result.source.title, version: result.version.version, count: result.version.principles.length, kept: result.kept };
      onNotice('info', result.version.version > 1 ? t('importedKept', words) : t('imported', words));
    }
    if (preview?.fromQueue) setQueue((q) => q.slice(1));
    setPreview(null);
  };

  const onDrop = async (event: DragEvent<HTMLElement>, target: Organization): Promise<void> => {
    event.preventDefault();
    event.currentTarget.classList.remove('drop-target');
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    setSelected(target.id);
    enqueue(await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))));
  };

  if (orgs.length === 0 || !org) {
    return (
      <div className="sources-view">
        <p className="empty-hint">{t('view.noOrgs')}</p>
      </div>
    );
  }

  return (
    <div className="sources-view">
      <aside className="sources-orgs" aria-label={t('view.orgs')}>
        <h2>{t('view.orgs')}</h2>
        <p className="muted small-print">{t('view.dropHint')}</p>
        <ul>
          {orgs.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                className={`org-pick${o.id === org.id ? ' is-selected' : ''}`}
                aria-pressed={o.id === org.id}
                data-org-drop={o.short}
                onClick={() => setSelected(o.id)}
                onDragOver={(event) => {
                  if (!event.dataTransfer.types.includes('Files')) return;
                  event.preventDefault();
                  event.currentTarget.classList.add('drop-target');
                }}
                onDragLeave={(event) => event.currentTarget.classList.remove('drop-target')}
                onDrop={(event) => void onDrop(event, o)}
              >
                <span className="swatch" style={{ background: o.colour }} aria-hidden="true" />
                <span>
                  <strong>{o.short}</strong> {o.name}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <main className="sources-main">
        {progress !== null && (
          <div className="import-progress" role="status">
            {t('view.reading', { file: queue[0]?.name ?? '' })} <progress value={progress} max={1} aria-label={t('view.progress')} />
          </div>
        )}
        {preview ? (
          <ImportPreview
            key={preview.draft.digest + preview.draft.fileName}
            doc={doc}
            org={org}
            draft={preview.draft}
            queued={preview.fromQueue ? queue.length - 1 : queue.length}
            onDone={finish}
            onError={(text) => onNotice('error', text)}
          />
        ) : (
          <>
            <div className="row sources-actions">
              <button type="button" className="primary" onClick={() => void host.openFile(ACCEPT).then((file) => file && enqueue([file]))}>
                {t('view.importFor', { org: org.short })}
              </button>
              <button type="button" onClick={() => setPasting(true)}>
                {t('view.paste')}
              </button>
              <input
                type="search"
                className="search"
                placeholder={t('view.searchPlaceholder')}
                aria-label={t('view.searchLabel')}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
            {adoption && <SelectionBar adoption={adoption} />}
            {pasting && (
              <div className="paste-box">
                <textarea ref={pasteBox} rows={8} aria-label={t('view.pasteLabel')} placeholder={t('view.pastePlaceholder')} />
                <div className="row">
                  <button
                    type="button"
                    onClick={() => {
                      readPastedText(pasteBox.current?.value ?? '').then(
                        (read) => {
                          setPasting(false);
                          setPreview({ draft: read, fromQueue: false });
                        },
                        (error: unknown) => onNotice('error', errorText(error)),
                      );
                    }}
                  >
                    {t('view.preview')}
                  </button>
                  <button type="button" onClick={() => setPasting(false)}>
                    {t('common:cancel')}
                  </button>
                </div>
              </div>
            )}
            {query.trim() !== '' ? (
              <section aria-label={t('view.results')}>
                <h2>{hits.length === 0 ? t('view.noMatch') : t('view.found', { count: hits.length })}</h2>
                <ol className="principles">
                  {hits.map((hit) => (
                    <li key={hit.principle.id} data-principle-id={hit.principle.id}>
                      <div className="principle-path">
                        <strong>{orgName(hit.principle.org)}</strong> · {hit.principle.sourceTitle} › {hit.principle.path.join(' › ')}
                      </div>
                      <p className="principle-text">
                        <Highlighted hit={hit} />
                      </p>
                      {adoption && <PrincipleActions adoption={adoption} id={hit.principle.id} text={hit.principle.text} />}
                    </li>
                  ))}
                </ol>
              </section>
            ) : (
              <Library doc={doc} org={org} adoption={adoption} />
            )}
          </>
        )}
      </main>
    </div>
  );
}
