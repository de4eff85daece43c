/**
 * The parliament, as every replica derives it: a deterministic fold over the valid signed statements
 * (src/ratify/statement.ts) and nothing else in the workspace. Statements are taken in an order that
 * comes from what they name — a statement after everything it builds on (its founding, its seat, the
 * motion it votes on, the votes a closing counts, the governance facts an opening builds on), and among
 * statements that do not depend on each other, by their signed time, then id — so two replicas holding
 * the same statements compute the same parliament, whatever order they arrived in and whatever else a
 * peer wrote. While no key is on the roster the coalition is being set up: its members and rules are the
 * workspace's plain `orgs` and `meta`, and nothing has been decided.
 */
import type * as Y from 'yjs';
import { readBlocks } from '../constitution/root.ts';
import { listOrganizations, readMeta } from '../workspace/workspace.ts';
import { combineProblem, readCombineProposal } from './combine.ts';
import { targetBlocks, textDigest, type TextBlock } from './digest.ts';
import { decide, explainMotion, type Ballot, type Choice, type Member, type MotionKind, type Outcome, type Rule } from './rules.ts';
import { readSetupSettings, ruleOf, type RatificationSettings } from './settings.ts';
import {
  canonicalJson,
  statementVerifies,
  type Adjourn,
  type Attend,
  type Bind,
  type Close,
  type Meeting,
  type MotionSubject,
  type MotionTerms,
  type Open,
  type Profile,
  type Schedule,
  type Statement,
  type Vote,
  type Withdraw,
} from './statement.ts';
import { i18n } from '../i18n/i18n.ts';
import { englishReason, reason, type Reason } from './reason.ts';
import { readStatementLog } from './statement-log.ts';

/** A report's `explanation` is English (the contract of `concord tally --json`); the app, the minutes and the exports word a motion again in their own language (rules.ts `explainMotion`). */
const TALLY_WORDS = i18n.getFixedT('en', 'core');

export type MotionStatus = 'open' | 'passed' | 'failed' | 'void' | 'invalid';

export interface VoteReport {
  /** The vote statement's id. */
  id: string;
  org: string;
  choice: Choice;
  castAt: string;
  key: string;
  /** "counted", "replaced" (a later vote of the same organization counts) or "rejected". */
  standing: 'counted' | 'replaced' | 'rejected';
  /** Why a vote was rejected (worded where it is shown); undefined otherwise. */
  cause: Reason | undefined;
  /** `cause` in English; "" otherwise. */
  reason: string;
}

export interface MotionReport {
  /** The opening statement's id. */
  id: string;
  kind: MotionKind;
  target: string;
  digest: string;
  text: TextBlock[];
  newText: string;
  subject: MotionSubject;
  openedBy: string;
  openedAt: string;
  closesAt: string;
  /** The rule, weights and member organizations the motion is decided by (as signed when it opened). */
  rule: Rule;
  weights: Record<string, number>;
  members: string[];
  /** When its closing was signed; "" while open. */
  closedAt: string;
  /** The closing statement's id and the organization whose delegate signed it; "" while open. */
  closing: string;
  closedBy: string;
  status: MotionStatus;
  /** Why the motion is void or invalid (worded where it is shown); undefined otherwise. */
  cause: Reason | undefined;
  /** `cause` in English; "" otherwise. */
  problem: string;
  votes: VoteReport[];
  outcome: Outcome | undefined;
  /** The result in words: the outcome's explanation, or why there is none. */
  explanation: string;
  /** An amendment whose new wording is in the text. */
  applied: boolean;
  /** True once its deadline passed with no closing yet: any delegate's app closes it. */
  due: boolean;
  /** The member organizations the closer saw present when it closed (empty while open, or when not recorded). */
  present: string[];
}

/** One organization answering a meeting's roll call. */
export interface Attendance {
  org: string;
  /** When its delegate answered, and with which key. */
  at: string;
  key: string;
}

/** A meeting as the signed record has it. */
export interface MeetingReport {
  /** The convening statement's id. */
  id: string;
  date: string;
  schedule: Schedule;
  link: string;
  convenedBy: string;
  convenedAt: string;
  /** The organization chairing it: the chair in office when it started, else whoever convened it. */
  chair: string;
  /** Organizations present, in the order they answered. */
  attendance: Attendance[];
  /** When it was adjourned ("" while it is not). */
  adjournedAt: string;
  /** The minutes as its chair last signed them ("" before the adjournment). */
  minutes: string;
  /** The passed motion that adopted the minutes ("" until one does). */
  adoptedBy: string;
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

/** One key an organization has had: the binding statement, and when it was in force from (and until, when replaced). */
export interface KeySpan {
  key: string;
  binding: string;
  from: string;
  until: string;
  /** The delegate's name as this key signed it (on its binding or a later profile); "" when it signed none. */
  delegate: string;
}

/** A roster entry as the Ratification view and `concord tally` show it. */
export interface AuditedEntry {
  id: string;
  org: string;
  key: string;
  /** The key it replaces; "" for a first key. */
  previous: string;
  at: string;
  how: 'founding' | 'first key' | 'hand-over' | 'replacement';
  valid: boolean;
  /** Why a binding was refused (worded where it is shown); undefined for a valid one. */
  cause: Reason | undefined;
  /** `cause` in English; "" for a valid one. */
  problem: string;
}

export interface Roster {
  /** Organization id → its keys, the one in force last. */
  keys: Map<string, KeySpan[]>;
  audit: AuditedEntry[];
}

/** An organization the parliament has known: its name as signed, and whether it is still a member. */
export interface KnownOrganization {
  org: string;
  name: string;
  short: string;
  colour: string;
  status: 'member' | 'removed' | 'withdrawn';
  /** When it stopped being a member ("" for members). */
  since: string;
}

/** Something wrong in the signed record: which statement, whose key signed it, and what is wrong. */
export interface RecordProblem {
  statement: string;
  kind: string;
  /** The organization whose key signed it, when known, and the key. */
  org: string;
  key: string;
  /** What is wrong, worded where it is shown. */
  cause: Reason;
  /** `cause` in English, as `concord tally --json` prints it. */
  message: string;
}

export interface Parliament {
  coalition: string;
  /** False while the coalition is being set up (no key on the roster yet). */
  founded: boolean;
  /** The founding statement's id ("" while setting up). */
  founding: string;
  settings: RatificationSettings;
  roster: Roster;
  members: Member[];
  organizations: Map<string, KnownOrganization>;
  /** Chair terms in order; `chair` is the one in office now, if any. */
  chairs: ChairTerm[];
  chair: ChairTerm | undefined;
  motions: MotionReport[];
  standings: Map<string, BlockStanding>;
  /** The constitution's blocks as the tally read them. */
  blocks: TextBlock[];
  /** Statements that are invalid, conflicting, missing what they build on, or deleted from the shared document. */
  problems: RecordProblem[];
  /** Ids of valid statements a peer deleted from the shared document (still counted). */
  withdrawnFromView: string[];
  /** Every statement the fold counted, by id (for the signed record). */
  statements: Map<string, Statement>;
  /** Meetings in the order of their dates. */
  meetings: MeetingReport[];
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

/** The digest a motion that decides no text binds to: what it decides. */
export function subjectDigest(kind: MotionKind, target: string, subject: MotionSubject, newText = ''): string {
  if (kind === 'chair') return candidateDigest(target);
  if (kind === 'minutes' || kind === 'combine') return textDigest([{ id: target, type: 'clause', text: `${kind}\n${newText}` }]);
  return textDigest([{ id: target, type: 'clause', text: `${kind}\n${canonicalJson(subject)}` }]);
}

export const NO_SUBJECT: MotionSubject = { org: '', name: '', short: '', key: '', settings: null };

const TEXT_KINDS: ReadonlySet<MotionKind> = new Set(['clause', 'article', 'constitution', 'amendment']);
const GOVERNANCE_KINDS: ReadonlySet<MotionKind> = new Set(['chair', 'admit', 'remove', 'replace-key', 'rules', 'minutes']);

export function decidesText(kind: MotionKind): boolean {
  return TEXT_KINDS.has(kind);
}

export function isGovernance(kind: MotionKind): boolean {
  return GOVERNANCE_KINDS.has(kind);
}

/** What a statement builds on: the ids it names. */
function dependencies(statement: Statement): string[] {
  const body = statement.body;
  switch (body.kind) {
    case 'found':
      return [];
    case 'bind':
      return [body.founding, body.previous, body.motion].filter((id) => id !== '');
    case 'open':
      return [body.founding, body.seat, ...body.after, ...Object.values(body.terms.seats)];
    case 'vote':
      return [body.motion, body.seat, body.replaces].filter((id) => id !== '');
    case 'close':
      return [body.motion, body.seat, ...body.votes];
    case 'withdraw':
    case 'profile':
    case 'meeting':
      return [body.founding, body.seat];
    case 'attend':
    case 'adjourn':
      return [body.meeting, body.seat];
  }
}

function orderKey(statement: Statement): string {
  return `${statement.body.at}\n${statement.id}`;
}

/** Where `key` goes in `sorted` (ascending by order key), after any equal ones: a binary search. */
function insertionPoint(sorted: readonly Statement[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const current = sorted[middle];
    if (current !== undefined && orderKey(current) <= key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Statements after everything they name; among independent ones by signed time, then id. Those naming a missing statement are returned apart. */
function causalOrder(statements: readonly Statement[]): { ordered: Statement[]; missing: Statement[] } {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const waiting = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  const missing = new Set<string>();
  for (const statement of statements) {
    const deps = [...new Set(dependencies(statement))];
    if (deps.some((d) => !byId.has(d))) missing.add(statement.id);
    waiting.set(statement.id, deps.length);
    for (const dep of deps) dependents.set(dep, [...(dependents.get(dep) ?? []), statement.id]);
  }
  const ready = statements.filter((s) => waiting.get(s.id) === 0).sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : 1));
  const ordered: Statement[] = [];
  while (ready.length > 0) {
    const next = ready.shift();
    if (!next) break;
    ordered.push(next);
    for (const id of dependents.get(next.id) ?? []) {
      const left = (waiting.get(id) ?? 0) - 1;
      waiting.set(id, left);
      const statement = byId.get(id);
      if (left === 0 && statement) {
        ready.splice(insertionPoint(ready, orderKey(statement)), 0, statement);
      }
    }
  }
  const placed = new Set(ordered.map((s) => s.id));
  return { ordered, missing: statements.filter((s) => !placed.has(s.id)).concat(statements.filter((s) => placed.has(s.id) && missing.has(s.id))) };
}

interface Seat {
  id: string;
  org: string;
  key: string;
  at: string;
  /** The seat this one replaced ("" for a first key). */
  previous: string;
}

interface MeetingState {
  statement: Statement<Meeting>;
  convenedBy: string;
  chair: string;
  attendance: Map<string, Attendance>;
  adjournments: Statement<Adjourn>[];
  adoptedBy: string;
}

/** Roll calls open this long before a meeting's start (delegates join the call a little early). */
export const ROLL_CALL_EARLY_MS = 60 * 60 * 1000;

interface MotionState {
  statement: Statement<Open>;
  terms: MotionTerms;
  problem: Reason | undefined;
  votes: Map<string, { statement: Statement<Vote>; reason: Reason | undefined }>;
  closing: Statement<Close> | undefined;
  outcome: Outcome | undefined;
  passed: boolean;
  void: boolean;
}

/** The fold's running state. */
class Fold {
  readonly seats = new Map<string, Seat>();
  readonly heads = new Map<string, string>();
  readonly organizations = new Map<string, KnownOrganization>();
  readonly motions = new Map<string, MotionState>();
  readonly meetings = new Map<string, MeetingState>();
  readonly closings = new Map<string, string>();
  readonly chairs: ChairTerm[] = [];
  readonly problems: RecordProblem[] = [];
  readonly audit: AuditedEntry[] = [];
  readonly usedReplacements = new Set<string>();
  /** Seat (binding id) → the delegate's name that seat's own key signed last. */
  readonly names = new Map<string, string>();
  settings: RatificationSettings;
  readonly founding: Statement<BodyFound>;
  /** For each seat claimed by more than one first key: the claim that counts (see `preferredFirstKeys`). */
  readonly firstKeys: ReadonlyMap<string, string>;

  constructor(founding: Statement<BodyFound>, firstKeys: ReadonlyMap<string, string>) {
    this.founding = founding;
    this.firstKeys = firstKeys;
    this.settings = founding.body.settings;
    for (const m of founding.body.members) this.organizations.set(m.org, { org: m.org, name: m.name, short: m.short, colour: '', status: 'member', since: '' });
  }

  isMember(org: string): boolean {
    return this.organizations.get(org)?.status === 'member';
  }

  memberIds(): string[] {
    return [...this.organizations.values()]
      .filter((o) => o.status === 'member')
      .map((o) => o.org)
      .sort();
  }

  orgOfHeadKey(key: string): string | undefined {
    for (const [org, id] of this.heads) if (this.seats.get(id)?.key === key) return org;
    return undefined;
  }

  nameOf(org: string): string {
    return this.organizations.get(org)?.short ?? org;
  }

  chairAt(at: string): ChairTerm | undefined {
    let found: ChairTerm | undefined;
    for (const term of this.chairs) if (term.from <= at && at < term.until) found = term;
    return found;
  }

  problem(statement: Statement, cause: Reason): Reason {
    const org = this.orgOfHeadKey(statement.body.by) ?? [...this.seats.values()].find((s) => s.key === statement.body.by)?.org ?? '';
    this.problems.push({ statement: statement.id, kind: statement.body.kind, org, key: statement.body.by, cause, message: englishReason(cause) });
    return cause;
  }

  /** The seat a statement acts from, when it is the head of a member's seat and signed by its key. */
  actingSeat(statement: Statement, seatId: string): Seat | Reason {
    const seat = this.seats.get(seatId);
    if (!seat) return reason('seat.notOnRoster');
    if (seat.key !== statement.body.by) return reason('seat.wrongKey');
    if (!this.isMember(seat.org)) return reason('seat.notMember', { org: this.nameOf(seat.org) });
    if (this.heads.get(seat.org) !== seatId) return reason('seat.oldKey');
    return seat;
  }

  /** Whether `seatId` is `from` or a later key of the same seat. */
  descends(seatId: string, from: string | undefined): boolean {
    if (from === undefined) return true;
    for (let id: string | undefined = seatId; id; id = this.seats.get(id)?.previous) if (id === from) return true;
    return false;
  }

  seatDepth(seatId: string): number {
    let depth = 0;
    for (let id = this.seats.get(seatId)?.previous; id; id = this.seats.get(id)?.previous) depth += 1;
    return depth;
  }

  addSeat(statement: Statement, org: string, key: string, previous: string, how: AuditedEntry['how']): void {
    this.seats.set(statement.id, { id: statement.id, org, key, at: statement.body.at, previous });
    this.heads.set(org, statement.id);
    const body = statement.body;
    if ((body.kind === 'found' || body.kind === 'bind') && body.delegate !== undefined) this.names.set(statement.id, body.delegate);
    this.audit.push({
      id: statement.id,
      org,
      key,
      previous: previous === '' ? '' : (this.seats.get(previous)?.key ?? ''),
      at: statement.body.at,
      how,
      valid: true,
      cause: undefined,
      problem: '',
    });
  }

  refuseBinding(statement: Statement<Bind>, how: AuditedEntry['how'], cause: Reason): void {
    this.problem(statement, cause);
    const body = statement.body;
    this.audit.push({
      id: statement.id,
      org: body.org,
      key: body.key,
      previous: this.seats.get(body.previous)?.key ?? '',
      at: body.at,
      how,
      valid: false,
      cause,
      problem: englishReason(cause),
    });
  }

  bind(statement: Statement<Bind>): void {
    const body = statement.body;
    const how: AuditedEntry['how'] = body.previous === '' ? 'first key' : body.motion !== '' ? 'replacement' : 'hand-over';
    if (!this.isMember(body.org)) return this.refuseBinding(statement, how, reason('bind.notMember'));
    const holder = this.orgOfHeadKey(body.key);
    if (holder !== undefined)
      return this.refuseBinding(statement, how, holder === body.org ? reason('bind.holdsSeat') : reason('bind.speaksForOther', { org: this.nameOf(holder) }));
    const head = this.heads.get(body.org);
    if (how === 'first key') {
      if (body.by !== body.key) return this.refuseBinding(statement, how, reason('bind.firstNotSelfSigned'));
      const preferred = this.firstKeys.get(body.org);
      if (preferred !== undefined && preferred !== statement.id)
        return this.refuseBinding(statement, how, reason('bind.competing', { org: this.nameOf(body.org), preferred: preferred.slice(0, 12) }));
      if (head !== undefined) return this.refuseBinding(statement, how, reason('bind.secondFirst', { org: this.nameOf(body.org) }));
      return this.addSeat(statement, body.org, body.key, '', how);
    }
    if (head === undefined || body.previous !== head) return this.refuseBinding(statement, how, reason('bind.notInForce'));
    if (how === 'hand-over') {
      if (this.seats.get(head)?.key !== body.by) return this.refuseBinding(statement, how, reason('bind.handOverUnsigned'));
      return this.addSeat(statement, body.org, body.key, head, how);
    }
    const motion = this.motionClosedBy(body.motion);
    const subject = motion?.terms.subject;
    if (motion?.terms.kind !== 'replace-key' || !motion.passed || subject?.org !== body.org || subject.key !== body.key) {
      return this.refuseBinding(statement, how, reason('bind.noMotion'));
    }
    if (body.by !== body.key) return this.refuseBinding(statement, how, reason('bind.replacementNotSelfSigned'));
    if (this.usedReplacements.has(motion.statement.id)) return this.refuseBinding(statement, how, reason('bind.replacementMade'));
    this.usedReplacements.add(motion.statement.id);
    this.addSeat(statement, body.org, body.key, head, how);
  }

  motionClosedBy(closingId: string): MotionState | undefined {
    const motionId = this.closings.get(closingId);
    return motionId === undefined ? undefined : this.motions.get(motionId);
  }

  open(statement: Statement<Open>): void {
    const body = statement.body;
    const terms = body.terms;
    const state: MotionState = { statement, terms, problem: undefined, votes: new Map(), closing: undefined, outcome: undefined, passed: false, void: false };
    this.motions.set(statement.id, state);
    const invalid = this.openingProblem(statement, terms);
    if (invalid) state.problem = this.problem(statement, invalid);
  }

  openingProblem(statement: Statement<Open>, terms: MotionTerms): Reason | undefined {
    const seat = this.actingSeat(statement, statement.body.seat);
    if (!isSeat(seat)) return seat;
    const chair = this.chairAt(statement.body.at);
    if (chair && chair.org !== seat.org) return reason('open.notChair');
    if (terms.closesAt <= statement.body.at) return reason('open.closesBeforeOpens');
    const members = this.memberIds();
    if (canonicalJson([...terms.members].sort()) !== canonicalJson(members)) return reason('open.otherMembers');
    for (const org of members) {
      const head = this.heads.get(org);
      if (terms.seats[org] !== head && !(head === undefined && terms.seats[org] === undefined)) return reason('open.otherSeat', { org: this.nameOf(org) });
    }
    if (canonicalJson(terms.rule) !== canonicalJson(ruleOf(this.settings, terms.kind))) return reason('open.otherRules');
    const weights = Object.fromEntries(Object.entries(this.settings.weights).filter(([org]) => members.includes(org)));
    if (canonicalJson(terms.weights) !== canonicalJson(weights)) return reason('open.otherWeights');
    const digest = decidesText(terms.kind) ? textDigest(terms.text) : subjectDigest(terms.kind, terms.target, terms.subject, terms.newText);
    if (digest !== terms.digest) return reason('open.digest');
    switch (terms.kind) {
      case 'chair':
      case 'remove':
        if (!this.isMember(terms.target)) return reason('open.notMember');
        break;
      case 'replace-key':
        if (!this.isMember(terms.target) || terms.subject.org !== terms.target || terms.subject.key === '') return reason('open.replaceKey');
        break;
      case 'admit':
        if (this.organizations.has(terms.target) || terms.subject.org !== terms.target || terms.subject.name === '' || terms.subject.short === '') return reason('open.admit');
        break;
      case 'rules':
        if (terms.subject.settings === null) return reason('open.rules');
        break;
      case 'combine': {
        const flaw = combineProblem(readCombineProposal(terms.newText), terms.target, (org) => this.isMember(org));
        return flaw && reason(`combine.${flaw}`);
      }
      case 'minutes': {
        const meeting = this.meetings.get(terms.target);
        const minutes = meeting?.adjournments.at(-1);
        if (!meeting || !minutes) return reason('open.noMeeting');
        if (minutes.body.minutes !== terms.newText) return reason('open.otherMinutes');
        if (meeting.adoptedBy !== '') return reason('open.minutesAdopted');
        break;
      }
      default:
        if (terms.text.length === 0) return reason('open.noText');
    }
    return undefined;
  }

  vote(statement: Statement<Vote>): void {
    const body = statement.body;
    const motion = this.motions.get(body.motion);
    if (!motion) return;
    const why = this.voteProblem(statement, motion);
    if (why) this.problem(statement, why);
    motion.votes.set(statement.id, { statement, reason: why });
  }

  voteProblem(statement: Statement<Vote>, motion: MotionState): Reason | undefined {
    const body = statement.body;
    if (motion.problem) return reason('vote.invalidMotion');
    if (!motion.terms.members.includes(body.org)) return reason('vote.notMember');
    const seat = this.seats.get(body.seat);
    if (!seat || seat.key !== body.by) return reason('vote.unknownKey');
    if (seat.org !== body.org) return reason('vote.otherOrgKey', { signer: this.nameOf(seat.org), org: this.nameOf(body.org) });
    if (!this.descends(body.seat, motion.terms.seats[body.org])) return reason('vote.oldKey');
    if (body.digest !== motion.terms.digest) return reason('vote.otherText');
    if (body.at >= motion.terms.closesAt) return reason('vote.late');
    if (body.at < motion.statement.body.at) return reason('vote.beforeOpening');
    if (body.replaces !== '') {
      const replaced = motion.votes.get(body.replaces);
      if (!replaced || replaced.statement.body.org !== body.org) return reason('vote.replacesOther');
    }
    return undefined;
  }

  close(statement: Statement<Close>): void {
    const motion = this.motions.get(statement.body.motion);
    if (!motion) return;
    const problem = this.closingProblem(statement, motion);
    if (problem) {
      this.problem(statement, problem);
      return;
    }
    if (motion.closing) {
      const same = canonicalJson([...motion.closing.body.votes].sort()) === canonicalJson([...statement.body.votes].sort()) && motion.closing.body.digest === statement.body.digest;
      if (!same) this.problem(statement, reason('close.second', { closing: motion.closing.id.slice(0, 12) }));
      return;
    }
    motion.closing = statement;
    this.closings.set(statement.id, motion.statement.id);
    this.decideMotion(motion, statement);
  }

  closingProblem(statement: Statement<Close>, motion: MotionState): Reason | undefined {
    const body = statement.body;
    if (motion.problem) return reason('close.invalidMotion');
    const seat = this.actingSeat(statement, body.seat);
    if (!isSeat(seat)) return seat;
    if (body.at < motion.statement.body.at) return reason('close.beforeOpening');
    for (const id of body.votes) {
      const vote = motion.votes.get(id);
      if (!vote) return reason('close.otherMotionVote');
      if (vote.reason) return reason('close.invalidVote', { reason: vote.reason });
    }
    const chair = this.chairAt(body.at);
    if (chair?.org === seat.org) return undefined;
    const voted = new Set(body.votes.map((id) => motion.votes.get(id)?.statement.body.org));
    if (motion.terms.members.every((org) => voted.has(org))) return undefined;
    if (body.at >= motion.terms.closesAt) return undefined;
    return reason('close.early');
  }

  /** Each organization's counted vote among `ids`: the last of its chain of replacements, from its newest key; among votes that do not replace each other (cast on two laptops at once), the later signed, then the smaller id. */
  countedVotes(motion: MotionState, ids: readonly string[]): Map<string, Statement<Vote>> {
    const listed = ids.flatMap((id) => motion.votes.get(id)?.statement ?? []);
    const replaced = new Set(listed.map((v) => v.body.replaces));
    const counted = new Map<string, Statement<Vote>>();
    for (const vote of listed) {
      if (replaced.has(vote.id)) continue;
      const current = counted.get(vote.body.org);
      const depth = this.seatDepth(vote.body.seat) - (current ? this.seatDepth(current.body.seat) : 0);
      const better = !current || depth > 0 || (depth === 0 && (vote.body.at > current.body.at || (vote.body.at === current.body.at && vote.id < current.id)));
      if (better) counted.set(vote.body.org, vote);
    }
    return counted;
  }

  decideMotion(motion: MotionState, closing: Statement<Close>): void {
    const terms = motion.terms;
    if (closing.body.digest !== terms.digest) {
      motion.void = true;
      return;
    }
    const counted = this.countedVotes(motion, closing.body.votes);
    const members: Member[] = terms.members.map((org) => ({ org, weight: terms.weights[org] ?? 1 }));
    const ballots: Ballot[] = [...counted.values()].map((v) => ({ org: v.body.org, choice: v.body.choice }));
    motion.outcome = decide(terms.rule, members, ballots);
    motion.passed = motion.outcome.passed;
    if (motion.passed) this.applyEffect(motion, closing);
  }

  applyEffect(motion: MotionState, closing: Statement<Close>): void {
    const terms = motion.terms;
    const at = closing.body.at;
    switch (terms.kind) {
      case 'chair':
        this.chairs.push({ org: terms.target, from: at, until: addDays(at, this.settings.chairTermDays), motion: motion.statement.id });
        this.chairs.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
        break;
      case 'admit':
        this.organizations.set(terms.target, { org: terms.target, name: terms.subject.name, short: terms.subject.short, colour: '', status: 'member', since: '' });
        break;
      case 'remove':
        this.leave(terms.target, 'removed', at);
        break;
      case 'rules':
        if (terms.subject.settings) this.settings = { ...terms.subject.settings, changedAt: at };
        break;
      case 'minutes': {
        const meeting = this.meetings.get(terms.target);
        if (meeting && meeting.adoptedBy === '' && meeting.adjournments.at(-1)?.body.minutes === terms.newText) meeting.adoptedBy = motion.statement.id;
        break;
      }
      default:
    }
  }

  leave(org: string, how: 'removed' | 'withdrawn', at: string): void {
    const known = this.organizations.get(org);
    if (known) this.organizations.set(org, { ...known, status: how, since: at });
    this.heads.delete(org);
    this.chairs.splice(0, this.chairs.length, ...this.chairs.map((c) => (c.org === org && c.until > at ? { ...c, until: at } : c)));
  }

  withdraw(statement: Statement<Withdraw>): void {
    const seat = this.actingSeat(statement, statement.body.seat);
    if (!isSeat(seat)) return void this.problem(statement, seat);
    if (seat.org !== statement.body.org) return void this.problem(statement, reason('organization.withdrawOther'));
    this.leave(seat.org, 'withdrawn', statement.body.at);
  }

  profile(statement: Statement<Profile>): void {
    const seat = this.actingSeat(statement, statement.body.seat);
    if (!isSeat(seat)) return void this.problem(statement, seat);
    const body = statement.body;
    if (seat.org !== body.org) return void this.problem(statement, reason('organization.renameOther'));
    const clash = [...this.organizations.values()].find((o) => o.org !== body.org && o.short.toLowerCase() === body.short.toLowerCase());
    if (clash) return void this.problem(statement, reason('organization.shortTaken', { short: body.short, name: clash.name }));
    const known = this.organizations.get(body.org);
    if (known) this.organizations.set(body.org, { ...known, name: body.name, short: body.short, colour: body.colour });
    if (body.delegate !== undefined) this.names.set(seat.id, body.delegate);
  }

  convene(statement: Statement<Meeting>): void {
    const seat = this.actingSeat(statement, statement.body.seat);
    if (!isSeat(seat)) return void this.problem(statement, seat);
    const body = statement.body;
    if (Number.isNaN(Date.parse(body.date))) return void this.problem(statement, reason('meeting.badDate'));
    const chair = this.chairAt(body.at);
    if (chair && chair.org !== seat.org) return void this.problem(statement, reason('meeting.notChair'));
    this.meetings.set(statement.id, { statement, convenedBy: seat.org, chair: this.chairAt(body.date)?.org ?? seat.org, attendance: new Map(), adjournments: [], adoptedBy: '' });
  }

  attend(statement: Statement<Attend>): void {
    const meeting = this.meetings.get(statement.body.meeting);
    if (!meeting) return;
    const seat = this.actingSeat(statement, statement.body.seat);
    if (!isSeat(seat)) return void this.problem(statement, seat);
    const body = statement.body;
    if (seat.org !== body.org) return void this.problem(statement, reason('meeting.attendOther'));
    if (Date.parse(body.at) < Date.parse(meeting.statement.body.date) - ROLL_CALL_EARLY_MS) return void this.problem(statement, reason('meeting.attendEarly'));
    const adjourned = meeting.adjournments[0];
    if (adjourned && body.at >= adjourned.body.at) return void this.problem(statement, reason('meeting.attendLate'));
    if (!meeting.attendance.has(body.org)) meeting.attendance.set(body.org, { org: body.org, at: body.at, key: body.by });
  }

  adjourn(statement: Statement<Adjourn>): void {
    const meeting = this.meetings.get(statement.body.meeting);
    if (!meeting) return;
    const seat = this.actingSeat(statement, statement.body.seat);
    if (!isSeat(seat)) return void this.problem(statement, seat);
    if (seat.org !== meeting.chair && this.chairAt(statement.body.at)?.org !== seat.org) return void this.problem(statement, reason('meeting.adjournNotChair'));
    if (statement.body.at < meeting.statement.body.date) return void this.problem(statement, reason('meeting.adjournEarly'));
    if (meeting.adoptedBy !== '') return void this.problem(statement, reason('meeting.reviseAdopted'));
    const voting = [...this.motions.values()].some((m) => m.terms.kind === 'minutes' && m.terms.target === meeting.statement.id && !m.problem && !m.closing);
    if (voting && meeting.adjournments.length > 0) return void this.problem(statement, reason('meeting.reviseVoting'));
    meeting.adjournments.push(statement);
  }
}

function isSeat(value: Seat | Reason): value is Seat {
  return 'org' in value;
}

type BodyFound = Extract<Statement['body'], { kind: 'found' }>;

function isKind<K extends Statement['body']['kind']>(statement: Statement, kind: K): statement is Statement<Extract<Statement['body'], { kind: K }>> {
  return statement.body.kind === kind;
}

/** The founding in force: the one most members' first keys build on, then the smallest id; the others conflict. */
function chooseFounding(statements: readonly Statement[]): { founding: Statement<BodyFound> | undefined; others: Statement[] } {
  const foundings = statements.filter((s): s is Statement<BodyFound> => isKind(s, 'found'));
  const support = (f: Statement<BodyFound>): number =>
    new Set(
      statements.flatMap((s) => (isKind(s, 'bind') && s.body.founding === f.id && s.body.previous === '' && f.body.members.some((m) => m.org === s.body.org) ? [s.body.org] : [])),
    ).size;
  const ranked = foundings.map((f) => ({ f, n: support(f) })).sort((a, b) => b.n - a.n || (a.f.id < b.f.id ? -1 : 1));
  const founding = ranked[0]?.f;
  return { founding, others: ranked.slice(1).map((r) => r.f) };
}

/**
 * When two first keys claim one seat (a hostile delegate binding a key for an organization whose delegate
 * has not joined yet, or backdating one), the seat goes to the claim that the most other delegates build
 * on — motions name each member's seat, so honest openers endorse the real key — then the earliest.
 * A claim endorsed by no one but itself cannot take a seat others already use.
 */
function preferredFirstKeys(statements: readonly Statement[]): Map<string, string> {
  const claims = new Map<string, Statement<Bind>[]>();
  for (const s of statements) if (isKind(s, 'bind') && s.body.previous === '') claims.set(s.body.org, [...(claims.get(s.body.org) ?? []), s]);
  const endorsers = new Map<string, Set<string>>();
  for (const s of statements) {
    if (!isKind(s, 'open')) continue;
    for (const seat of Object.values(s.body.terms.seats)) endorsers.set(seat, (endorsers.get(seat) ?? new Set()).add(s.body.by));
  }
  const endorsement = (claim: Statement<Bind>): number => [...(endorsers.get(claim.id) ?? [])].filter((by) => by !== claim.body.key).length;
  const out = new Map<string, string>();
  for (const [org, list] of claims) {
    if (list.length < 2) continue;
    const [best] = [...list].sort((a, b) => endorsement(b) - endorsement(a) || (orderKey(a) < orderKey(b) ? -1 : 1));
    if (best) out.set(org, best.id);
  }
  return out;
}

function foundingOf(statement: Statement, motions: ReadonlyMap<string, string>): string {
  const body = statement.body;
  switch (body.kind) {
    case 'found':
      return statement.id;
    case 'vote':
    case 'close':
      return motions.get(body.motion) ?? '';
    case 'attend':
    case 'adjourn':
      return motions.get(body.meeting) ?? '';
    default:
      return body.founding;
  }
}

function setupParliament(doc: Y.Doc, blocks: TextBlock[], problems: RecordProblem[], withdrawn: string[]): Parliament {
  const settings = readSetupSettings(doc);
  const orgs = listOrganizations(doc);
  return {
    coalition: readMeta(doc).id,
    founded: false,
    founding: '',
    settings,
    roster: { keys: new Map(), audit: [] },
    members: orgs.map((o) => ({ org: o.id, weight: settings.weights[o.id] ?? 1 })),
    organizations: new Map(orgs.map((o) => [o.id, { org: o.id, name: o.name, short: o.short, colour: o.colour, status: 'member', since: '' }])),
    chairs: [],
    chair: undefined,
    motions: [],
    standings: new Map(blocks.map((b) => [b.id, { status: 'draft', lockedText: '', altered: false, motion: '' }])),
    blocks,
    problems,
    withdrawnFromView: withdrawn,
    statements: new Map(),
    meetings: [],
  };
}

/** Read the parliament's state at `now` from the signed statements in `doc`. */
export function readParliament(doc: Y.Doc, now: Date = new Date()): Parliament {
  const coalition = readMeta(doc).id;
  const blocks = readBlocks(doc);
  const log = readStatementLog(doc);
  const problems: RecordProblem[] = [];
  const report = (s: Statement, cause: Reason): void => {
    problems.push({ statement: s.id, kind: s.body.kind, org: '', key: s.body.by, cause, message: englishReason(cause) });
  };
  if (log.damaged > 0) {
    const cause = reason('log.damaged', { count: log.damaged });
    problems.push({ statement: '', kind: 'damaged', org: '', key: '', cause, message: englishReason(cause) });
  }
  const valid: Statement[] = [];
  for (const statement of log.statements.values()) {
    if (statement.body.coalition !== coalition) report(statement, reason('log.otherCoalition'));
    else if (!statementVerifies(statement)) report(statement, reason('log.badSignature'));
    else valid.push(statement);
  }
  const validIds = new Set(valid.map((s) => s.id));
  const withdrawn = [...log.deleted].filter((id) => validIds.has(id)).sort();
  const deleted = reason('log.deleted');
  for (const id of withdrawn)
    problems.push({
      statement: id,
      kind: log.statements.get(id)?.body.kind ?? '',
      org: '',
      key: log.statements.get(id)?.body.by ?? '',
      cause: deleted,
      message: englishReason(deleted),
    });
  const { founding, others } = chooseFounding(valid);
  if (!founding) return setupParliament(doc, blocks, problems, withdrawn);
  for (const other of others) report(other, reason('log.secondFounding', { founding: founding.id.slice(0, 12) }));

  const openings = new Map(valid.flatMap((s) => (isKind(s, 'open') || isKind(s, 'meeting') ? [[s.id, s.body.founding] as const] : [])));
  const mine = valid.filter((s) => foundingOf(s, openings) === founding.id);
  const { ordered, missing } = causalOrder(mine);
  for (const s of missing) report(s, reason('log.missing'));
  const fold = new Fold(founding, preferredFirstKeys(mine));
  const foundingMember = founding.body.members.some((m) => m.org === founding.body.org);
  const missingIds = new Set(missing.map((s) => s.id));
  for (const statement of ordered) {
    if (missingIds.has(statement.id)) continue;
    if (isKind(statement, 'found')) {
      if (foundingMember) fold.addSeat(statement, statement.body.org, statement.body.by, '', 'founding');
    } else if (isKind(statement, 'bind')) fold.bind(statement);
    else if (isKind(statement, 'open')) fold.open(statement);
    else if (isKind(statement, 'vote')) fold.vote(statement);
    else if (isKind(statement, 'close')) fold.close(statement);
    else if (isKind(statement, 'withdraw')) fold.withdraw(statement);
    else if (isKind(statement, 'profile')) fold.profile(statement);
    else if (isKind(statement, 'meeting')) fold.convene(statement);
    else if (isKind(statement, 'attend')) fold.attend(statement);
    else if (isKind(statement, 'adjourn')) fold.adjourn(statement);
  }
  problems.push(...fold.problems);

  const nowIso = now.toISOString();
  const motions = [...fold.motions.values()].map((m) => motionReport(m, fold, blocks, nowIso));
  motions.sort((a, b) => (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : a.id < b.id ? -1 : 1));
  const keys = new Map<string, KeySpan[]>();
  for (const seat of fold.seats.values()) {
    const spans = keys.get(seat.org) ?? [];
    spans.push({ key: seat.key, binding: seat.id, from: seat.at, until: '', delegate: fold.names.get(seat.id) ?? '' });
    keys.set(seat.org, spans);
  }
  for (const [org, spans] of keys) {
    const chain: KeySpan[] = [];
    for (let id = fold.heads.get(org) ?? ''; id; id = fold.seats.get(id)?.previous ?? '') {
      const span = spans.find((s) => s.binding === id);
      if (span) chain.unshift(span);
    }
    for (let i = 0; i + 1 < chain.length; i += 1) {
      const span = chain[i];
      const next = chain[i + 1];
      if (span && next) span.until = next.from;
    }
    keys.set(org, chain.length > 0 ? chain : spans);
  }
  const memberIds = fold.memberIds();
  const members = memberIds.map((org) => ({ org, weight: fold.settings.weights[org] ?? 1 }));
  return {
    coalition,
    founded: true,
    founding: founding.id,
    settings: fold.settings,
    roster: { keys: new Map([...keys].filter(([org]) => fold.isMember(org))), audit: fold.audit },
    members,
    organizations: fold.organizations,
    chairs: fold.chairs,
    chair: fold.chairAt(nowIso),
    motions,
    standings: standings(motions, blocks, fold.settings.seriatim),
    blocks,
    problems,
    withdrawnFromView: withdrawn,
    statements: new Map(mine.filter((s) => !missingIds.has(s.id)).map((s) => [s.id, s])),
    meetings: [...fold.meetings.values()].map(meetingReport).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)),
  };
}

function meetingReport(meeting: MeetingState): MeetingReport {
  const body = meeting.statement.body;
  return {
    id: meeting.statement.id,
    date: body.date,
    schedule: body.schedule,
    link: body.link,
    convenedBy: meeting.convenedBy,
    convenedAt: body.at,
    chair: meeting.chair,
    attendance: [...meeting.attendance.values()],
    adjournedAt: meeting.adjournments[0]?.body.at ?? '',
    minutes: meeting.adjournments.at(-1)?.body.minutes ?? '',
    adoptedBy: meeting.adoptedBy,
  };
}

function currentDigest(terms: MotionTerms, blocks: readonly TextBlock[]): string | undefined {
  if (!decidesText(terms.kind)) return terms.digest;
  const target = targetBlocks(blocks, terms.target);
  return target.length === 0 ? undefined : textDigest(target);
}

const LATE_VOTE = reason('vote.afterClosing');
const TEXT_CHANGED = reason('close.textChanged');

function voteReports(motion: MotionState, fold: Fold): VoteReport[] {
  const countedIds = new Set(
    [...fold.countedVotes(motion, motion.closing ? motion.closing.body.votes : [...motion.votes].filter(([, vote]) => vote.reason === undefined).map(([id]) => id)).values()].map(
      (v) => v.id,
    ),
  );
  const closingIds = new Set(motion.closing?.body.votes ?? []);
  return [...motion.votes.values()]
    .map(({ statement, reason }): VoteReport => {
      const body = statement.body;
      const base = { id: statement.id, org: body.org, choice: body.choice, castAt: body.at, key: body.by };
      const cause = reason ?? (motion.closing && !closingIds.has(statement.id) ? LATE_VOTE : undefined);
      if (cause) return { ...base, standing: 'rejected', cause, reason: englishReason(cause) };
      return { ...base, standing: countedIds.has(statement.id) ? 'counted' : 'replaced', cause: undefined, reason: '' };
    })
    .sort((a, b) => (a.castAt < b.castAt ? -1 : a.castAt > b.castAt ? 1 : a.id < b.id ? -1 : 1));
}

function motionReport(motion: MotionState, fold: Fold, blocks: readonly TextBlock[], now: string): MotionReport {
  const terms = motion.terms;
  const body = motion.statement.body;
  const openerSeat = fold.seats.get(body.seat);
  const closerSeat = motion.closing ? fold.seats.get(motion.closing.body.seat) : undefined;
  const votes = voteReports(motion, fold);
  const base = {
    id: motion.statement.id,
    kind: terms.kind,
    target: terms.target,
    digest: terms.digest,
    text: terms.text,
    newText: terms.newText,
    subject: terms.subject,
    openedBy: openerSeat?.org ?? '',
    openedAt: body.at,
    closesAt: terms.closesAt,
    rule: terms.rule,
    weights: terms.weights,
    members: terms.members,
    closedAt: motion.closing?.body.at ?? '',
    closing: motion.closing?.id ?? '',
    closedBy: closerSeat?.org ?? '',
    applied: terms.kind === 'amendment' && blocks.some((b) => b.id === terms.target && b.text === terms.newText),
    due: false,
    present: motion.closing?.body.present ?? [],
  };
  const explained = (report: Omit<MotionReport, 'explanation'>): MotionReport => ({ ...report, explanation: explainMotion(report, TALLY_WORDS) });
  const invalid = motion.problem;
  if (invalid) return explained({ ...base, status: 'invalid', cause: invalid, problem: englishReason(invalid), votes, outcome: undefined });
  const changed = { cause: TEXT_CHANGED, problem: englishReason(TEXT_CHANGED) };
  if (motion.closing) {
    if (motion.void) return explained({ ...base, status: 'void', ...changed, votes, outcome: undefined });
    return explained({ ...base, status: motion.passed ? 'passed' : 'failed', cause: undefined, problem: '', votes, outcome: motion.outcome });
  }
  const ballots: Ballot[] = votes.filter((v) => v.standing === 'counted').map((v) => ({ org: v.org, choice: v.choice }));
  const outcome = decide(
    terms.rule,
    terms.members.map((org) => ({ org, weight: terms.weights[org] ?? 1 })),
    ballots,
  );
  const due = now >= terms.closesAt || terms.members.every((org) => ballots.some((b) => b.org === org));
  if (currentDigest(terms, blocks) !== terms.digest) return explained({ ...base, due: true, status: 'void', ...changed, votes, outcome });
  return explained({ ...base, due, status: 'open', cause: undefined, problem: '', votes, outcome });
}

function standings(reports: readonly MotionReport[], blocks: readonly TextBlock[], seriatim: boolean): Map<string, BlockStanding> {
  const byBlock = new Map<string, MotionReport[]>();
  for (const report of reports) {
    if (!decidesText(report.kind)) continue;
    for (const block of report.text) byBlock.set(block.id, [...(byBlock.get(block.id) ?? []), report]);
  }
  const out = new Map<string, BlockStanding>();
  for (const block of blocks) {
    const motions = (byBlock.get(block.id) ?? []).filter((m) => m.status !== 'invalid');
    const open = motions.find((m) => m.status === 'open');
    const decided = motions.filter((m) => m.closing !== '').sort((a, b) => (a.closedAt < b.closedAt ? -1 : a.closedAt > b.closedAt ? 1 : a.id < b.id ? -1 : 1));
    const passed = decided.filter((m) => m.status === 'passed');
    const lastPassed = passed.at(-1);
    if (lastPassed) {
      const lockedText = lastPassed.kind === 'amendment' ? lastPassed.newText : (lastPassed.text.find((b) => b.id === block.id)?.text ?? block.text);
      const whole = passed.some((m) => m.kind === 'constitution' || m.kind === 'amendment');
      const status: BlockStatus = seriatim && !whole ? 'agreed' : 'ratified';
      const previous = passed.at(-2);
      const previousText = previous ? (previous.kind === 'amendment' ? previous.newText : (previous.text.find((b) => b.id === block.id)?.text ?? '')) : '';
      const pendingAmendment = lastPassed.kind === 'amendment' && !lastPassed.applied && (block.text === previousText || previous === undefined);
      const altered = !pendingAmendment && block.text !== lockedText;
      out.set(block.id, { status: open ? 'under-vote' : status, lockedText, altered, motion: open?.id ?? lastPassed.id });
      continue;
    }
    if (open) {
      out.set(block.id, { status: 'under-vote', lockedText: '', altered: false, motion: open.id });
      continue;
    }
    const last = [...decided, ...motions.filter((m) => m.status === 'void' && m.closing === '')].at(-1);
    const status: BlockStatus = !last ? 'draft' : last.status === 'void' ? 'void' : 'rejected';
    out.set(block.id, { status, lockedText: '', altered: false, motion: last?.id ?? '' });
  }
  return out;
}

/** The key in force for `org`, or "" when it has none. */
export function currentKey(roster: Roster, org: string): string {
  return roster.keys.get(org)?.at(-1)?.key ?? '';
}

/** The seat (binding statement id) in force for `org`, or "" when it has none. */
export function currentSeat(roster: Roster, org: string): string {
  return roster.keys.get(org)?.at(-1)?.binding ?? '';
}

/**
 * The name of `org`'s delegate as the seat in force at `at` (default: now) signed it; "" when that seat
 * signed no name. A name is never taken from anything but the seat's own signed statements.
 */
export function signedDelegate(roster: Roster, org: string, at?: string): string {
  const spans = roster.keys.get(org) ?? [];
  const span = at === undefined ? spans.at(-1) : spans.findLast((s) => s.from <= at && (s.until === '' || at < s.until));
  return span?.delegate ?? '';
}

/** The organization a key speaks for now, if any. */
export function orgOfKey(roster: Roster, key: string): string | undefined {
  for (const [org, spans] of roster.keys) if (spans.at(-1)?.key === key) return org;
  return undefined;
}
