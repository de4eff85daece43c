/**
 * The parliament as plain data, as `concord tally --json` prints it and the app's Ratification view
 * shows it: the chair, the roster and its audit log, every motion with its target named as people name
 * it ("Article II, Section 1, clause 3") and the text it is on numbered as the constitution numbers it, its
 * status, its result in words and each vote with its standing, each member's delegate by the name their
 * seat signed, and the ratification progress over the whole text. Its shape is a contract: add fields,
 * never rename.
 */
import type * as Y from 'yjs';
import { numberBlocks, placeOf, toRoman, type NumberedBlock } from '../constitution/numbering.ts';
import { longDate } from '../export/dates.ts';
import type { TFunction } from 'i18next';
import { i18n } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import { readMeta } from '../workspace/workspace.ts';
import { combineLabel } from './combine.ts';
import { CONSTITUTION } from './digest.ts';
import { currentKey, signedDelegate, readParliament, type BlockStatus, type MotionReport, type MotionStatus, type Parliament, type RecordProblem } from './parliament.ts';
import { explainMotion, ruleWords, type Choice, type MotionKind } from './rules.ts';
import { wordReason } from './reason.ts';
import { keyFingerprint } from './signing.ts';
import { firstChange, type NamedChange, type TextChange } from './void-cause.ts';

export interface VoteSummary {
  id: string;
  org: string;
  short: string;
  choice: Choice;
  castAt: string;
  fingerprint: string;
  standing: 'counted' | 'replaced' | 'rejected';
  reason: string;
}

/** A block of the text a motion is on, numbered as the constitution numbers it. */
export interface NumberedText {
  id: string;
  type: NumberedBlock['type'];
  /** Its own number: "Article I", "Section 2", "(3)"; "" for the preamble. */
  label: string;
  /** Where it stands, as a reader cites it: "Article I (1)" (see numbering.ts `placeOf`). */
  place: string;
  text: string;
}

export interface MotionSummary {
  id: string;
  kind: MotionKind;
  target: string;
  /** The target as people name it. */
  targetLabel: string;
  status: MotionStatus;
  explanation: string;
  rule: string;
  openedBy: string;
  openedAt: string;
  closesAt: string;
  closedAt: string;
  /** The organization whose delegate signed the closing ("" while open). */
  closedBy: string;
  /** The member organizations the motion was decided among (as signed when it opened). */
  members: string[];
  /** An organization to admit: its name; a key to put in a seat: its fingerprint; "" otherwise. */
  subject: string;
  /** True once every member has voted or the deadline passed, until some app closes it. */
  due: boolean;
  /** The text voted on; an amendment's new wording in `newText`. */
  text: string;
  newText: string;
  /** The text voted on, block by block, numbered. */
  numbered: NumberedText[];
  result: { yes: number; no: number; abstain: number; participants: number; quorumNeeded: number; base: number; needed: number; passed: boolean } | null;
  votes: VoteSummary[];
  /** The organizations the closer saw present when it closed (empty while open or when not recorded). */
  present: string[];
  /** A motion void because its text changed: who changed it and when, by the unsigned edit history (null otherwise, or when it does not say). */
  changedBy: NamedChange | null;
}

export interface RosterMember {
  org: string;
  short: string;
  name: string;
  weight: number;
  /** "" when the organization's delegate has not joined yet. */
  key: string;
  fingerprint: string;
  since: string;
  /** The delegate's name as their seat signed it; "" when it signed none. */
  delegate: string;
}

export interface ProblemSummary {
  statement: string;
  kind: string;
  org: string;
  short: string;
  fingerprint: string;
  message: string;
}

export interface TallySummary {
  coalition: { id: string; name: string };
  /** False while the coalition is being set up (no delegate key on the roster yet). */
  founded: boolean;
  /** Every organization the parliament has known; removed and withdrawn ones stay named. */
  organizations: { org: string; short: string; name: string; colour: string; status: 'member' | 'removed' | 'withdrawn'; since: string }[];
  settings: { seriatim: boolean; votingDays: number; chairTermDays: number; changedAt: string; place: string };
  chair: { org: string; short: string; from: string; until: string; delegate: string } | null;
  roster: RosterMember[];
  rosterLog: { org: string; short: string; fingerprint: string; replaces: string; at: string; how: string; valid: boolean; problem: string }[];
  motions: MotionSummary[];
  progress: Record<BlockStatus, number> & { blocks: number };
  /** Block id → status, for badges. */
  statuses: Record<string, BlockStatus>;
  /** Ratified blocks whose text is no longer the ratified wording (an edit got past the lock elsewhere). */
  altered: string[];
  /** Everything wrong in the signed record: invalid, conflicting, missing or deleted statements. */
  problems: ProblemSummary[];
  /** The parliament's meetings: when, who chaired, who answered the roll call, whether the minutes are adopted. */
  meetings: { id: string; date: string; schedule: string; link: string; chair: string; present: string[]; adjournedAt: string; minutes: string; minutesAdopted: boolean }[];
}

/** "Preamble", "Article II", "Article II, Section 1", "Article II, Section 1, clause 3", in t's language. */
export function blockLabel(block: NumberedBlock, t: TFunction<'core'>): string {
  if (block.type === 'preamble') return t('numbering.preamble');
  const parts: string[] = [];
  if (block.article > 0) parts.push(t('numbering.article', { number: toRoman(block.article) }));
  if (block.section > 0) parts.push(t('numbering.section', { number: block.section }));
  if (block.type === 'clause') {
    // A sub-clause: "clause 2(a)", "clause 2(a)(ii)" (its clause's number, then its own parts).
    const own = `(${block.clause})`;
    parts.push(t('motion.clause', { number: `${block.clause}${block.citation.startsWith(own) ? block.citation.slice(own.length) : block.citation}` }));
  }
  return parts.join(', ') || block.label;
}

/** The text a motion is on, numbered: the whole text as it was voted, a part as the constitution numbers it now. */
function numberedText(motion: MotionReport, numbered: ReadonlyMap<string, NumberedBlock>, t: TFunction<'core'>): NumberedText[] {
  const own = numberBlocks(motion.text, t);
  return own.map((block) => {
    const current = motion.kind === 'constitution' ? undefined : numbered.get(block.id);
    const at = current ?? block;
    return { id: block.id, type: block.type, label: at.label, place: placeOf(at, t), text: block.text };
  });
}

interface Naming {
  numbered: ReadonlyMap<string, NumberedBlock>;
  shortOf(org: string): string;
  /** The organization whose delegate a chair election is for, and the name its seat signed then. */
  electionOf(motion: MotionReport): { organization: string; delegate: string };
  meetingDate(id: string): string;
  language: Language;
  t: TFunction<'core'>;
}

function targetLabel(motion: MotionReport, { numbered, shortOf, electionOf, meetingDate, language, t }: Naming): string {
  if (motion.kind === 'minutes') return t('motion.minutes', { date: longDate(meetingDate(motion.target), language) });
  if (motion.kind === 'combine') return combineLabel(motion.newText, shortOf, t);
  if (motion.kind === 'chair') {
    const { organization, delegate: name } = electionOf(motion);
    const bare = organization.replace(/^the\s+/i, '');
    const options = { organization: bare, name, ...(/s$/i.test(bare) ? { context: 's' } : {}) };
    return t('motion.chair', { delegate: name === '' ? t('motion.delegateOf', options) : t('motion.delegateNamed', options) });
  }
  if (motion.kind === 'admit') return t('motion.admit', { name: motion.subject.name, short: motion.subject.short });
  if (motion.kind === 'remove') return t('motion.remove', { short: shortOf(motion.target) });
  if (motion.kind === 'replace-key') return t('motion.replaceKey', { short: shortOf(motion.target) });
  if (motion.kind === 'rules') return t('motion.rules');
  if (motion.target === CONSTITUTION) return t('motion.constitution');
  const block = numbered.get(motion.target);
  return block ? blockLabel(block, t) : t('motion.gone');
}

/** Whether the delegate whose key is `key` (hex) may open motions: on the roster, and the chair while there is one. */
export function mayOpenMotions(summary: TallySummary, key: string): boolean {
  const me = summary.roster.find((m) => m.key !== '' && m.key === key);
  return me !== undefined && (!summary.chair || summary.chair.org === me.org);
}

/**
 * The parliament as the tally shows it, its words in `language` — results, rules, and why a statement, a
 * vote, a key binding or a motion is invalid: English is the contract of `concord tally --json`; the app
 * asks for the language it shows.
 */
export function summarizeParliament(doc: Y.Doc, now: Date = new Date(), parliament: Parliament = readParliament(doc, now), language: Language = 'en'): TallySummary {
  const t = i18n.getFixedT(language, 'core');
  const known = parliament.organizations;
  const shortOf = (id: string): string => known.get(id)?.short ?? id;
  const electionOf = (motion: MotionReport) => ({
    organization: known.get(motion.target)?.name ?? motion.target,
    delegate: signedDelegate(parliament.roster, motion.target, motion.openedAt),
  });
  const blocks = numberBlocks(parliament.blocks, t);
  const numbered = new Map(blocks.map((b) => [b.id, b]));
  const progress = { blocks: blocks.length, draft: 0, 'under-vote': 0, agreed: 0, ratified: 0, rejected: 0, void: 0 };
  const statuses: Record<string, BlockStatus> = {};
  for (const block of blocks) {
    const status = parliament.standings.get(block.id)?.status ?? 'draft';
    progress[status] += 1;
    statuses[block.id] = status;
  }
  const fingerprint = (key: string): string => (key ? keyFingerprint(key) : '');
  const naming: Naming = { numbered, shortOf, electionOf, meetingDate: (id) => parliament.meetings.find((meeting) => meeting.id === id)?.date ?? '', language, t };
  return {
    coalition: { id: parliament.coalition, name: readMeta(doc).name },
    founded: parliament.founded,
    organizations: [...known.values()].map((o) => ({ org: o.org, short: o.short, name: o.name, colour: o.colour, status: o.status, since: o.since })),
    settings: {
      seriatim: parliament.settings.seriatim,
      votingDays: parliament.settings.votingDays,
      chairTermDays: parliament.settings.chairTermDays,
      changedAt: parliament.settings.changedAt,
      place: parliament.settings.place ?? '',
    },
    chair: parliament.chair
      ? {
          org: parliament.chair.org,
          short: shortOf(parliament.chair.org),
          from: parliament.chair.from,
          until: parliament.chair.until,
          delegate: signedDelegate(parliament.roster, parliament.chair.org),
        }
      : null,
    roster: parliament.members.map((m) => {
      const key = currentKey(parliament.roster, m.org);
      const org = known.get(m.org);
      return {
        org: m.org,
        short: org?.short ?? '',
        name: org?.name ?? '',
        weight: m.weight,
        key,
        fingerprint: fingerprint(key),
        since: parliament.roster.keys.get(m.org)?.at(-1)?.from ?? '',
        delegate: signedDelegate(parliament.roster, m.org),
      };
    }),
    rosterLog: parliament.roster.audit.map((e) => ({
      org: e.org,
      short: shortOf(e.org),
      fingerprint: fingerprint(e.key),
      replaces: fingerprint(e.previous),
      at: e.at,
      how: e.how,
      valid: e.valid,
      problem: e.cause ? wordReason(e.cause, t) : '',
    })),
    motions: parliament.motions.map((m) => ({
      id: m.id,
      kind: m.kind,
      target: m.target,
      targetLabel: targetLabel(m, naming),
      status: m.status,
      explanation: explainMotion(m, t),
      rule: ruleWords(m.rule, t),
      openedBy: m.openedBy,
      openedAt: m.openedAt,
      closesAt: m.closesAt,
      closedAt: m.closedAt,
      closedBy: m.closedBy,
      members: m.members,
      subject: m.kind === 'admit' ? m.subject.name : m.kind === 'replace-key' ? keyFingerprint(m.subject.key) : '',
      due: m.due,
      text: m.text.map((b) => b.text).join('\n'),
      newText: m.newText,
      numbered: numberedText(m, numbered, t),
      result: m.outcome
        ? {
            yes: m.outcome.yes,
            no: m.outcome.no,
            abstain: m.outcome.abstain,
            participants: m.outcome.participants,
            quorumNeeded: m.outcome.quorumNeeded,
            base: m.outcome.base,
            needed: m.outcome.needed,
            passed: m.outcome.passed,
          }
        : null,
      votes: m.votes.map((v) => ({
        id: v.id,
        org: v.org,
        short: shortOf(v.org),
        choice: v.choice,
        castAt: v.castAt,
        fingerprint: fingerprint(v.key),
        standing: v.standing,
        reason: v.cause ? wordReason(v.cause, t) : '',
      })),
      present: m.present,
      changedBy: m.status === 'void' ? named(firstChange(doc, m, parliament.blocks), known) : null,
    })),
    progress,
    statuses,
    altered: blocks.filter((b) => parliament.standings.get(b.id)?.altered === true).map((b) => b.id),
    problems: parliament.problems.map((p) => problemSummary(p, shortOf, t)),
    meetings: parliament.meetings.map((m) => ({
      id: m.id,
      date: m.date,
      schedule: m.schedule,
      link: m.link,
      chair: m.chair,
      present: m.attendance.map((a) => a.org),
      adjournedAt: m.adjournedAt,
      minutes: m.minutes,
      minutesAdopted: m.adoptedBy !== '',
    })),
  };
}

function named(change: TextChange | undefined, known: Parliament['organizations']): NamedChange | null {
  return change ? { ...change, name: known.get(change.org)?.name ?? '' } : null;
}

function problemSummary(problem: RecordProblem, shortOf: (org: string) => string, t: TFunction<'core'>): ProblemSummary {
  return {
    statement: problem.statement,
    kind: problem.kind,
    org: problem.org,
    short: problem.org ? shortOf(problem.org) : '',
    fingerprint: problem.key ? keyFingerprint(problem.key) : '',
    message: wordReason(problem.cause, t),
  };
}
