/**
 * The tally: what the parliament has decided, read from the workspace by any replica. From the roster in
 * force, the coalition's rules and the signed motions and votes it derives, deterministically, each
 * motion's status and count (every vote counted or rejected with its reason), the chair in office, and
 * where each block of the constitution stands. Nothing here trusts who wrote what: only signatures count.
 * Two replicas holding the same signed data get the same result, in whatever order it arrived.
 */
import type * as Y from 'yjs';
import { readBlocks } from '../constitution/root.ts';
import { listOrganizations, readMeta } from '../workspace/workspace.ts';
import { targetBlocks, textDigest, type TextBlock } from './digest.ts';
import { readStoredMotions, voteSchema, type MotionTerms, type SignedVote, type StoredMotion } from './motion-record.ts';
import { keyHeldAt, orgOfKey, readRoster, type Roster } from './roster.ts';
import { decide, DEFAULT_RULES, type Ballot, type Choice, type Member, type MotionKind, type Outcome, type Rule } from './rules.ts';
import { readSettings, type RatificationSettings } from './settings.ts';
import { closingMessage, openingMessage, voteMessage, verifySignature } from './signing.ts';

export type MotionStatus = 'open' | 'passed' | 'failed' | 'void' | 'invalid';

export interface VoteReport {
  org: string;
  choice: Choice;
  castAt: string;
  key: string;
  signature: string;
  /** "counted", "replaced" (a later vote of the same organization counts) or "rejected". */
  standing: 'counted' | 'replaced' | 'rejected';
  /** Why a vote was rejected; "" otherwise. */
  reason: string;
}

export interface MotionReport {
  id: string;
  kind: MotionKind;
  target: string;
  digest: string;
  text: TextBlock[];
  newText: string;
  openedBy: string;
  openedAt: string;
  closesAt: string;
  /** The rule and weights the motion is decided by (the coalition's when it opened). */
  rule: Rule;
  weights: Record<string, number>;
  /** When voting ended (the chair's closing or the deadline); "" while open. */
  closedAt: string;
  status: MotionStatus;
  /** Why the motion is void or invalid; "" otherwise. */
  problem: string;
  votes: VoteReport[];
  outcome: Outcome | undefined;
  /** The result in words: the outcome's explanation, or why there is none. */
  explanation: string;
  /** An amendment whose new wording is in the text. */
  applied: boolean;
  /** Why a closing on record was not accepted (the motion then runs to its deadline); "" otherwise. */
  closingProblem: string;
}

export interface ChairTerm {
  org: string;
  from: string;
  until: string;
  /** The chair election that made it. */
  motion: string;
}

/** Where a block stands: the statuses the editor's badges and the export show. */
export type BlockStatus = 'draft' | 'under-vote' | 'agreed' | 'ratified' | 'rejected' | 'void';

export interface BlockStanding {
  status: BlockStatus;
  /** The wording a passed motion fixed (for ratified or agreed blocks), "" otherwise. */
  lockedText: string;
  /** True when a ratified block's text is no longer the wording its motion fixed. */
  altered: boolean;
  /** The motion that decided the status, if any. */
  motion: string;
}

export interface Parliament {
  coalition: string;
  settings: RatificationSettings;
  roster: Roster;
  members: Member[];
  /** Chair terms in order; `chair` is the one in office now, if any. */
  chairs: ChairTerm[];
  chair: ChairTerm | undefined;
  motions: MotionReport[];
  standings: Map<string, BlockStanding>;
  /** The constitution's blocks as the tally read them. */
  blocks: TextBlock[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

function addDays(iso: string, days: number): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time + days * DAY_MS).toISOString();
}

/** The digest a chair election binds to: the candidate organization. */
export function candidateDigest(org: string): string {
  return textDigest([{ id: org, type: 'clause', text: 'chair' }]);
}

function chairAt(chairs: readonly ChairTerm[], at: string): ChairTerm | undefined {
  let found: ChairTerm | undefined;
  for (const term of chairs) if (term.from <= at && at < term.until) found = term;
  return found;
}

interface Context {
  coalition: string;
  roster: Roster;
  members: Member[];
  memberIds: Set<string>;
  settings: RatificationSettings;
  blocks: TextBlock[];
  chairs: ChairTerm[];
  now: string;
  nameOf(org: string): string;
}

function voteProblem(vote: SignedVote, motion: StoredMotion, terms: MotionTerms, closedAt: string, ctx: Context): string {
  if (vote.motion !== motion.id) return 'It was cast on another motion and copied here.';
  if (!ctx.memberIds.has(vote.org)) return 'It is cast for an organization that is not a member.';
  if (!keyHeldAt(ctx.roster, vote.org, vote.key, vote.castAt)) {
    const holder = orgOfKey(ctx.roster, vote.key);
    if (holder === undefined) return 'It is signed with a key that is not on the roster (an observer’s or an unknown key).';
    if (holder !== vote.org) return `It is signed with ${ctx.nameOf(holder)}’s key, not ${ctx.nameOf(vote.org)}’s.`;
    return 'It is signed with a key that did not speak for the organization when the vote is dated.';
  }
  const message = voteMessage({ coalition: ctx.coalition, motion: vote.motion, digest: vote.digest, choice: vote.choice, castAt: vote.castAt });
  if (!verifySignature(vote.signature, message, vote.key)) return 'Its signature does not verify.';
  if (vote.digest !== terms.digest) return 'It was cast on a different text than the one this motion is about.';
  if (vote.castAt < terms.openedAt) return 'It is dated before the motion opened.';
  if (closedAt !== '' && vote.castAt >= closedAt) return 'It was cast after the motion closed.';
  return '';
}

/** Each vote with its standing: an organization's latest valid vote counts (equal times: the larger signature, so every replica picks the same). */
function reportVotes(motion: StoredMotion, terms: MotionTerms, closedAt: string, ctx: Context): VoteReport[] {
  const reports: VoteReport[] = [];
  const latest = new Map<string, { report: VoteReport; order: string }>();
  for (const raw of motion.votes) {
    const vote = voteSchema.safeParse(raw);
    if (!vote.success) {
      reports.push({ org: '', choice: 'abstain', castAt: '', key: '', signature: '', standing: 'rejected', reason: 'A damaged vote entry.' });
      continue;
    }
    const { org, choice, castAt, key, signature } = vote.data;
    const reason = voteProblem(vote.data, motion, terms, closedAt, ctx);
    const report: VoteReport = { org, choice, castAt, key, signature, standing: reason === '' ? 'counted' : 'rejected', reason };
    reports.push(report);
    if (reason !== '') continue;
    const order = `${castAt}\n${signature}`;
    const previous = latest.get(org);
    if (previous && previous.order >= order) {
      report.standing = 'replaced';
      continue;
    }
    if (previous) previous.report.standing = 'replaced';
    latest.set(org, { report, order });
  }
  return reports;
}

function openingProblem(motion: StoredMotion, terms: MotionTerms, ctx: Context): string {
  if (!verifySignature(motion.signature, openingMessage(ctx.coalition, motion.id, motion.termsJson), motion.key)) return 'The opening is not validly signed.';
  if (!keyHeldAt(ctx.roster, terms.openedBy, motion.key, terms.openedAt)) return 'It was opened with a key that is not its organization’s delegate key.';
  if (terms.closesAt <= terms.openedAt) return 'It closes before it opens.';
  const chair = chairAt(ctx.chairs, terms.openedAt);
  if (chair && chair.org !== terms.openedBy) return 'It was opened by a delegate who is not the chair, while the coalition had a chair.';
  if (terms.kind === 'chair' && !ctx.memberIds.has(terms.target)) return 'The candidate for chair is not a member organization.';
  return '';
}

/**
 * A motion is decided by the rule and weights it carries. Any motion still open, or decided since the
 * coalition's rules last changed, must carry the rules in force — so no opener can pick a laxer rule.
 */
function rulesProblem(terms: MotionTerms, closedAt: string, ctx: Context): string {
  if (closedAt !== '' && closedAt <= ctx.settings.changedAt) return '';
  const same = JSON.stringify(terms.rule) === JSON.stringify(ctx.settings.rules[terms.kind]) && JSON.stringify(sortedWeights(terms.weights)) === JSON.stringify(sortedWeights(ctx.settings.weights));
  return same ? '' : 'It carries other rules than the coalition’s.';
}

function sortedWeights(weights: Record<string, number>): [string, number][] {
  return Object.entries(weights).sort(([a], [b]) => a.localeCompare(b));
}

/**
 * When voting ended: the chair's signed closing if valid and before the deadline, else the deadline; ""
 * while open. Also says why a closing on record was not accepted.
 */
function closeTime(motion: StoredMotion, terms: MotionTerms, ctx: Context): { closedAt: string; closingProblem: string } {
  let end = terms.closesAt;
  let closingProblem = '';
  const closing = motion.closing;
  if (closing) {
    const chair = chairAt(ctx.chairs, closing.closedAt);
    if (!verifySignature(closing.signature, closingMessage(ctx.coalition, motion.id, closing.closedAt), closing.key)) closingProblem = 'Its closing is not validly signed.';
    else if (!chair || !keyHeldAt(ctx.roster, chair.org, closing.key, closing.closedAt)) closingProblem = 'It was closed by someone who was not the chair.';
    else if (closing.closedAt < terms.openedAt || closing.closedAt >= end) closingProblem = 'Its closing is dated outside its voting time.';
    else end = closing.closedAt;
  }
  return { closedAt: end <= ctx.now ? end : '', closingProblem };
}

function currentDigest(terms: MotionTerms, ctx: Context): string | undefined {
  if (terms.kind === 'chair') return candidateDigest(terms.target);
  const blocks = targetBlocks(ctx.blocks, terms.target);
  return blocks.length === 0 ? undefined : textDigest(blocks);
}

function evaluate(motion: StoredMotion, ctx: Context): MotionReport {
  const terms = motion.terms;
  if (!terms) {
    return {
      id: motion.id, kind: 'clause', target: '', digest: '', text: [], newText: '', openedBy: '', openedAt: '', closesAt: '', closedAt: '', rule: DEFAULT_RULES.clause, weights: {},
      status: 'invalid', problem: 'The motion’s terms are damaged.', votes: [], outcome: undefined, explanation: 'Invalid: the motion’s terms are damaged.', applied: false, closingProblem: '',
    };
  }
  const { closedAt, closingProblem } = closeTime(motion, terms, ctx);
  const invalid =
    openingProblem(motion, terms, ctx) ||
    (terms.digest === (terms.kind === 'chair' ? candidateDigest(terms.target) : textDigest(terms.text)) ? '' : 'Its digest does not match the text it carries.') ||
    rulesProblem(terms, closedAt, ctx);
  const base = { id: motion.id, ...terms, applied: motion.applied !== undefined, closingProblem };
  if (invalid !== '') {
    return { ...base, closedAt, status: 'invalid', problem: invalid, votes: [], outcome: undefined, explanation: `Invalid: ${invalid}` };
  }
  const votes = reportVotes(motion, terms, closedAt, ctx);
  const ballots: Ballot[] = votes.filter((v) => v.standing === 'counted').map((v) => ({ org: v.org, choice: v.choice }));
  const members = ctx.members.map((m) => ({ org: m.org, weight: terms.weights[m.org] ?? 1 }));
  const outcome = decide(terms.rule, members, ballots);
  // The text changed under an open vote: void (a replica that saw it may have marked it so for good).
  const changed = closedAt === '' && currentDigest(terms, ctx) !== terms.digest;
  if (motion.voided || changed) {
    const problem = 'The text changed while the vote was open, so the vote is void.';
    return { ...base, closedAt, status: 'void', problem, votes, outcome, explanation: `Void: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}` };
  }
  if (closedAt === '') {
    return { ...base, closedAt, status: 'open', problem: '', votes, outcome, explanation: `Open until ${terms.closesAt}. So far — ${outcome.explanation.replace(/^(Passed|Failed): /, '')}` };
  }
  return { ...base, closedAt, status: outcome.passed ? 'passed' : 'failed', problem: '', votes, outcome, explanation: outcome.explanation };
}

/** The blocks a motion decided, by id (from the text it carried). */
function coveredIds(report: MotionReport): string[] {
  return report.kind === 'chair' ? [] : report.text.map((b) => b.id);
}

function standings(reports: readonly MotionReport[], blocks: readonly TextBlock[], seriatim: boolean): Map<string, BlockStanding> {
  const byBlock = new Map<string, MotionReport[]>();
  for (const report of reports) {
    for (const id of coveredIds(report)) byBlock.set(id, [...(byBlock.get(id) ?? []), report]);
  }
  const out = new Map<string, BlockStanding>();
  for (const block of blocks) {
    const motions = (byBlock.get(block.id) ?? []).filter((m) => m.status !== 'invalid');
    const open = motions.find((m) => m.status === 'open');
    const decided = motions.filter((m) => m.status !== 'open').sort((a, b) => a.closedAt.localeCompare(b.closedAt) || a.id.localeCompare(b.id));
    const passed = decided.filter((m) => m.status === 'passed');
    const lastPassed = passed.at(-1);
    if (lastPassed) {
      const lockedText = lastPassed.kind === 'amendment' ? lastPassed.newText : (lastPassed.text.find((b) => b.id === block.id)?.text ?? block.text);
      const whole = passed.some((m) => m.kind === 'constitution' || m.kind === 'amendment');
      const status: BlockStatus = seriatim && !whole ? 'agreed' : 'ratified';
      const pendingAmendment = lastPassed.kind === 'amendment' && !lastPassed.applied;
      const altered = !pendingAmendment && block.text !== lockedText;
      out.set(block.id, { status: open ? 'under-vote' : status, lockedText, altered, motion: open?.id ?? lastPassed.id });
      continue;
    }
    if (open) {
      out.set(block.id, { status: 'under-vote', lockedText: '', altered: false, motion: open.id });
      continue;
    }
    const last = decided.at(-1);
    const status: BlockStatus = !last ? 'draft' : last.status === 'void' ? 'void' : 'rejected';
    out.set(block.id, { status, lockedText: '', altered: false, motion: last?.id ?? '' });
  }
  return out;
}

/** Read the parliament's state at `now`. */
export function readParliament(doc: Y.Doc, now: Date = new Date()): Parliament {
  const settings = readSettings(doc);
  const orgs = listOrganizations(doc);
  const members: Member[] = orgs.map((o) => ({ org: o.id, weight: settings.weights[o.id] ?? 1 }));
  const ctx: Context = {
    coalition: readMeta(doc).id,
    roster: readRoster(doc),
    members,
    memberIds: new Set(orgs.map((o) => o.id)),
    settings,
    blocks: readBlocks(doc),
    chairs: [],
    now: now.toISOString(),
    nameOf: (id) => orgs.find((o) => o.id === id)?.short ?? id,
  };
  const stored = readStoredMotions(doc).sort((a, b) => (a.terms?.openedAt ?? '').localeCompare(b.terms?.openedAt ?? '') || a.id.localeCompare(b.id));
  const motions: MotionReport[] = [];
  for (const motion of stored) {
    const report = evaluate(motion, ctx);
    motions.push(report);
    if (report.kind === 'chair' && report.status === 'passed') {
      ctx.chairs.push({ org: report.target, from: report.closedAt, until: addDays(report.closedAt, settings.chairTermDays), motion: report.id });
      ctx.chairs.sort((a, b) => a.from.localeCompare(b.from));
    }
  }
  return {
    coalition: ctx.coalition,
    settings,
    roster: ctx.roster,
    members,
    chairs: ctx.chairs,
    chair: chairAt(ctx.chairs, ctx.now),
    motions,
    standings: standings(motions, ctx.blocks, settings.seriatim),
    blocks: ctx.blocks,
  };
}

