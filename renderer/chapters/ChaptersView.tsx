/**
 * Chapters: each member organization's local chapters (added by hand, or imported from a CSV file whose
 * template the view offers; a bad file is refused whole with every problem by line), where members
 * overlap (tables, and a map loaded on first use), and the chapters the parliament combined. Proposing to
 * combine a city's chapters opens a motion (src/ratify/combine.ts), voted on in Ratification. A checkbox
 * chooses whether exports print the appendix of member organizations and their chapters.
 */
import { lazy, Suspense, useCallback, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { chaptersAppendixChosen, chooseChaptersAppendix } from '../../src/chapters/appendix.ts';
import { addChapters, listChapters, removeChapter, updateChapter, type Chapter, type ChapterInput } from '../../src/chapters/chapters.ts';
import { combinedChapters, combineProposalFor } from '../../src/chapters/combined.ts';
import { ChaptersCsvError, importChaptersCsv, templateFor, type CsvProblem } from '../../src/chapters/csv.ts';
import { membersChapters, overlapOf, type PlaceGroup } from '../../src/chapters/overlap.ts';
import { formerMembers } from '../../src/chapters/summary.ts';
import { openMotion } from '../../src/ratify/actions.ts';
import { toHex } from '../../src/ratify/signing.ts';
import { mayOpenMotions } from '../../src/ratify/summary.ts';
import { listOrganizations, readMeta } from '../../src/workspace/workspace.ts';
import { useConfirm } from '../confirm.tsx';
import type { Host } from '../host.ts';
import type { Notify } from '../notice.ts';
import type { ParliamentStore } from '../ratify/parliament-store.ts';
import { useSigner } from '../ratify/use-signer.ts';
import { useDocValue } from '../state/use-doc.ts';
import { ChapterForm } from './ChapterForm.tsx';
import { ChapterTable } from './ChapterTable.tsx';
import { OverlapTables } from './OverlapTables.tsx';
import './chapters.css';
import { errorText } from '../i18n/error-text.ts';

const ChaptersMap = lazy(() => import('./ChaptersMap.tsx').then((m) => ({ default: m.ChaptersMap })));

interface Props {
  doc: Y.Doc;
  host: Host;
  store: ParliamentStore;
  readOnly: boolean;
  onNotice: Notify;
}

const ALL = '';

export function ChaptersView({ doc, host, store, readOnly, onNotice }: Props): ReactNode {
  const { t } = useTranslation(['chapters', 'common']);
  const chapters = useDocValue(doc, listChapters);
  const orgs = useDocValue(doc, listOrganizations);
  const coalition = useDocValue(
    doc,
    useCallback((d: Y.Doc) => readMeta(d).name, []),
  );
  const appendix = useDocValue(doc, chaptersAppendixChosen);
  const summary = useSyncExternalStore(
    (notify) => store.subscribe(notify),
    () => store.current(),
  );
  const { key, signed } = useSigner(host, store, onNotice);
  const [importFor, setImportFor] = useState(ALL);
  const [editing, setEditing] = useState('');
  const confirm = useConfirm();
  const [problems, setProblems] = useState<{ file: string; problems: readonly CsvProblem[] } | null>(null);
  const parliament = store.parliament();
  const current = useMemo(() => (parliament ? membersChapters(chapters, formerMembers(parliament)) : chapters), [chapters, parliament]);
  const overlap = useMemo(() => overlapOf(current), [current]);
  const combined = useMemo(() => (parliament ? combinedChapters(parliament) : []), [parliament]);
  const shortOf = (org: string): string => orgs.find((o) => o.id === org)?.short ?? summary?.organizations.find((o) => o.org === org)?.short ?? '?';
  const fail = (error: unknown): void => onNotice('error', errorText(error));

  const save =
    (id: string) =>
    (input: ChapterInput): boolean => {
      try {
        updateChapter(doc, id, input);
        setEditing('');
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    };
  const remove = async (chapter: Chapter): Promise<void> => {
    if (await confirm.ask(t('view.removeTitle', { name: chapter.localName }), t('view.removeText', { org: shortOf(chapter.org) }), t('common:remove')))
      removeChapter(doc, chapter.id);
  };
  const add = (input: ChapterInput): boolean => {
    try {
      addChapters(doc, [input]);
      onNotice('info', t('view.added', { name: input.localName }));
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };
  const importCsv = async (): Promise<void> => {
    const file = await host.openFile(['.csv', '.txt']);
    if (!file) return;
    try {
      const added = importChaptersCsv(doc, file.bytes, file.name, importFor === ALL ? undefined : importFor);
      setProblems(null);
      onNotice('info', t('view.imported', { count: added.length, file: file.name }));
    } catch (error) {
      if (error instanceof ChaptersCsvError) setProblems({ file: file.name, problems: error.problems });
      else fail(error);
    }
  };
  const template = async (): Promise<void> => {
    const short = orgs.find((o) => o.id === importFor)?.short ?? orgs[0]?.short;
    if (await host.saveFile('chapters-template.csv', new TextEncoder().encode(templateFor(doc, short)))) onNotice('info', t('view.templateSaved'));
  };
  const canPropose = !readOnly && key !== null && summary !== null && mayOpenMotions(summary, toHex(key.publicKey));
  const propose = (group: PlaceGroup): void =>
    void signed((k) => openMotion(doc, k, { kind: 'combine', ...combineProposalFor(group, coalition) })).then((done) => {
      if (done) onNotice('info', t('view.proposed', { place: group.name }));
    });

  return (
    <div className="chap-view" data-testid="chapters-view">
      <h2>{t('view.title')}</h2>
      {!readOnly && (
        <section className="chap-actions" aria-label={t('view.importSection')}>
          <label>
            {t('view.importFor')}{' '}
            <select value={importFor} onChange={(e) => setImportFor(e.target.value)}>
              <option value={ALL}>{t('view.eachRow')}</option>
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.short}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void importCsv()} disabled={orgs.length === 0}>
            {t('view.importCsv')}
          </button>
          <button type="button" className="linklike" onClick={() => void template()}>
            {t('view.template')}
          </button>
        </section>
      )}
      {problems && (
        <div role="alert" className="chap-problems" data-testid="csv-problems">
          <p>{t('view.problems', { file: problems.file, count: problems.problems.length })}</p>
          <ul>
            {problems.problems.map((p) => (
              <li key={`${p.line}:${p.message}`}>{t('view.line', { line: p.line, message: p.message })}</li>
            ))}
          </ul>
        </div>
      )}
      <label className="chap-check">
        <input type="checkbox" checked={appendix} disabled={readOnly} onChange={(e) => chooseChaptersAppendix(doc, e.target.checked)} /> {t('view.appendix')}
      </label>
      {orgs.length === 0 && <p className="muted">{t('view.noOrgs')}</p>}
      {!readOnly && orgs.length > 0 && <ChapterForm orgs={orgs} coalition={coalition} onSave={add} />}

      <h3>{t('view.overlap')}</h3>
      <OverlapTables overlap={overlap} shortOf={shortOf} summary={summary} {...(canPropose ? { onPropose: propose } : {})} />
      {combined.length > 0 && (
        <>
          <h3>{t('view.combined')}</h3>
          <ul data-testid="combined">
            {combined.map((c) => (
              <li key={c.motion}>
                <strong>{c.coalitionName}</strong> ({[c.city, c.region, c.country].filter(Boolean).join(', ')}):{' '}
                {c.chapters.map((m) => `${m.localName} (${shortOf(m.org)})`).join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {chapters.length > 0 && (
        <Suspense fallback={<p className="loading">{t('map.loading')}</p>}>
          <ChaptersMap chapters={current} orgs={orgs} />
        </Suspense>
      )}

      <h3>{t('view.each')}</h3>
      {orgs.map((org) => {
        const own = chapters.filter((c) => c.org === org.id);
        const edited = own.find((c) => c.id === editing);
        return (
          <section key={org.id} aria-label={t('view.orgChapters', { org: org.short })}>
            {edited && <ChapterForm key={edited.id} orgs={orgs} coalition={coalition} initial={edited} onSave={save(edited.id)} onCancel={() => setEditing('')} />}
            <ChapterTable org={org} chapters={own} readOnly={readOnly} onEdit={(c) => setEditing(c.id)} onRemove={(c) => void remove(c)} />
          </section>
        );
      })}
      {confirm.dialog}
    </div>
  );
}
