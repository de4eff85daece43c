/**
 * The comparison by topic (src/compare/by-topic.ts), rendered: the index of topics (one button each, with
 * how many organizations speak to it: one click shows who says what), the table of topic rows (one column
 * per organization; windowed, as a coalition of twelve may list thousands of principles), and the panel in which a delegate corrects a principle's topics. Corrections are
 * written by src/compare/topic-corrections.ts as the organization the delegate acts for.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { principleTopics, type TopicComparison, type TopicRow } from '../../src/compare/by-topic.ts';
import type { ComparePrinciple } from '../../src/compare/compare.ts';
import { setTopicTag, type TopicCorrection } from '../../src/compare/topic-corrections.ts';
import { rowWindow } from '../../src/compare/window.ts';
import type { Actor } from '../../src/workspace/actor.ts';
import { topicName } from './topic-names.ts';
import { useViewportHeight } from './use-viewport-height.ts';
import { errorText } from '../i18n/error-text.ts';

/** Organization id → short name, to say who corrected a tag. */
type ShortNames = ReadonlyMap<string, string>;

const whoSet = (by: Actor, shortOf: ShortNames, t: TFunction<'compare'>): string =>
  [shortOf.get(by.org), by.delegate].filter((s) => s !== undefined && s !== '').join(', ') || t('note.aDelegate');

export function TopicIndex(props: { comparison: TopicComparison; current: string | null; onChoose(topic: string): void }): ReactNode {
  const { comparison, current, onChoose } = props;
  const { t } = useTranslation(['compare', 'common']);
  const total = comparison.orgs.length;
  return (
    <nav className="cmp-topic-index" aria-label={t('topicIndex.label')} data-testid="compare-topics">
      <span className="cmp-muted">{t('topicIndex.lead')}</span>
      {comparison.rows.map((row) => (
        <button
          key={row.topic}
          type="button"
          className="small cmp-topic-chip"
          aria-pressed={current === row.topic}
          data-testid="compare-topic-chip"
          data-topic={row.topic}
          title={t('topicIndex.chip', { topic: row.label, count: row.orgCount, total })}
          onClick={() => onChoose(row.topic)}
        >
          {row.label}{' '}
          <span className="cmp-topic-count">
            {row.orgCount}/{total}
          </span>
        </button>
      ))}
    </nav>
  );
}

interface TopicTableProps {
  comparison: TopicComparison;
  rows: readonly TopicRow[];
  shortOf: ShortNames;
  /** The topic chosen in the index: a new object for each choice, so choosing it again scrolls to it again. */
  focus: { topic: string } | null;
  picked: string | null;
  onPick(principle: ComparePrinciple): void;
}

function PrincipleButton(props: { principle: ComparePrinciple; picked: boolean; note?: string; onPick(p: ComparePrinciple): void }): ReactNode {
  const { principle, picked, note, onPick } = props;
  return (
    <button
      type="button"
      className={`cmp-principle${picked ? ' cmp-picked' : ''}`}
      aria-pressed={picked}
      data-testid="topic-cell-principle"
      data-principle-id={principle.id}
      onClick={() => onPick({ id: principle.id, text: principle.text })}
    >
      {principle.text}
      {note !== undefined && <span className="cmp-topic-note"> ({note})</span>}
    </button>
  );
}

/** Height of one topic row in pixels (cells scroll inside it): windowing needs rows of one height. */
const TOPIC_ROW_HEIGHT = 168;

export function TopicTable({ comparison, rows, shortOf, focus, picked, onPick }: TopicTableProps): ReactNode {
  const { t } = useTranslation(['compare', 'common']);
  const [viewport, viewportHeight] = useViewportHeight();
  const [scrollTop, setScrollTop] = useState(0);
  const untagged = comparison.untagged.some((cell) => cell.length > 0);
  const count = rows.length + (untagged ? 1 : 0);
  const range = rowWindow(count, TOPIC_ROW_HEIGHT, scrollTop, viewportHeight);
  // A topic chosen in the index is scrolled to the top of the table once, not again as the rows change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: not on `rows`: a correction would jump the table back to the chosen topic
  useEffect(() => {
    const index = rows.findIndex((row) => row.topic === focus?.topic);
    const element = viewport.current;
    if (index < 0 || !element) return;
    element.scrollTop = index * TOPIC_ROW_HEIGHT;
    setScrollTop(element.scrollTop);
  }, [focus, viewport]);
  const cellOf = (o: number, principles: ReactNode): ReactNode => (
    <div key={comparison.orgs[o]?.id ?? o} className="cmp-cell" role="cell" data-org={comparison.orgs[o]?.short}>
      {principles}
    </div>
  );
  const visible = Array.from({ length: range.end - range.start }, (_, i) => range.start + i);
  return (
    <div className="cmp-table cmp-topic-table" role="table" aria-label={t('topicTable.label')} aria-rowcount={count + 1}>
      <div className="cmp-row cmp-head cmp-topic-row" role="row" aria-rowindex={1}>
        <div className="cmp-cell" role="columnheader">
          {t('topicTable.topic')}
        </div>
        {comparison.orgs.map((org) => (
          <div key={org.id} className="cmp-cell" role="columnheader" title={org.name}>
            {org.short}
          </div>
        ))}
      </div>
      <div className="cmp-rows" ref={viewport} data-testid="topic-rows" onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
        <div style={{ height: range.before }} />
        {visible.map((index) => {
          const row = rows[index];
          const style = { height: TOPIC_ROW_HEIGHT };
          if (row === undefined) {
            return (
              <div key="" className="cmp-row cmp-topic-row cmp-unique" role="row" aria-rowindex={index + 2} data-testid="topic-row" data-topic="" style={style}>
                <div className="cmp-cell cmp-topic-name" role="rowheader">
                  {t('topicTable.untagged')}
                </div>
                {comparison.untagged.map((cell, o) =>
                  cellOf(
                    o,
                    cell.map((p) => <PrincipleButton key={p.id} principle={p} picked={picked === p.id} onPick={onPick} />),
                  ),
                )}
              </div>
            );
          }
          return (
            <div
              key={row.topic}
              className={`cmp-row cmp-topic-row${row.topic === focus?.topic ? ' cmp-focused' : ''}`}
              role="row"
              aria-rowindex={index + 2}
              data-testid="topic-row"
              data-topic={row.topic}
              data-org-count={row.orgCount}
              style={style}
            >
              <div className="cmp-cell cmp-topic-name" role="rowheader">
                {row.label}
                <span className="cmp-muted"> · {t('topicTable.organizations', { count: row.orgCount, total: comparison.orgs.length })}</span>
              </div>
              {row.cells.map((cell, o) =>
                cellOf(
                  o,
                  cell.map((p) => (
                    <PrincipleButton
                      key={p.id}
                      principle={p}
                      picked={picked === p.id}
                      onPick={onPick}
                      {...(p.tag.how === 'added' ? { note: t('note.added', { who: whoSet(p.tag.by, shortOf, t) }) } : {})}
                    />
                  )),
                ),
              )}
            </div>
          );
        })}
        <div style={{ height: range.after }} />
      </div>
    </div>
  );
}

interface TopicEditorProps {
  doc: Y.Doc;
  principle: ComparePrinciple;
  corrections: readonly TopicCorrection[];
  /** Who corrects: null until the delegate says which organization they act for; undefined when they may not. */
  actor: Actor | null | undefined;
  shortOf: ShortNames;
  onClose(): void;
}

/** A principle's topics as checkboxes: what the tagger found, what delegates corrected, and by whom. */
export function TopicEditor({ doc, principle, corrections, actor, shortOf, onClose }: TopicEditorProps): ReactNode {
  const { t } = useTranslation(['compare', 'common']);
  const own = useMemo(() => corrections.filter((c) => c.principle === principle.id), [corrections, principle.id]);
  const topics = useMemo(() => principleTopics(principle.text, own), [principle.text, own]);
  const editable = actor !== null && actor !== undefined;
  const [problem, setProblem] = useState('');
  const toggle = (topic: string, on: boolean): void => {
    if (!editable) return;
    try {
      setTopicTag(doc, principle.id, topic, on, actor);
      setProblem('');
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  return (
    <section className="cmp-topic-editor" data-testid="topic-editor" aria-label={t('editor.label')}>
      <header>
        <strong>{t('editor.heading')}</strong>
        <button type="button" className="small" onClick={onClose}>
          {t('common:close')}
        </button>
      </header>
      <blockquote>{principle.text}</blockquote>
      {actor === undefined && <p className="cmp-muted">{t('editor.observers')}</p>}
      {actor === null && <p className="cmp-muted">{t('editor.chooseActor')}</p>}
      {problem !== '' && (
        <p className="cmp-problem" role="alert">
          {problem}
        </p>
      )}
      <ul>
        {topics.map((topic) => {
          const { correction } = topic;
          const note = correction ? t(correction.on ? 'note.added' : 'note.removed', { who: whoSet(correction.by, shortOf, t) }) : topic.auto ? t('note.found') : '';
          return (
            <li key={topic.topic} className={topic.on ? 'cmp-topic-on' : undefined}>
              <label>
                <input
                  type="checkbox"
                  checked={topic.on}
                  disabled={!editable}
                  data-testid="topic-toggle"
                  data-topic={topic.topic}
                  onChange={() => toggle(topic.topic, !topic.on)}
                />
                {topicName(t, topic.topic, topic.label)}
                {note !== '' && <span className="cmp-topic-note"> · {note}</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
