/**
 * The coalition's rules, shown and changed: for each kind of motion its threshold, base, quorum and how
 * abstentions count; weights per organization; seriatim; the voting period and the chair's term; the place
 * where the constitution is adopted (printed on the record to sign). While
 * the coalition is being set up they are saved as they are (changeSettings); once it is founded, the
 * change is proposed to the parliament as a motion on the rules, which the core refuses while a vote is open.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { changeSettings, type MotionRequest } from '../../src/ratify/actions.ts';
import { MOTION_KINDS, type MotionKind, type Rule } from '../../src/ratify/rules.ts';
import { ruleOf, type RatificationSettings } from '../../src/ratify/settings.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';
import { errorText } from '../i18n/error-text.ts';

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
  const { t } = useTranslation('ratify');
  const [draft, setDraft] = useState<Draft | null>(null);
  const current = draft ?? settings;
  const votesOpen = summary.motions.some((m) => m.status === 'open');
  const locked = !canChange || votesOpen;
  const setRule = (kind: MotionKind, change: Partial<Rule>): void => setDraft({ ...current, rules: { ...current.rules, [kind]: { ...ruleOf(current, kind), ...change } } });
  const save = async (): Promise<void> => {
    if (summary.founded) {
      if (await onPropose({ kind: 'rules', target: 'rules', settings: current })) {
        setDraft(null);
        onSaved(t('rules.proposed'));
      }
      return;
    }
    try {
      changeSettings(doc, current);
      setDraft(null);
      onSaved(t('rules.saved'));
    } catch (error) {
      onError(errorText(error));
    }
  };
  return (
    <details className="ratify-rules">
      <summary>{t('rules.heading')}</summary>
      {votesOpen && <p>{t('rules.votesOpen')}</p>}
      {summary.founded && <p>{t('rules.inSession')}</p>}
      <fieldset disabled={locked}>
        <table>
          <caption className="sr-only">{t('rules.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules.motion')}</th>
              <th scope="col">{t('rules.passesWith')}</th>
              <th scope="col">{t('rules.of')}</th>
              <th scope="col">{t('rules.quorum')}</th>
              <th scope="col">{t('rules.abstentions')}</th>
            </tr>
          </thead>
          <tbody>
            {MOTION_KINDS.map((kind) => {
              const rule = ruleOf(current, kind);
              const label = t(`rules.kinds.${kind}`);
              return (
                <tr key={kind}>
                  <th scope="row">{label}</th>
                  <td>
                    <select
                      aria-label={t('rules.passesWithLabel', { kind: label })}
                      value={rule.threshold}
                      onChange={(e) => setRule(kind, { threshold: THRESHOLDS.find((threshold) => threshold === e.target.value) ?? rule.threshold })}
                    >
                      {THRESHOLDS.map((threshold) => (
                        <option key={threshold} value={threshold}>
                          {t(`rules.thresholds.${threshold}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={t('rules.ofLabel', { kind: label })}
                      value={rule.base}
                      onChange={(e) => setRule(kind, { base: e.target.value === 'members' ? 'members' : 'cast' })}
                    >
                      <option value="cast">{t('rules.votesCast')}</option>
                      <option value="members">{t('rules.allMembers')}</option>
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={t('rules.quorumLabel', { kind: label })}
                      type="number"
                      min={0}
                      max={100}
                      value={Math.round(rule.quorum * 100)}
                      onChange={(e) => setRule(kind, { quorum: Number(e.target.value) / 100 })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t('rules.abstentionsLabel', { kind: label })}
                      value={rule.abstentions}
                      onChange={(e) => setRule(kind, { abstentions: e.target.value === 'counted' ? 'counted' : 'excluded' })}
                    >
                      <option value="excluded">{t('rules.excluded')}</option>
                      <option value="counted">{t('rules.counted')}</option>
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <label>
          <input type="checkbox" checked={current.seriatim} onChange={(e) => setDraft({ ...current, seriatim: e.target.checked })} /> {t('rules.seriatim')}
        </label>
        <label>
          {t('rules.votingDays')}{' '}
          <input type="number" min={0} max={365} value={current.votingDays} onChange={(e) => setDraft({ ...current, votingDays: Number(e.target.value) })} />
        </label>
        <label>
          {t('rules.chairDays')}{' '}
          <input type="number" min={1} max={3660} value={current.chairTermDays} onChange={(e) => setDraft({ ...current, chairTermDays: Number(e.target.value) })} />
        </label>
        <label>
          {t('rules.place')} <input value={current.place ?? ''} onChange={(e) => setDraft({ ...current, place: e.target.value })} maxLength={200} placeholder={t('rules.city')} />
        </label>
        <p>{t('rules.weights')}</p>
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
          {t(summary.founded ? 'rules.propose' : 'rules.save')}
        </button>
      </fieldset>
    </details>
  );
}
