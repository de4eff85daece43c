/**
 * The comparison view: pick 2 to 12 organizations, see their principles side by side in aligned rows (one
 * column each; rows shared by most organizations first, then the principles unique to one), adjust how
 * similar is similar, filter by keyword, open a word diff of any two cells, read the agreement heatmap, and
 * start a clause from a row. Or by topic (TopicRows.tsx): one row per topic, reached in one click from the
 * index of topics, and each principle's topics corrected from its cell. All logic is in src/compare; this
 * only renders it. Rows by similarity are windowed: only those in view are in the DOM.
 */
import { useCallback, useDeferredValue, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  compareOrganizations,
  DEFAULT_THRESHOLD,
  MAX_ORGANIZATIONS,
  MIN_ORGANIZATIONS,
  type ComparePrinciple,
  type Comparison,
  type ComparisonRow,
} from '../../src/compare/compare.ts';
import { compareByTopic, tagOrganizations } from '../../src/compare/by-topic.ts';
import { filterRows, filterTopicRows } from '../../src/compare/filter.ts';
import { mixedLanguages, type OrganizationLanguage } from '../../src/compare/languages-of.ts';
import { organizationsToCompare } from '../../src/compare/from-workspace.ts';
import { agreementMatrix } from '../../src/compare/heatmap.ts';
import { readTopicCorrections } from '../../src/compare/topic-corrections.ts';
import { rowWindow } from '../../src/compare/window.ts';
import { wordDiff } from '../../src/compare/word-diff.ts';
import type { Actor } from '../../src/workspace/actor.ts';
import { listOrganizations, type Organization } from '../../src/workspace/workspace.ts';
import { useDocValue } from '../state/use-doc.ts';
import { topicName } from './topic-names.ts';
import { TopicEditor, TopicIndex, TopicTable } from './TopicRows.tsx';
import { useViewportHeight } from './use-viewport-height.ts';
import { useWordVectors } from './use-word-vectors.ts';
import './compare.css';

export interface ComparisonViewProps {
  /** The workspace: organizations and their current principles are read from it, live. */
  doc: Y.Doc;
  /** Called with a row's principle ids by "Start a clause from this row"; without it, the row is marked. */
  onStartClause?: (principleIds: string[]) => void;
  /** Who corrects topic tags: null until the delegate picks the organization they act for; absent for observers. */
  actor?: Actor | null;
}

type Mode = 'similarity' | 'topic';

/** Height of one row in pixels (cells scroll inside it): windowing needs rows of one height. */
const ROW_HEIGHT = 132;

/** A share (0 to 1) as a whole percentage, the figure the view shows. */
function percent(share: number): number {
  return Math.round(share * 100) / 100;
}

/** The number of organization columns, for the grid in compare.css. */
function columnCount(n: number): CSSProperties & Record<'--cmp-columns', string> {
  return { '--cmp-columns': String(n) };
}

interface PickedCell {
  rowKey: string;
  org: number;
  principle: ComparePrinciple;
}

function OrganizationPicker(props: { orgs: Organization[]; selected: string[]; onChange(ids: string[]): void }): ReactNode {
  const { orgs, selected, onChange } = props;
  const { t } = useTranslation(['compare', 'common']);
  const full = selected.length >= MAX_ORGANIZATIONS;
  return (
    <fieldset className="cmp-picker" data-testid="compare-orgs">
      <legend>{t('pickerLegend', { min: MIN_ORGANIZATIONS, max: MAX_ORGANIZATIONS })}</legend>
      {orgs.map((org) => {
        const checked = selected.includes(org.id);
        return (
          <label key={org.id} className="cmp-org-choice" style={{ borderColor: org.colour }}>
            <input
              type="checkbox"
              data-testid="compare-org"
              data-org={org.short}
              checked={checked}
              disabled={!checked && full}
              onChange={() => onChange(checked ? selected.filter((id) => id !== org.id) : [...selected, org.id])}
            />
            {org.short} <span className="cmp-muted">{org.name}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

function Heatmap({ comparison }: { comparison: Comparison }): ReactNode {
  const { t } = useTranslation(['compare', 'common']);
  const matrix = useMemo(() => agreementMatrix(comparison), [comparison]);
  return (
    <table className="cmp-heatmap" data-testid="compare-heatmap">
      <caption>{t('heatmap.caption')}</caption>
      <thead>
        <tr>
          <td />
          {matrix.orgs.map((short) => (
            <th key={short} scope="col">
              {short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.cells.map((line, i) => (
          <tr key={matrix.orgs[i]}>
            <th scope="row">{matrix.orgs[i]}</th>
            {line.map((cell, j) => (
              <td
                key={matrix.orgs[j]}
                data-testid="compare-heatmap-cell"
                data-pair={`${matrix.orgs[i]}-${matrix.orgs[j]}`}
                data-shared={cell.shared}
                className={cell.agreement >= 0.5 ? 'cmp-heat-strong' : undefined}
                style={{ backgroundColor: `rgb(31 78 140 / ${(0.08 + 0.92 * cell.agreement).toFixed(3)})` }}
                title={t('heatmap.cell', { left: matrix.orgs[i] ?? '', right: matrix.orgs[j] ?? '', shared: cell.shared, share: percent(cell.agreement) })}
              >
                {cell.shared}
                <span className="cmp-heat-share">{t('heatmap.share', { share: percent(cell.agreement) })}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DiffPanel({ left, right, shorts, onClose }: { left: PickedCell; right: PickedCell; shorts: string[]; onClose(): void }): ReactNode {
  const { t } = useTranslation(['compare', 'common']);
  const diff = useMemo(() => wordDiff(left.principle.text, right.principle.text), [left, right]);
  return (
    <section className="cmp-diff" data-testid="compare-diff" aria-label={t('diff.label')}>
      <header>
        <span className="cmp-diff-left">{shorts[left.org]}</span> ↔ <span className="cmp-diff-right">{shorts[right.org]}</span>
        <span className="cmp-muted"> · {t('diff.shared', { share: percent(diff.sharedShare) })}</span>
        <button type="button" className="small" onClick={onClose}>
          {t('common:close')}
        </button>
      </header>
      <p>
        {diff.spans.map((span, i) =>
          span.kind === 'shared' ? (
            <span key={i}>{span.text}</span>
          ) : span.kind === 'left' ? (
            <del key={i} className="cmp-diff-left" data-testid="compare-diff-left">
              {span.text}
            </del>
          ) : (
            <ins key={i} className="cmp-diff-right" data-testid="compare-diff-right">
              {span.text}
            </ins>
          ),
        )}
      </p>
    </section>
  );
}

interface RowProps {
  row: ComparisonRow;
  index: number;
  picked: PickedCell[];
  marked: boolean;
  onPick(cell: PickedCell): void;
  onStart(row: ComparisonRow): void;
}

function Row({ row, index, picked, marked, onPick, onStart }: RowProps): ReactNode {
  const { t } = useTranslation(['compare', 'common']);
  const shared = row.orgCount > 1;
  return (
    <div
      className={`cmp-row${marked ? ' cmp-marked' : ''}${shared ? '' : ' cmp-unique'}`}
      role="row"
      aria-rowindex={index + 2}
      data-testid="compare-row"
      data-row-key={row.key}
      data-org-count={row.orgCount}
      style={{ height: ROW_HEIGHT }}
    >
      {row.cells.map((cell, org) => (
        <div key={org} className="cmp-cell" role="cell">
          {cell.map((principle) => {
            const isPicked = picked.some((p) => p.principle.id === principle.id);
            return (
              <button
                key={principle.id}
                type="button"
                className={`cmp-principle${isPicked ? ' cmp-picked' : ''}`}
                aria-pressed={isPicked}
                data-testid="compare-cell"
                data-principle-id={principle.id}
                onClick={() => onPick({ rowKey: row.key, org, principle })}
              >
                {principle.text}
              </button>
            );
          })}
        </div>
      ))}
      <div className="cmp-cell cmp-row-actions" role="cell">
        {shared ? <span className="cmp-score">{t('row.similar', { share: percent(row.score) })}</span> : <span className="cmp-muted">{t('row.unique')}</span>}
        {shared && (
          <button type="button" className="small" data-testid="compare-start-clause" aria-pressed={marked} onClick={() => onStart(row)}>
            {marked ? t('row.marked') : t('row.start')}
          </button>
        )}
      </div>
    </div>
  );
}

function ModeSwitch({ mode, onChange }: { mode: Mode; onChange(mode: Mode): void }): ReactNode {
  const { t } = useTranslation(['compare', 'common']);
  return (
    <div className="cmp-control cmp-mode" role="group" aria-label={t('mode.label')}>
      {t('mode.label')}
      <span>
        <button type="button" className="small" aria-pressed={mode === 'similarity'} data-testid="compare-by-similarity" onClick={() => onChange('similarity')}>
          {t('mode.bySimilarity')}
        </button>
        <button type="button" className="small" aria-pressed={mode === 'topic'} data-testid="compare-by-topic" onClick={() => onChange('topic')}>
          {t('mode.byTopic')}
        </button>
      </span>
    </div>
  );
}

/** When the organizations write in different languages: which writes in which, and that topics hold across them. */
function LanguagesNote({ languages, onByTopic }: { languages: readonly OrganizationLanguage[]; onByTopic(): void }): ReactNode {
  const { t, i18n } = useTranslation('compare');
  const names = new Intl.DisplayNames(i18n.resolvedLanguage ?? 'en', { type: 'language' });
  const orgs = languages.map(({ short, language }) => t('languages.org', { short, language: language === 'other' ? t('languages.other') : (names.of(language) ?? language) }));
  return (
    <p className="cmp-languages" role="note" data-testid="compare-languages">
      {t('languages.note', { orgs })}{' '}
      <button type="button" className="small" onClick={onByTopic}>
        {t('languages.byTopic')}
      </button>
    </p>
  );
}

export function ComparisonView({ doc, onStartClause, actor }: ComparisonViewProps): ReactNode {
  const { t } = useTranslation(['compare', 'common']);
  const orgs = useDocValue(doc, listOrganizations);
  const [chosen, setChosen] = useState<string[] | null>(null);
  // Until the user chooses, the first twelve organizations are compared.
  const selected = (chosen ?? orgs.slice(0, MAX_ORGANIZATIONS).map((o) => o.id)).filter((id) => orgs.some((o) => o.id === id));
  const selectedKey = selected.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the selection by value (`selectedKey`): `selected` is a new array every render
  const read = useCallback((d: Y.Doc) => (selected.length >= MIN_ORGANIZATIONS && selected.length <= MAX_ORGANIZATIONS ? organizationsToCompare(d, selected) : []), [selectedKey]);
  const input = useDocValue(doc, read);
  const [threshold, setThreshold] = useState(DEFAULT_THRESHOLD);
  const [query, setQuery] = useState('');
  const deferredThreshold = useDeferredValue(threshold);
  const deferredQuery = useDeferredValue(query);
  const wordVectors = useWordVectors();
  const vectors = wordVectors.state === 'ready' ? wordVectors.vectors : undefined;
  const comparison = useMemo(
    () => (input.length >= MIN_ORGANIZATIONS ? compareOrganizations(input, { threshold: deferredThreshold, vectors }) : null),
    [input, deferredThreshold, vectors],
  );
  const rows = useMemo(() => (comparison ? filterRows([...comparison.rows, ...comparison.unique], deferredQuery) : []), [comparison, deferredQuery]);
  const [mode, setMode] = useState<Mode>('similarity');
  const [focusTopic, setFocusTopic] = useState<{ topic: string } | null>(null);
  const [topicPick, setTopicPick] = useState<ComparePrinciple | null>(null);
  const { corrections } = useDocValue(doc, readTopicCorrections);
  // Tagging is redone when the principles change, not when a delegate corrects a tag.
  const autoTags = useMemo(() => tagOrganizations(input), [input]);
  const languages = useMemo(() => mixedLanguages(input), [input]);
  // Topics named in the app's language, so that the filter finds what the delegate reads.
  const byTopic = useMemo(() => {
    if (input.length < MIN_ORGANIZATIONS) return null;
    const found = compareByTopic(input, corrections, autoTags);
    return { ...found, rows: found.rows.map((row) => ({ ...row, label: topicName(t, row.topic, row.label) })) };
  }, [input, corrections, autoTags, t]);
  const topicRows = useMemo(() => (byTopic ? filterTopicRows(byTopic.rows, deferredQuery) : []), [byTopic, deferredQuery]);
  const shortOf = useMemo(() => new Map(orgs.map((o) => [o.id, o.short])), [orgs]);
  const chooseTopic = (topic: string): void => {
    setQuery('');
    setMode('topic');
    setFocusTopic({ topic });
  };
  const [picked, setPicked] = useState<PickedCell[]>([]);
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, viewportHeight] = useViewportHeight();
  const range = rowWindow(rows.length, ROW_HEIGHT, scrollTop, viewportHeight);
  const shorts = comparison?.orgs.map((o) => o.short) ?? [];

  const pick = (cell: PickedCell): void =>
    setPicked((current) => {
      if (current.some((p) => p.principle.id === cell.principle.id)) return current.filter((p) => p.principle.id !== cell.principle.id);
      return [...current, cell].slice(-2);
    });
  const start = (row: ComparisonRow): void => {
    if (onStartClause) return onStartClause(row.principleIds);
    setMarked((current) => {
      const next = new Set(current);
      if (next.has(row.key)) next.delete(row.key);
      else next.add(row.key);
      return next;
    });
  };
  const [left, right] = picked;

  return (
    <div className="cmp-view" data-testid="compare-view">
      <div className="cmp-controls">
        <OrganizationPicker orgs={orgs} selected={selected} onChange={setChosen} />
        <ModeSwitch mode={mode} onChange={setMode} />
        <label className="cmp-control" hidden={mode === 'topic'} title={t('sliderHelp')}>
          {t('threshold.label')} <output data-testid="compare-threshold-value">{t('threshold.value', { value: threshold })}</output>
          <input
            type="range"
            min={0.1}
            max={0.9}
            step={0.05}
            value={threshold}
            data-testid="compare-threshold"
            onChange={(event) => setThreshold(Number(event.target.value))}
            aria-describedby="compare-threshold-help"
          />
          <small id="compare-threshold-help" className="cmp-muted" data-testid="compare-threshold-help">
            {t('sliderHelp')}
            {wordVectors.state === 'loading' && ` ${t('threshold.loading')}`}
            {wordVectors.state === 'failed' && ` ${t('threshold.failed')}`}
          </small>
        </label>
        <label className="cmp-control">
          {t('filter.label')}
          <input type="search" placeholder={t('filter.placeholder')} value={query} data-testid="compare-filter" onChange={(event) => setQuery(event.target.value)} />
        </label>
      </div>
      {comparison === null ? (
        <p className="cmp-muted" data-testid="compare-empty">
          {t('empty', { min: MIN_ORGANIZATIONS })}
        </p>
      ) : (
        <>
          {byTopic && <TopicIndex comparison={byTopic} current={mode === 'topic' ? (focusTopic?.topic ?? null) : null} onChoose={chooseTopic} />}
          <p className="cmp-summary" data-testid="compare-summary">
            {mode === 'topic' && byTopic
              ? `${t('summary.topics', { count: byTopic.rows.length })} · ${t('summary.untagged', { count: byTopic.untagged.reduce((n, cell) => n + cell.length, 0) })}`
              : `${t('summary.shared', { count: comparison.rows.length })} · ${t('summary.unique', { count: comparison.unique.length })}`}
            {deferredQuery.trim() !== '' && ` · ${t('summary.matching', { count: mode === 'topic' ? topicRows.length : rows.length, query: deferredQuery.trim() })}`}
          </p>
          {languages && mode === 'similarity' && <LanguagesNote languages={languages} onByTopic={() => setMode('topic')} />}
          <div className="cmp-main" hidden={mode === 'topic'}>
            <div className="cmp-table" role="table" aria-rowcount={rows.length + 1} style={columnCount(shorts.length)}>
              <div className="cmp-row cmp-head" role="row" aria-rowindex={1}>
                {comparison.orgs.map((org) => (
                  <div key={org.id} className="cmp-cell" role="columnheader" title={org.name}>
                    {org.short} <span className="cmp-muted">({org.principleCount})</span>
                  </div>
                ))}
                <div className="cmp-cell" role="columnheader">
                  {t('row.header')}
                </div>
              </div>
              <div className="cmp-rows" ref={viewport} data-testid="compare-rows" onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
                <div style={{ height: range.before }} />
                {rows.slice(range.start, range.end).map((row, i) => (
                  <Row key={row.key} row={row} index={range.start + i} picked={picked} marked={marked.has(row.key)} onPick={pick} onStart={start} />
                ))}
                <div style={{ height: range.after }} />
              </div>
            </div>
            <aside className="cmp-side">
              {left && right ? <DiffPanel left={left} right={right} shorts={shorts} onClose={() => setPicked([])} /> : <p className="cmp-muted cmp-hint">{t('hint.diff')}</p>}
              <Heatmap comparison={comparison} />
            </aside>
          </div>
          {mode === 'topic' && byTopic && (
            <div className="cmp-main" style={columnCount(shorts.length)}>
              <TopicTable comparison={byTopic} rows={topicRows} shortOf={shortOf} focus={focusTopic} picked={topicPick?.id ?? null} onPick={setTopicPick} />
              <aside className="cmp-side">
                {topicPick ? (
                  <TopicEditor doc={doc} principle={topicPick} corrections={corrections} actor={actor} shortOf={shortOf} onClose={() => setTopicPick(null)} />
                ) : (
                  <p className="cmp-muted cmp-hint">{t('hint.topics')}</p>
                )}
              </aside>
            </div>
          )}
        </>
      )}
    </div>
  );
}
