/**
 * What a delegate does in the parliament, each a signed statement added to the workspace: put their key
 * on the roster (the first key founds the coalition), hand their seat to a new key, open a motion, vote
 * (and change the vote until it closes), close a motion, withdraw their organization, change its name.
 * Each checks first and refuses with a message a delegate understands, leaving the workspace as it was;
 * the fold (parliament.ts) checks again on every replica, so a modified client gains nothing by skipping
 * these checks. Also the clerk's work any app does: closing the motions that are due, and applying a
 * passed amendment's wording (its mover's app).
 */
import type * as Y from 'yjs';
import { editConstitution, readBlocks } from '../constitution/document.ts';
import { setBlockText } from '../constitution/structure.ts';
import { newId } from '../ids.ts';
import { ConcordError, type ErrorKey, type ErrorParams } from '../workspace/errors.ts';
import { findOrganization, listOrganizations } from '../workspace/workspace.ts';
import { combineProblem, combineText, type CombineProposal } from './combine.ts';
import { CONSTITUTION, targetBlocks, textDigest } from './digest.ts';
import { withoutLocks } from './locks.ts';
import { currentSeat, decidesText, isGovernance, NO_SUBJECT, orgOfKey, readParliament, subjectDigest, type MotionReport, type Parliament } from './parliament.ts';
import type { Choice, MotionKind } from './rules.ts';
import { changedSettings, readSetupSettings, ruleOf, writeSetupSettings, type RatificationSettings } from './settings.ts';
import { signStatement, type Body, type MotionSubject, type MotionTerms, type Schedule } from './statement.ts';
import { appendStatements } from './statement-log.ts';
import { toHex, type Signer } from './signing.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface MotionRequest {
  kind: MotionKind;
  /** A block id (clause, article, amendment), "constitution", an organization id (chair, remove, replace-key), a meeting id (minutes: the minutes its chair last signed), or ignored (admit, rules). */
  target: string;
  /** An amendment's proposed wording. */
  newText?: string;
  /** Admit: the organization's name and short name. */
  name?: string;
  short?: string;
  /** Replace-key: the new key (hex). */
  key?: string;
  /** Combine: the chapters to combine in one city, and the combined chapter's name. */
  combine?: CombineProposal;
  /** Rules: the change to the coalition's rules. */
  settings?: Partial<Omit<RatificationSettings, 'changedAt'>>;
  /** When voting ends if it does not close earlier; default: the coalition's voting period. */
  closesAt?: Date;
}

function refuse(key: ErrorKey, params?: ErrorParams): never {
  throw new ConcordError(key, params);
}

async function publish(doc: Y.Doc, body: Body, signer: Signer, proof?: Signer): Promise<string> {
  const { statement, stored } = await signStatement(body, signer, proof);
  appendStatements(doc, [stored]);
  return statement.id;
}

function common(parliament: Parliament, signer: Signer, now: Date): { coalition: string; by: string; at: string } {
  return { coalition: parliament.coalition, by: toHex(signer.publicKey), at: now.toISOString() };
}

/** A delegate's name as it is signed: spaces tidied; absent when none is given. */
function signedName(delegate: string): { delegate?: string } {
  const name = delegate.replace(/\s+/g, ' ').trim().slice(0, 200);
  return name === '' ? {} : { delegate: name };
}

/** The organization and seat `signer` speaks for on the roster, or a refusal. */
function speakerOf(parliament: Parliament, signer: Signer): { org: string; seat: string } {
  const org = orgOfKey(parliament.roster, toHex(signer.publicKey));
  if (org === undefined) refuse('ratify.not-on-roster.key');
  return { org, seat: currentSeat(parliament.roster, org) };
}

/**
 * Put `signer`'s key on the roster for `org` as its first key. The first key of all founds the coalition:
 * it signs the members and rules as they stand, and from then on they change only by the parliament.
 * Does nothing if the key is already there; refuses when the organization already has another key (that
 * takes a hand-over signed by that key, or a motion to replace a lost key). `delegate`: the name of the
 * person the key speaks for, signed with it ("" for none).
 */
export async function bindKey(doc: Y.Doc, org: string, signer: Signer, now: Date = new Date(), delegate = ''): Promise<void> {
  const parliament = readParliament(doc, now);
  const key = toHex(signer.publicKey);
  if (!parliament.founded) {
    const members = listOrganizations(doc).map((o) => ({ org: o.id, name: o.name, short: o.short }));
    if (!members.some((m) => m.org === org)) refuse('org.unknown.no-such');
    await publish(doc, { kind: 'found', ...common(parliament, signer, now), org, members, settings: readSetupSettings(doc), ...signedName(delegate) }, signer);
    return;
  }
  if (!parliament.members.some((m) => m.org === org)) refuse('org.unknown.not-member');
  const seat = currentSeat(parliament.roster, org);
  const current = parliament.roster.keys.get(org)?.at(-1)?.key ?? '';
  if (current === key) return;
  if (current !== '') refuse('roster.taken');
  if (orgOfKey(parliament.roster, key) !== undefined) refuse('roster.key-in-use.other');
  const admitted = parliament.motions.find((m) => m.kind === 'admit' && m.status === 'passed' && m.target === org);
  await publish(
    doc,
    { kind: 'bind', ...common(parliament, signer, now), founding: parliament.founding, org, key, previous: seat, motion: admitted?.closing ?? '', ...signedName(delegate) },
    signer,
  );
}

/** Hand `org`'s seat from the key in force (`current`) to `next` (a new laptop, a new delegate, named `delegate`): both sign. */
export async function handOver(doc: Y.Doc, org: string, current: Signer, next: Signer, now: Date = new Date(), delegate = ''): Promise<void> {
  const parliament = readParliament(doc, now);
  const speaker = speakerOf(parliament, current);
  if (speaker.org !== org) refuse('roster.not-current');
  const key = toHex(next.publicKey);
  if (orgOfKey(parliament.roster, key) !== undefined) refuse('roster.key-in-use.new');
  await publish(
    doc,
    { kind: 'bind', ...common(parliament, current, now), founding: parliament.founding, org, key, previous: speaker.seat, motion: '', ...signedName(delegate) },
    current,
    next,
  );
}

/** Take the seat a passed `replace-key` motion gave to `signer`'s key (a lost key replaced), signing the delegate's name. */
export async function takeReplacedSeat(doc: Y.Doc, org: string, signer: Signer, now: Date = new Date(), delegate = ''): Promise<void> {
  const parliament = readParliament(doc, now);
  const key = toHex(signer.publicKey);
  const motion = parliament.motions.find((m) => m.kind === 'replace-key' && m.status === 'passed' && m.target === org && m.subject.key === key);
  if (!motion) refuse('roster.no-replacement');
  await publish(
    doc,
    {
      kind: 'bind',
      ...common(parliament, signer, now),
      founding: parliament.founding,
      org,
      key,
      previous: currentSeat(parliament.roster, org),
      motion: motion.closing,
      ...signedName(delegate),
    },
    signer,
  );
}

function checkTarget(parliament: Parliament, doc: Y.Doc, request: MotionRequest): void {
  const blocks = readBlocks(doc);
  const { kind, target } = request;
  const isMember = (org: string): boolean => parliament.members.some((m) => m.org === org);
  switch (kind) {
    case 'chair':
      if (!isMember(target)) refuse('ratify.bad-candidate');
      break;
    case 'remove':
      if (!isMember(target)) refuse('ratify.bad-target.remove');
      break;
    case 'replace-key':
      if (!isMember(target)) refuse('ratify.bad-target.replace-key');
      if (!request.key || !/^[0-9a-f]{64}$/.test(request.key)) refuse('ratify.bad-key');
      break;
    case 'admit':
      if (!request.name?.trim() || !request.short?.trim()) refuse('ratify.bad-target.admit');
      if ([...parliament.organizations.values()].some((o) => o.short.toLowerCase() === request.short?.trim().toLowerCase()))
        refuse('org.duplicate-short.used', { short: request.short ?? '' });
      break;
    case 'rules':
      if (!request.settings) refuse('ratify.bad-settings.missing');
      changedSettings(parliament.settings, request.settings, new Date());
      break;
    case 'minutes': {
      const meeting = parliament.meetings.find((m) => m.id === target) ?? refuse('meeting.unknown.no-such');
      if (meeting.adjournedAt === '') refuse('meeting.not-adjourned');
      if (meeting.adoptedBy !== '') refuse('meeting.minutes-adopted.already');
      break;
    }
    case 'combine': {
      const flaw = combineProblem(request.combine, target, isMember);
      if (flaw) refuse(`ratify.bad-combine.${flaw}`);
      break;
    }
    case 'constitution':
      if (target !== CONSTITUTION) refuse('ratify.bad-target.whole');
      if (blocks.length === 0) refuse('ratify.bad-target.empty');
      break;
    default: {
      const block = blocks.find((b) => b.id === target) ?? refuse('ratify.bad-target.no-block');
      if (kind === 'article' && block.type !== 'article') refuse('ratify.bad-target.article');
      if ((kind === 'clause' || kind === 'amendment') && block.type === 'article') refuse('ratify.bad-target.clause-is-article');
      const standing = parliament.standings.get(target);
      const fixed = standing?.status === 'ratified' || standing?.status === 'agreed';
      if (kind === 'amendment') {
        if (!fixed) refuse('ratify.not-ratified');
        const newText = (request.newText ?? '').trim();
        if (newText === '') refuse('ratify.no-wording');
        if (newText === block.text) refuse('ratify.same-wording');
      } else if (fixed && kind === 'clause') {
        refuse('ratify.already-ratified');
      }
    }
  }
  if (parliament.settings.seriatim) checkSeriatimOrder(parliament, blocks, request);
  const open = parliament.motions.filter((m) => m.status === 'open');
  if (open.some((m) => m.target === target && m.kind === kind)) refuse('ratify.already-open');
  if (kind === 'rules' && open.length > 0) refuse('ratify.vote-open.rules', { length: open.length });
  if (kind !== 'rules' && open.some((m) => m.kind === 'rules')) refuse('ratify.vote-open.rules-open');
}

/** Seriatim: the preamble only after every other block is agreed; the whole text only after every block is. */
function checkSeriatimOrder(parliament: Parliament, blocks: readonly { id: string; type: string }[], request: MotionRequest): void {
  const agreed = (id: string): boolean => {
    const status = parliament.standings.get(id)?.status;
    return status === 'agreed' || status === 'ratified';
  };
  const target = blocks.find((b) => b.id === request.target);
  if (request.kind === 'clause' && target?.type === 'preamble' && !blocks.every((b) => b.type === 'preamble' || agreed(b.id))) {
    refuse('ratify.seriatim-order.preamble');
  }
  if (request.kind === 'constitution' && !blocks.every((b) => agreed(b.id))) {
    refuse('ratify.seriatim-order.whole');
  }
}

function subjectOf(parliament: Parliament, request: MotionRequest, now: Date): { target: string; subject: MotionSubject } {
  switch (request.kind) {
    case 'admit': {
      const org = newId('o_');
      return { target: org, subject: { ...NO_SUBJECT, org, name: (request.name ?? '').trim(), short: (request.short ?? '').trim() } };
    }
    case 'replace-key':
      return { target: request.target, subject: { ...NO_SUBJECT, org: request.target, key: request.key ?? '' } };
    case 'rules':
      return { target: 'rules', subject: { ...NO_SUBJECT, settings: changedSettings(parliament.settings, request.settings ?? {}, now) } };
    case 'remove':
      return { target: request.target, subject: { ...NO_SUBJECT, org: request.target } };
    default:
      return { target: request.target, subject: NO_SUBJECT };
  }
}

/** Open a motion, signed by `signer`. Returns its id. */
export async function openMotion(doc: Y.Doc, signer: Signer, request: MotionRequest, now: Date = new Date()): Promise<string> {
  const parliament = readParliament(doc, now);
  if (!parliament.founded) refuse('ratify.not-on-roster.empty');
  const speaker = speakerOf(parliament, signer);
  if (parliament.chair && parliament.chair.org !== speaker.org) refuse('ratify.not-chair.open');
  checkTarget(parliament, doc, request);
  const closesAt = request.closesAt ?? new Date(now.getTime() + parliament.settings.votingDays * DAY_MS);
  if (closesAt.getTime() <= now.getTime()) refuse('ratify.bad-deadline');
  const { target, subject } = subjectOf(parliament, request, now);
  const text = decidesText(request.kind) ? targetBlocks(readBlocks(doc), target) : [];
  const newText =
    request.kind === 'amendment'
      ? (request.newText ?? '').trim()
      : request.kind === 'minutes'
        ? (parliament.meetings.find((m) => m.id === target)?.minutes ?? '')
        : request.kind === 'combine' && request.combine
          ? combineText(request.combine)
          : '';
  const members = parliament.members.map((m) => m.org).sort();
  const seats: Record<string, string> = {};
  for (const org of members) {
    const seat = currentSeat(parliament.roster, org);
    if (seat !== '') seats[org] = seat;
  }
  const terms: MotionTerms = {
    kind: request.kind,
    target,
    digest: decidesText(request.kind) ? textDigest(text) : subjectDigest(request.kind, target, subject, newText),
    text,
    newText,
    subject,
    rule: ruleOf(parliament.settings, request.kind),
    weights: Object.fromEntries(Object.entries(parliament.settings.weights).filter(([org]) => members.includes(org))),
    members,
    seats,
    closesAt: closesAt.toISOString(),
  };
  const after = parliament.motions.filter((m) => isGovernance(m.kind) && m.closing !== '').map((m) => m.closing);
  return publish(doc, { kind: 'open', ...common(parliament, signer, now), founding: parliament.founding, seat: speaker.seat, after, terms }, signer);
}

function openMotionReport(parliament: Parliament, motionId: string): MotionReport {
  const motion = parliament.motions.find((m) => m.id === motionId) ?? refuse('ratify.unknown-motion.no-such');
  if (motion.status !== 'open') refuse(motion.status === 'void' ? 'ratify.closed.void' : 'ratify.closed.closed', { explanation: motion.explanation });
  return motion;
}

/** Cast (or change) this delegate's vote. */
export async function castVote(doc: Y.Doc, signer: Signer, motionId: string, choice: Choice, now: Date = new Date()): Promise<string> {
  const parliament = readParliament(doc, now);
  const speaker = speakerOf(parliament, signer);
  const motion = openMotionReport(parliament, motionId);
  if (now.toISOString() >= motion.closesAt) refuse('ratify.closed.deadline');
  if (!motion.members.includes(speaker.org)) refuse('ratify.not-member');
  const previous = motion.votes.filter((v) => v.org === speaker.org && v.standing !== 'rejected').at(-1);
  const mine = motion.votes.find((v) => v.org === speaker.org && v.standing === 'counted') ?? previous;
  return publish(
    doc,
    { kind: 'vote', ...common(parliament, signer, now), motion: motion.id, seat: speaker.seat, org: speaker.org, digest: motion.digest, choice, replaces: mine?.id ?? '' },
    signer,
  );
}

/**
 * Close a motion: the chair at any time; any member's delegate once every member has voted or the
 * deadline has passed. The closing counts exactly the votes this copy holds; a closing at the deadline
 * is dated at the deadline, so that two apps closing the same motion sign the same facts.
 */
export async function closeMotion(doc: Y.Doc, signer: Signer, motionId: string, now: Date = new Date(), present: readonly string[] = []): Promise<void> {
  const parliament = readParliament(doc, now);
  const speaker = speakerOf(parliament, signer);
  const motion = parliament.motions.find((m) => m.id === motionId) ?? refuse('ratify.unknown-motion.no-such');
  if (motion.closing !== '' || motion.status === 'invalid') refuse('ratify.closed.already', { explanation: motion.explanation });
  const isChair = parliament.chair?.org === speaker.org;
  if (!isChair && !motion.due) refuse('ratify.not-chair.close');
  const at =
    !isChair && now.toISOString() >= motion.closesAt && !motion.members.every((org) => motion.votes.some((v) => v.org === org && v.standing === 'counted'))
      ? new Date(motion.closesAt)
      : now;
  const votes = motion.votes.filter((v) => v.standing !== 'rejected').map((v) => v.id);
  const blocks = targetBlocks(readBlocks(doc), motion.target);
  const digest = decidesText(motion.kind) ? (blocks.length === 0 ? 'gone' : textDigest(blocks)) : motion.digest;
  const seen = [...new Set(present)].filter((org) => motion.members.includes(org)).sort();
  await publish(doc, { kind: 'close', ...common(parliament, signer, at), motion: motion.id, seat: speaker.seat, digest, votes, present: seen }, signer);
}

/** The clerk's work: close every motion that is due (deadline passed, everyone voted, or text changed at the deadline). Returns how many. */
export async function closeDueMotions(doc: Y.Doc, signer: Signer, now: Date = new Date(), present: readonly string[] = []): Promise<number> {
  const parliament = readParliament(doc, now);
  if (orgOfKey(parliament.roster, toHex(signer.publicKey)) === undefined) return 0;
  const due = parliament.motions.filter((m) => m.closing === '' && m.status !== 'invalid' && m.due && (m.status === 'open' || now.toISOString() >= m.closesAt));
  for (const motion of due) await closeMotion(doc, signer, motion.id, now, present);
  return due.length;
}

/** Withdraw `signer`'s organization from the coalition (its own delegate only). */
export async function withdrawOrganization(doc: Y.Doc, signer: Signer, org: string, now: Date = new Date()): Promise<void> {
  const parliament = readParliament(doc, now);
  const speaker = speakerOf(parliament, signer);
  if (speaker.org !== org) refuse('org.not-yours.withdraw');
  await publish(doc, { kind: 'withdraw', ...common(parliament, signer, now), founding: parliament.founding, seat: speaker.seat, org }, signer);
}

/** Change `signer`'s organization's name, short name and colour, and with `delegate` the delegate's own name (its own delegate only). */
export async function setProfile(doc: Y.Doc, signer: Signer, fields: { name: string; short: string; colour: string; delegate?: string }, now: Date = new Date()): Promise<void> {
  const parliament = readParliament(doc, now);
  const speaker = speakerOf(parliament, signer);
  const { delegate, ...profile } = fields;
  await publish(
    doc,
    { kind: 'profile', ...common(parliament, signer, now), founding: parliament.founding, seat: speaker.seat, org: speaker.org, ...profile, ...signedName(delegate ?? '') },
    signer,
  );
}

/** Sign the delegate's own name for `signer`'s seat, keeping the organization's name, short name and colour as they are. */
export async function signDelegateName(doc: Y.Doc, signer: Signer, delegate: string, now: Date = new Date()): Promise<void> {
  const parliament = readParliament(doc, now);
  const speaker = speakerOf(parliament, signer);
  if (delegate.trim() === '') refuse('roster.no-name');
  const known = parliament.organizations.get(speaker.org);
  const colour = known?.colour || findOrganization(doc, speaker.org)?.colour || '#888888';
  await setProfile(doc, signer, { name: known?.name ?? speaker.org, short: known?.short ?? speaker.org, colour, delegate }, now);
}

/**
 * Apply the wording of passed amendments that this delegate's organization moved and that are not in the
 * text yet (one replica applies each, so the new wording is written once). Returns how many were applied.
 */
export function applyPassedAmendments(doc: Y.Doc, org: string, now: Date = new Date()): number {
  const parliament = readParliament(doc, now);
  const due = parliament.motions.filter(
    (m) => m.kind === 'amendment' && m.status === 'passed' && !m.applied && m.openedBy === org && parliament.standings.get(m.target)?.motion === m.id,
  );
  for (const motion of due) editConstitution(doc, (editor) => withoutLocks(editor, () => setBlockText(editor, motion.target, motion.newText)));
  return due.length;
}

/**
 * Change the coalition's ratification settings while it is being set up (no key on the roster yet). Once
 * founded, the rules change only by a passed `rules` motion.
 */
export function changeSettings(doc: Y.Doc, change: Partial<Omit<RatificationSettings, 'changedAt'>>, now: Date = new Date()): RatificationSettings {
  if (readParliament(doc, now).founded) refuse('ratify.rules-by-motion');
  return writeSetupSettings(doc, change, now);
}

export interface MeetingRequest {
  /** When it starts. */
  date: Date;
  schedule: Schedule;
  /** The video call's https:// address, or "". */
  link: string;
}

/** Convene a meeting (the chair; while there is none, any member's delegate). Returns its id. */
export async function conveneMeeting(doc: Y.Doc, signer: Signer, request: MeetingRequest, now: Date = new Date()): Promise<string> {
  const parliament = readParliament(doc, now);
  if (!parliament.founded) refuse('ratify.not-on-roster.empty');
  const speaker = speakerOf(parliament, signer);
  if (parliament.chair && parliament.chair.org !== speaker.org) refuse('ratify.not-chair.convene');
  if (Number.isNaN(request.date.getTime())) refuse('meeting.bad-date');
  const link = request.link.trim();
  if (link !== '' && !/^https:\/\/\S+$/.test(link)) refuse('meeting.bad-link');
  return publish(
    doc,
    { kind: 'meeting', ...common(parliament, signer, now), founding: parliament.founding, seat: speaker.seat, date: request.date.toISOString(), schedule: request.schedule, link },
    signer,
  );
}

/** Answer a meeting's roll call for `signer`'s organization; does nothing when it already answered. */
export async function answerRollCall(doc: Y.Doc, signer: Signer, meetingId: string, now: Date = new Date()): Promise<void> {
  const parliament = readParliament(doc, now);
  const speaker = speakerOf(parliament, signer);
  const meeting = parliament.meetings.find((m) => m.id === meetingId) ?? refuse('meeting.unknown.no-such');
  if (meeting.attendance.some((a) => a.org === speaker.org)) return;
  if (meeting.adjournedAt !== '') refuse('meeting.adjourned');
  await publish(doc, { kind: 'attend', ...common(parliament, signer, now), meeting: meeting.id, seat: speaker.seat, org: speaker.org }, signer);
}

/** Adjourn a meeting with its minutes as its chair wrote them, or revise the minutes of an adjourned one (until adopted). */
export async function adjournMeeting(doc: Y.Doc, signer: Signer, meetingId: string, minutes: string, now: Date = new Date()): Promise<void> {
  const parliament = readParliament(doc, now);
  const speaker = speakerOf(parliament, signer);
  const meeting = parliament.meetings.find((m) => m.id === meetingId) ?? refuse('meeting.unknown.no-such');
  if (meeting.chair !== speaker.org && parliament.chair?.org !== speaker.org) refuse('ratify.not-chair.adjourn');
  if (meeting.adoptedBy !== '') refuse('meeting.minutes-adopted.final');
  if (parliament.motions.some((m) => m.kind === 'minutes' && m.target === meeting.id && m.status === 'open')) refuse('meeting.minutes-under-vote');
  if (now.toISOString() < meeting.date) refuse('meeting.not-started');
  await publish(doc, { kind: 'adjourn', ...common(parliament, signer, now), meeting: meeting.id, seat: speaker.seat, minutes }, signer);
}
