/**
 * The coalition's voting rules and the arithmetic of a decision (after Robert's Rules, configurable): one
 * vote per member organization (optionally weighted), a base (votes cast or all members), a threshold
 * (majority, two-thirds, three-quarters, unanimity), a quorum (the share of member organizations that must
 * take part, abstaining included) and how abstentions count. Pure: the same ballots give the same outcome
 * on every replica, explained in words a delegate can check — in the language of the `t` the caller passes
 * (the `core` namespace).
 */
import type { TFunction } from 'i18next';
import { wordReason, type Reason } from './reason.ts';

/** What a motion decides: a part of the text, an amendment, the chair, the membership, a delegate key, the rules, a meeting's minutes, combining chapters in one city. */
export const MOTION_KINDS = ['clause', 'article', 'constitution', 'amendment', 'chair', 'admit', 'remove', 'replace-key', 'rules', 'minutes', 'combine'] as const;
export type MotionKind = (typeof MOTION_KINDS)[number];

export function isMotionKind(value: unknown): value is MotionKind {
  return typeof value === 'string' && (MOTION_KINDS as readonly string[]).includes(value);
}
export type Base = 'cast' | 'members';
export type Threshold = 'majority' | 'two-thirds' | 'three-quarters' | 'unanimity';
/** "excluded": abstentions are not votes cast (Robert's Rules); "counted": they count in the base, like a no. */
export type AbstentionRule = 'excluded' | 'counted';
export type Choice = 'yes' | 'no' | 'abstain';

export interface Rule {
  base: Base;
  threshold: Threshold;
  /** Share (0–1) of member organizations that must take part, abstentions included, for the vote to count. */
  quorum: number;
  abstentions: AbstentionRule;
}

/** Clauses and articles by majority of votes cast with a quorum of half the members; the whole text,
 * amendments, admitting or removing a member, replacing a lost key and changing the rules by two-thirds of
 * all members; the chair by a majority of members; a meeting's minutes and combining chapters by a majority of votes cast. */
export const DEFAULT_RULES: Readonly<Record<MotionKind, Rule>> = {
  clause: { base: 'cast', threshold: 'majority', quorum: 0.5, abstentions: 'excluded' },
  article: { base: 'cast', threshold: 'majority', quorum: 0.5, abstentions: 'excluded' },
  constitution: { base: 'members', threshold: 'two-thirds', quorum: 0.5, abstentions: 'excluded' },
  amendment: { base: 'members', threshold: 'two-thirds', quorum: 0.5, abstentions: 'excluded' },
  chair: { base: 'members', threshold: 'majority', quorum: 0.5, abstentions: 'excluded' },
  admit: { base: 'members', threshold: 'two-thirds', quorum: 0.5, abstentions: 'excluded' },
  remove: { base: 'members', threshold: 'two-thirds', quorum: 0.5, abstentions: 'excluded' },
  'replace-key': { base: 'members', threshold: 'two-thirds', quorum: 0.5, abstentions: 'excluded' },
  rules: { base: 'members', threshold: 'two-thirds', quorum: 0.5, abstentions: 'excluded' },
  minutes: { base: 'cast', threshold: 'majority', quorum: 0.5, abstentions: 'excluded' },
  combine: { base: 'cast', threshold: 'majority', quorum: 0.5, abstentions: 'excluded' },
};

export interface Member {
  org: string;
  /** 1 unless the coalition weighs its members' votes. */
  weight: number;
}

export interface Ballot {
  org: string;
  choice: Choice;
}

export interface Outcome {
  passed: boolean;
  /** Weighted totals. */
  yes: number;
  no: number;
  abstain: number;
  /** Member organizations that took part, and how many the quorum needs. */
  participants: number;
  quorumNeeded: number;
  /** The denominator the threshold applies to, and the yes weight it needs. */
  base: number;
  needed: number;
  /** How many member organizations there were, and their total vote weight. */
  memberCount: number;
  memberWeight: number;
}

/** The catalog's key of each threshold. */
const THRESHOLD_KEYS = { majority: 'majority', 'two-thirds': 'twoThirds', 'three-quarters': 'threeQuarters', unanimity: 'unanimity' } as const satisfies Record<Threshold, string>;

/** The smallest yes weight that meets the threshold over `base` (more than half for a majority). */
export function neededFor(threshold: Threshold, base: number): number {
  switch (threshold) {
    case 'majority':
      return Math.floor(base / 2) + 1;
    case 'two-thirds':
      return Math.ceil((base * 2) / 3);
    case 'three-quarters':
      return Math.ceil((base * 3) / 4);
    case 'unanimity':
      return base;
  }
}

/**
 * Decide a vote. Ballots from organizations that are not members are ignored (the tally reports them as
 * rejected before they get here); an organization's last ballot is the one given.
 */
export function decide(rule: Rule, members: readonly Member[], ballots: readonly Ballot[]): Outcome {
  const weightOf = new Map(members.map((m) => [m.org, m.weight]));
  const choiceOf = new Map<string, Choice>();
  for (const ballot of ballots) if (weightOf.has(ballot.org)) choiceOf.set(ballot.org, ballot.choice);
  let yes = 0;
  let no = 0;
  let abstain = 0;
  for (const [org, choice] of choiceOf) {
    const weight = weightOf.get(org) ?? 0;
    if (choice === 'yes') yes += weight;
    else if (choice === 'no') no += weight;
    else abstain += weight;
  }
  const memberWeight = members.reduce((sum, m) => sum + m.weight, 0);
  const participants = choiceOf.size;
  const quorumNeeded = Math.ceil(rule.quorum * members.length);
  const base = rule.base === 'members' ? memberWeight : yes + no + (rule.abstentions === 'counted' ? abstain : 0);
  const needed = neededFor(rule.threshold, base);
  const quorumMet = participants >= quorumNeeded;
  const passed = quorumMet && base > 0 && yes >= needed;

  return { passed, yes, no, abstain, participants, quorumNeeded, base, needed, memberCount: members.length, memberWeight };
}

/**
 * A result in words, from its figures: "Passed: 9 of 12 member votes said yes (9 yes, 2 no, 1 abstention);
 * two-thirds of members (8) required." Exports word a stored outcome again in the coalition's language.
 */
export function explainOutcome(rule: Rule, outcome: Outcome, t: TFunction<'core'>, frame: TallyFrame = outcome.passed ? 'passed' : 'failed'): string {
  return t(`rules.frame.${frame}`, { tally: tallyWords(rule, outcome, t) });
}

/** Where a tally stands: decided (passed or failed), still open, or due to be closed. */
export type TallyFrame = 'passed' | 'failed' | 'open' | 'closing';

/** The tally alone: "9 of 12 member votes said yes (9 yes, 2 no, 1 abstention); two-thirds of members (8) required." */
function tallyWords(rule: Rule, outcome: Outcome, t: TFunction<'core'>): string {
  const { yes, no, abstain, participants, quorumNeeded, base, needed, memberCount, memberWeight } = outcome;
  const counts = t('rules.counts', { yes, no, count: abstain });
  const threshold = THRESHOLD_KEYS[rule.threshold];
  if (participants < quorumNeeded) return t('rules.noQuorum', { participants, count: memberCount, needed: quorumNeeded });
  if (base === 0) return t('rules.noVotes', { counts });
  if (rule.base === 'members') return t('rules.membersTally', { yes, count: memberWeight, counts, required: t(`rules.required.members.${threshold}`, { needed }) });
  return t('rules.castTally', { counts, required: t(`rules.required.cast.${threshold}`, { needed, base }) });
}

/** Where a motion stands, in words: its result, its tally so far, or why it has none. */
export function explainMotion(
  motion: { status: 'open' | 'passed' | 'failed' | 'void' | 'invalid'; rule: Rule; outcome: Outcome | undefined; cause: Reason | undefined; due: boolean },
  t: TFunction<'core'>,
): string {
  if (motion.status === 'invalid') return t('motion.invalid', { problem: motion.cause ? wordReason(motion.cause, t) : '' });
  if (motion.status === 'void' || !motion.outcome) return motion.status === 'void' ? t('motion.void') : '';
  if (motion.status === 'open') return explainOutcome(motion.rule, motion.outcome, t, motion.due ? 'closing' : 'open');
  return explainOutcome(motion.rule, motion.outcome, t);
}

/** A rule in words: "two-thirds of members", "a majority of votes cast (abstentions counted), quorum 50%". */
export function ruleWords(rule: Rule, t: TFunction<'core'>): string {
  const threshold = THRESHOLD_KEYS[rule.threshold];
  const phrase = rule.base === 'members' ? t(`rules.phrase.members.${threshold}`) : t(`rules.phrase.cast.${threshold}`);
  const counted = rule.base === 'cast' && rule.abstentions === 'counted' ? t('rules.abstentionsCounted', { rule: phrase }) : phrase;
  return rule.quorum > 0 ? t('rules.withQuorum', { rule: counted, percent: Math.round(rule.quorum * 100) }) : counted;
}
