/**
 * Putting something to a vote: the kind of motion, what it is on (a clause, an article, the whole text, a
 * ratified clause to amend — with the new wording and its word diff — or a candidate for chair), and
 * when the vote closes if the chair does not close it first.
 */
import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { wordDiff } from '../../src/compare/word-diff.ts';
import { readBlocks } from '../../src/constitution/document.ts';
import { numberBlocks } from '../../src/constitution/numbering.ts';
import type { MotionRequest } from '../../src/ratify/actions.ts';
import { isMotionKind } from '../../src/ratify/motion-record.ts';
import type { MotionKind } from '../../src/ratify/rules.ts';
import { blockLabel, type TallySummary } from '../../src/ratify/summary.ts';
import { DiffText } from '../provenance/DiffText.tsx';
import { useDocValue } from '../state/use-doc.ts';

const KIND_NAMES: Readonly<Record<MotionKind, string>> = {
  clause: 'Adopt a clause',
  article: 'Adopt an article',
  constitution: 'Adopt the whole constitution',
  amendment: 'Amend a ratified clause',
  chair: 'Elect the chair',
};

interface Target {
  id: string;
  type: string;
  label: string;
  text: string;
}

const readTargets = (doc: Y.Doc): Target[] => numberBlocks(readBlocks(doc)).map((b) => ({ id: b.id, type: b.type, label: blockLabel(b), text: b.text }));

/** "YYYY-MM-DDTHH:MM" in local time, as a datetime-local input takes it. */
function localInput(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function OpenMotionForm({ doc, summary, onOpen }: { doc: Y.Doc; summary: TallySummary; onOpen(request: MotionRequest): Promise<boolean> }): ReactNode {
  const targets = useDocValue(doc, readTargets);
  const [kind, setKind] = useState<MotionKind>('clause');
  const [target, setTarget] = useState('');
  const [newText, setNewText] = useState('');
  const [closesAt, setClosesAt] = useState(() => localInput(new Date(Date.now() + summary.settings.votingDays * 86_400_000)));
  const fixed = (id: string): boolean => summary.statuses[id] === 'ratified' || summary.statuses[id] === 'agreed';
  const choices: { id: string; label: string }[] =
    kind === 'chair'
      ? summary.roster.map((m) => ({ id: m.org, label: `${m.name} (${m.short})` }))
      : kind === 'constitution'
        ? [{ id: 'constitution', label: 'The whole constitution' }]
        : targets
            .filter((t) => (kind === 'article' ? t.type === 'article' : kind === 'amendment' ? t.type !== 'article' && fixed(t.id) : t.type !== 'article' && !fixed(t.id)))
            .map((t) => ({ id: t.id, label: `${t.label}: ${short(t.text)}` }));
  const chosen = choices.some((c) => c.id === target) ? target : (choices[0]?.id ?? '');
  const current = targets.find((t) => t.id === chosen)?.text ?? '';
  const pickTarget = useCallback(
    (id: string) => {
      setTarget(id);
      setNewText(targets.find((t) => t.id === id)?.text ?? '');
    },
    [targets],
  );
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const request: MotionRequest = { kind, target: chosen, closesAt: new Date(closesAt) };
    if (kind === 'amendment') request.newText = newText || current;
    if (await onOpen(request)) setNewText('');
  };
  return (
    <form className="ratify-open" onSubmit={(event) => void submit(event)} aria-labelledby="open-heading">
      <h3 id="open-heading">Put to a vote</h3>
      <label>
        Motion{' '}
        <select value={kind} onChange={(event) => isMotionKind(event.target.value) && setKind(event.target.value)}>
          {Object.entries(KIND_NAMES).map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {kind !== 'constitution' && (
        <label>
          {kind === 'chair' ? 'Candidate' : 'On'}{' '}
          <select value={chosen} onChange={(event) => pickTarget(event.target.value)} disabled={choices.length === 0}>
            {choices.length === 0 && <option value="">{kind === 'amendment' ? 'no ratified clause yet' : 'nothing to vote on'}</option>}
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'amendment' && chosen !== '' && (
        <>
          <label className="ratify-wording">
            New wording
            <textarea rows={3} value={newText || current} onChange={(event) => setNewText(event.target.value)} />
          </label>
          <div aria-label="Changes to the ratified wording">
            <DiffText spans={wordDiff(current, newText || current).spans} testId="amendment-diff" />
          </div>
        </>
      )}
      <label>
        Voting closes{' '}
        <input type="datetime-local" step={1} value={closesAt} onChange={(event) => setClosesAt(event.target.value)} required />
      </label>
      <button type="submit" disabled={chosen === ''}>
        Open the vote
      </button>
    </form>
  );
}
