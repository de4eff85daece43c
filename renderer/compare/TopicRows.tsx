/**
 * The comparison by topic (src/compare/by-topic.ts), rendered: the index of topics (one button each, with
 * how many organizations speak to it: one click shows who says what), the table of topic rows (one column
 * per organization), and the panel in which a delegate corrects a principle's topics. Corrections are
 * written by src/compare/topic-corrections.ts as the organization the delegate acts for.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { principleTopics, type TopicComparison, type TopicRow } from '../../src/compare/by-topic.ts';
import type { ComparePrinciple } from '../../src/compare/compare.ts';
import { setTopicTag, type TopicCorrection } from '../../src/compare/topic-corrections.ts';
import type { Actor } from '../../src/workspace/actor.ts';

/** Organization id → short name, to say who corrected a tag. */
type ShortNames = ReadonlyMap<string, string>;

const whoSet = (by: Actor, shortOf: ShortNames): string => [shortOf.get(by.org), by.delegate].filter((s) => s !== undefined && s !== '').join(', ') || 'a delegate';

export function TopicIndex(props: { comparison: TopicComparison; current: string | null; onChoose(topic: string): void }): ReactNode {
  const { comparison, current, onChoose } = props;
  const total = comparison.orgs.length;
  return (
    <nav className="cmp-topic-index" aria-label="Topics" data-testid="compare-topics">
      <span className="cmp-muted">Who says what on:</span>
      {comparison.rows.map((row) => (
        <button
          key={row.topic}
          type="button"
          className="small cmp-topic-chip"
          aria-pressed={current === row.topic}
          data-testid="compare-topic-chip"
          data-topic={row.topic}
          title={`${row.label}: ${row.orgCount} of ${total} organizations`}
          onClick={() => onChoose(row.topic)}
        >
          {row.label} <span className="cmp-topic-count">{row.orgCount}/{total}</span>
        </button>
      ))}
    </nav>
  );
}

interface TopicTableProps {
  comparison: TopicComparison;
  rows: readonly TopicRow[];
  shortOf: ShortNames;
  focus: string | null;
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

export function TopicTable({ comparison, rows, shortOf, focus, picked, onPick }: TopicTableProps): ReactNode {
  const focused = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    // Braces: Chromium's scrollIntoView returns a promise, and an effect may return only its clean-up.
    void focused.current?.scrollIntoView({ block: 'start' });
  }, [focus]);
  const untagged = comparison.untagged.some((cell) => cell.length > 0);
  return (
    <div className="cmp-table cmp-topic-table" role="table" aria-label="Principles by topic" aria-rowcount={rows.length + (untagged ? 2 : 1)}>
      <div className="cmp-row cmp-head cmp-topic-row" role="row">
        <div className="cmp-cell" role="columnheader">
          Topic
        </div>
        {comparison.orgs.map((org) => (
          <div key={org.id} className="cmp-cell" role="columnheader" title={org.name}>
            {org.short}
          </div>
        ))}
      </div>
      <div className="cmp-rows" data-testid="topic-rows">
        {rows.map((row) => (
          <div
            key={row.topic}
            ref={row.topic === focus ? focused : undefined}
            className={`cmp-row cmp-topic-row${row.topic === focus ? ' cmp-focused' : ''}`}
            role="row"
            data-testid="topic-row"
            data-topic={row.topic}
            data-org-count={row.orgCount}
          >
            <div className="cmp-cell cmp-topic-name" role="rowheader">
              {row.label}
              <span className="cmp-muted"> · {row.orgCount} of {comparison.orgs.length}</span>
            </div>
            {row.cells.map((cell, o) => (
              <div key={comparison.orgs[o]?.id ?? o} className="cmp-cell" role="cell" data-org={comparison.orgs[o]?.short}>
                {cell.map((p) => (
                  <PrincipleButton key={p.id} principle={p} picked={picked === p.id} onPick={onPick} {...(p.tag.how === 'added' ? { note: `added by ${whoSet(p.tag.by, shortOf)}` } : {})} />
                ))}
              </div>
            ))}
          </div>
        ))}
        {untagged && (
          <div className="cmp-row cmp-topic-row cmp-unique" role="row" data-testid="topic-row" data-topic="">
            <div className="cmp-cell cmp-topic-name" role="rowheader">
              Under no topic
            </div>
            {comparison.untagged.map((cell, o) => (
              <div key={comparison.orgs[o]?.id ?? o} className="cmp-cell" role="cell">
                {cell.map((p) => (
                  <PrincipleButton key={p.id} principle={p} picked={picked === p.id} onPick={onPick} />
                ))}
              </div>
            ))}
          </div>
        )}
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
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section className="cmp-topic-editor" data-testid="topic-editor" aria-label="Topics of the chosen principle">
      <header>
        <strong>Topics of this principle</strong>
        <button type="button" className="small" onClick={onClose}>
          Close
        </button>
      </header>
      <blockquote>{principle.text}</blockquote>
      {actor === undefined && <p className="cmp-muted">Observers read the topics; delegates correct them.</p>}
      {actor === null && <p className="cmp-muted">Choose the organization you act for (at the top) to correct topics.</p>}
      {problem !== '' && (
        <p className="cmp-problem" role="alert">
          {problem}
        </p>
      )}
      <ul>
        {topics.map((t) => {
          const note = t.correction ? `${t.correction.on ? 'added' : 'removed'} by ${whoSet(t.correction.by, shortOf)}` : t.auto ? 'found' : '';
          return (
            <li key={t.topic} className={t.on ? 'cmp-topic-on' : undefined}>
              <label>
                <input
                  type="checkbox"
                  checked={t.on}
                  disabled={!editable}
                  data-testid="topic-toggle"
                  data-topic={t.topic}
                  onChange={() => toggle(t.topic, !t.on)}
                />
                {t.label}
                {note !== '' && <span className="cmp-topic-note"> · {note}</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
