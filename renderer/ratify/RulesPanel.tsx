/**
 * The coalition's rules, shown and changed: for each kind of motion its threshold, base, quorum and how
 * abstentions count; weights per organization; seriatim; the voting period and the chair's term; the place
 * where the constitution is adopted (printed on the record to sign). While
 * the coalition is being set up they are saved as they are (changeSettings); once it is founded, the
 * change is proposed to the parliament as a motion on the rules, which the core refuses while a vote is open.
 */
import { useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { changeSettings, type MotionRequest } from '../../src/ratify/actions.ts';
import { MOTION_KINDS, type MotionKind, type Rule } from '../../src/ratify/rules.ts';
import { ruleOf, type RatificationSettings } from '../../src/ratify/settings.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';
import { errorText } from './errors.ts';

const KIND_LABELS: Readonly<Record<MotionKind, string>> = {
  clause: 'A clause',
  article: 'An article',
  constitution: 'The whole text',
  amendment: 'An amendment',
  chair: 'The chair',
  admit: 'Admitting a member',
  remove: 'Removing a member',
  'replace-key': 'Replacing a lost key',
  rules: 'Changing the rules',
  minutes: 'Adopting minutes',
  combine: 'Combining chapters',
};
const THRESHOLDS: readonly Rule['threshold'][] = ['majority', 'two-thirds', 'three-quarters', 'unanimity'];

type Draft = Omit<RatificationSettings, 'changedAt'>;

interface Props {
  doc: Y.Doc;
  summary: TallySummary;
  /** The rules in force (the setup rules before the founding). */
  settings: RatificationSettings;
  /** Whether this delegate can change them: before the founding anyone who writes; after it, who may open motions. */
  canChange: boolean;
  /** Propose a motion on the rules (after the founding); resolves to whether it opened. */
  onPropose(request: MotionRequest): Promise<boolean>;
  onSaved(text: string): void;
  onError(text: string): void;
}

export function RulesPanel({ doc, summary, settings, canChange, onPropose, onSaved, onError }: Props): ReactNode {
  const [draft, setDraft] = useState<Draft | null>(null);
  const current = draft ?? settings;
  const votesOpen = summary.motions.some((m) => m.status === 'open');
  const locked = !canChange || votesOpen;
  const setRule = (kind: MotionKind, change: Partial<Rule>): void => setDraft({ ...current, rules: { ...current.rules, [kind]: { ...ruleOf(current, kind), ...change } } });
  const save = async (): Promise<void> => {
    if (summary.founded) {
      if (await onPropose({ kind: 'rules', target: 'rules', settings: current })) {
        setDraft(null);
        onSaved('The change of the rules is put to the vote; it applies to votes opened after it passes.');
      }
      return;
    }
    try {
      changeSettings(doc, current);
      setDraft(null);
      onSaved('The rules are saved; they apply to votes opened from now on.');
    } catch (error) {
      onError(errorText(error));
    }
  };
  return (
    <details className="ratify-rules">
      <summary>Rules of the coalition</summary>
      {votesOpen && <p>The rules cannot change while a vote is open.</p>}
      {summary.founded && <p>The parliament is in session: a change of the rules is a motion the delegates vote on.</p>}
      <fieldset disabled={locked}>
        <table>
          <caption className="sr-only">The rule for each kind of motion</caption>
          <thead>
            <tr>
              <th scope="col">Motion</th>
              <th scope="col">Passes with</th>
              <th scope="col">Of</th>
              <th scope="col">Quorum %</th>
              <th scope="col">Abstentions</th>
            </tr>
          </thead>
          <tbody>
            {MOTION_KINDS.map((kind) => {
              const rule = ruleOf(current, kind);
              return (
                <tr key={kind}>
                  <th scope="row">{KIND_LABELS[kind]}</th>
                  <td>
                    <select
                      aria-label={`${KIND_LABELS[kind]}: passes with`}
                      value={rule.threshold}
                      onChange={(e) => setRule(kind, { threshold: THRESHOLDS.find((t) => t === e.target.value) ?? rule.threshold })}
                    >
                      {THRESHOLDS.map((t) => (
                        <option key={t} value={t}>
                          {t}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select aria-label={`${KIND_LABELS[kind]}: of`} value={rule.base} onChange={(e) => setRule(kind, { base: e.target.value === 'members' ? 'members' : 'cast' })}>
                      <option value="cast">votes cast</option>
                      <option value="members">all members</option>
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={`${KIND_LABELS[kind]}: quorum in percent`}
                      type="number"
                      min={0}
                      max={100}
                      value={Math.round(rule.quorum * 100)}
                      onChange={(e) => setRule(kind, { quorum: Number(e.target.value) / 100 })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`${KIND_LABELS[kind]}: abstentions`}
                      value={rule.abstentions}
                      onChange={(e) => setRule(kind, { abstentions: e.target.value === 'counted' ? 'counted' : 'excluded' })}
                    >
                      <option value="excluded">are not votes cast</option>
                      <option value="counted">count in the base</option>
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <label>
          <input type="checkbox" checked={current.seriatim} onChange={(e) => setDraft({ ...current, seriatim: e.target.checked })} /> Seriatim: clauses agreed one by one, the
          preamble last, then one vote on the whole
        </label>
        <label>
          Votes stay open (days) <input type="number" min={0} max={365} value={current.votingDays} onChange={(e) => setDraft({ ...current, votingDays: Number(e.target.value) })} />
        </label>
        <label>
          The chair serves (days){' '}
          <input type="number" min={1} max={3660} value={current.chairTermDays} onChange={(e) => setDraft({ ...current, chairTermDays: Number(e.target.value) })} />
        </label>
        <label>
          Place of adoption (printed on the ratified text, above the signatures){' '}
          <input value={current.place ?? ''} onChange={(e) => setDraft({ ...current, place: e.target.value })} maxLength={200} placeholder="City" />
        </label>
        <p>Weights (1 = one organization, one vote):</p>
        {summary.roster.map((member) => (
          <label key={member.org} className="ratify-weight">
            {member.short}{' '}
            <input
              type="number"
              min={1}
              max={1000}
              value={current.weights[member.org] ?? 1}
              onChange={(e) => setDraft({ ...current, weights: { ...current.weights, [member.org]: Number(e.target.value) } })}
            />
          </label>
        ))}
        <button type="button" onClick={() => void save()} disabled={draft === null}>
          {summary.founded ? 'Propose these rules' : 'Save the rules'}
        </button>
      </fieldset>
    </details>
  );
}
