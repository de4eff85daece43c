/**
 * Putting something to a vote: the kind of motion, what it is on (a clause, an article, the whole text, a
 * ratified clause to amend — with the new wording and its word diff —, a candidate for chair, an
 * organization to admit or remove, or a member whose lost key a new one replaces — with that key's
 * fingerprint), and when the vote closes if the chair does not close it first — by default the coalition's
 * voting period counted from the moment the vote opens. A change of the rules is proposed from the rules
 * panel, a meeting's minutes from its agenda.
 */
import type { TFunction } from 'i18next';
import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { wordDiff } from '../../src/compare/word-diff.ts';
import { readBlocks } from '../../src/constitution/document.ts';
import { numberBlocks } from '../../src/constitution/numbering.ts';
import type { MotionRequest } from '../../src/ratify/actions.ts';
import { DEFAULT_RULES, isMotionKind, type MotionKind, type Rule } from '../../src/ratify/rules.ts';
import type { RatificationSettings } from '../../src/ratify/settings.ts';
import { isKeyHex, keyFingerprint } from '../../src/ratify/signing.ts';
import { blockLabel, type TallySummary } from '../../src/ratify/summary.ts';
import { DiffText } from '../provenance/DiffText.tsx';
import { pastedKey } from './hand-over.ts';
import { useDocValue } from '../state/use-doc.ts';

type FormKind = Exclude<MotionKind, 'rules' | 'minutes' | 'combine'>;

/** The kinds of motion this form puts to a vote, in the order its menu lists them. */
const FORM_KINDS: readonly FormKind[] = ['clause', 'article', 'constitution', 'amendment', 'chair', 'admit', 'remove', 'replace-key'];

const isFormKind = (value: string): value is FormKind => isMotionKind(value) && value !== 'rules' && value !== 'minutes' && value !== 'combine';

/** The motions whose target is a member organization. */
const ON_MEMBER: ReadonlySet<MotionKind> = new Set(['chair', 'remove', 'replace-key']);

interface Target {
  id: string;
  type: string;
  label: string;
  text: string;
}

const readTargets = (doc: Y.Doc, t: TFunction<'core'>): Target[] => numberBlocks(readBlocks(doc), t).map((b) => ({ id: b.id, type: b.type, label: blockLabel(b), text: b.text }));

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Whether the organizations connected now make the quorum of a `kind` motion, in words. */
function QuorumCheck({ summary, rule, present }: { summary: TallySummary; rule: Rule; present: readonly string[] }): ReactNode {
  const members = summary.roster.length;
  const needed = Math.ceil(rule.quorum * members);
  const here = summary.roster.filter((m) => present.includes(m.org));
  const met = here.length >= needed;
  const { t } = useTranslation('ratify');
  const connected =
    here.length === 0
      ? t('openMotion.none')
      : here
          .map((m) => m.short)
          .sort()
          .join(', ');
  return (
    <p className={met ? 'quorum is-met' : 'quorum is-short'} data-testid="quorum-check">
      {t(met ? 'openMotion.quorumMet' : 'openMotion.quorumShort', { needed, members, present: connected, missing: needed - here.length })}
    </p>
  );
}

export function OpenMotionForm({
  doc,
  summary,
  rules,
  present,
  onOpen,
}: {
  doc: Y.Doc;
  summary: TallySummary;
  rules: RatificationSettings['rules'];
  present: readonly string[];
  onOpen(request: MotionRequest): Promise<boolean>;
}): ReactNode {
  const { t } = useTranslation('ratify');
  const { t: core } = useTranslation('core');
  const targets = useDocValue(
    doc,
    useCallback((d: Y.Doc) => readTargets(d, core), [core]),
  );
  const [kind, setKind] = useState<FormKind>('clause');
  const [target, setTarget] = useState('');
  const [newText, setNewText] = useState('');
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [key, setKey] = useState('');
  const newKey = pastedKey(key);
  /** "" until the delegate picks a time: then the vote closes after the voting period, counted when it opens. */
  const [closesAt, setClosesAt] = useState('');
  const fixed = (id: string): boolean => summary.statuses[id] === 'ratified' || summary.statuses[id] === 'agreed';
  const choices: { id: string; label: string }[] = ON_MEMBER.has(kind)
    ? summary.roster.map((m) => ({ id: m.org, label: `${m.name} (${m.short})` }))
    : kind === 'constitution' || kind === 'admit'
      ? [{ id: kind, label: '' }]
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
    const request: MotionRequest = closesAt === '' ? { kind, target: chosen } : { kind, target: chosen, closesAt: new Date(closesAt) };
    if (kind === 'amendment') request.newText = newText || current;
    if (kind === 'admit') {
      request.name = name;
      request.short = shortName;
    }
    if (kind === 'replace-key') request.key = newKey;
    if (await onOpen(request)) {
      setNewText('');
      setName('');
      setShortName('');
      setKey('');
      setClosesAt('');
    }
  };
  return (
    <form className="ratify-open" onSubmit={(event) => void submit(event)} aria-labelledby="open-heading">
      <h3 id="open-heading">{t('openMotion.heading')}</h3>
      <label>
        {t('openMotion.motion')}{' '}
        <select value={kind} onChange={(event) => isFormKind(event.target.value) && setKind(event.target.value)}>
          {FORM_KINDS.map((id) => (
            <option key={id} value={id}>
              {t(`openMotion.kinds.${id}`)}
            </option>
          ))}
        </select>
      </label>
      {kind !== 'constitution' && kind !== 'admit' && (
        <label>
          {t(kind === 'chair' ? 'openMotion.candidate' : ON_MEMBER.has(kind) ? 'openMotion.organization' : 'openMotion.on')}{' '}
          <select value={chosen} onChange={(event) => pickTarget(event.target.value)} disabled={choices.length === 0}>
            {choices.length === 0 && <option value="">{t(kind === 'amendment' ? 'openMotion.noRatifiedClause' : 'openMotion.nothingToVoteOn')}</option>}
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
            {t('openMotion.newWording')}
            <textarea rows={3} value={newText || current} onChange={(event) => setNewText(event.target.value)} />
          </label>
          <div role="group" aria-label={t('openMotion.changes')}>
            <DiffText spans={wordDiff(current, newText || current).spans} testId="amendment-diff" />
          </div>
        </>
      )}
      {kind === 'admit' && (
        <>
          <label>
            {t('openMotion.name')} <input value={name} onChange={(event) => setName(event.target.value)} required />
          </label>
          <label>
            {t('openMotion.shortName')} <input value={shortName} onChange={(event) => setShortName(event.target.value)} maxLength={16} required />
          </label>
        </>
      )}
      {kind === 'replace-key' && (
        <>
          <label>
            {t('openMotion.newKey')} <input value={key} onChange={(event) => setKey(event.target.value)} spellCheck={false} autoComplete="off" required />
          </label>
          <p data-testid="new-key-fingerprint">
            {isKeyHex(newKey) ? (
              <Trans t={t} i18nKey="openMotion.fingerprint" values={{ fingerprint: keyFingerprint(newKey) }} components={[<code key="fingerprint" />]} />
            ) : (
              t('openMotion.pasteKey')
            )}
          </p>
        </>
      )}
      <label>
        {t('openMotion.closes')} <input type="datetime-local" step={1} value={closesAt} onChange={(event) => setClosesAt(event.target.value)} aria-describedby="closes-hint" />
      </label>
      <p id="closes-hint" className="muted" data-testid="closes-hint">
        {closesAt === '' ? t('openMotion.closesDefault', { days: summary.settings.votingDays }) : t('openMotion.closesClear')}
      </p>
      <QuorumCheck summary={summary} rule={rules[kind] ?? DEFAULT_RULES[kind]} present={present} />
      <button type="submit" disabled={chosen === '' || (kind === 'replace-key' && !isKeyHex(newKey))}>
        {t('openMotion.open')}
      </button>
    </form>
  );
}
