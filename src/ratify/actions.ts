/**
 * What a delegate does in the parliament, each a signed statement added to the workspace: open a motion,
 * vote (and change the vote until it closes), close a motion (the chair). Each checks first and refuses
 * with a message a delegate understands, leaving the workspace as it was; the tally (parliament.ts) checks
 * again on every replica, so a modified client gains nothing by skipping these checks. Also the clerk's
 * work any app may do — marking void the votes whose text changed, applying a passed amendment's wording
 * (its mover's app) — and changing the coalition's rules when no vote is open.
 */
import type * as Y from 'yjs';
import { editConstitution, readBlocks } from '../constitution/document.ts';
import { setBlockText } from '../constitution/structure.ts';
import { withoutLocks } from './locks.ts';
import { newId } from '../ids.ts';
import { ConcordError } from '../workspace/errors.ts';
import { readMeta } from '../workspace/workspace.ts';
import { CONSTITUTION, targetBlocks, textDigest } from './digest.ts';
import { readStoredMotions, storeMarker, storeMotion, storeVote, type MotionTerms } from './motion-record.ts';
import { candidateDigest, readParliament, type MotionReport, type Parliament } from './parliament.ts';
import { orgOfKey } from './roster.ts';
import type { Choice, MotionKind } from './rules.ts';
import { writeSettings, type RatificationSettings } from './settings.ts';
import { closingMessage, openingMessage, signHex, toHex, voteMessage, type Signer } from './signing.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface MotionRequest {
  kind: MotionKind;
  /** A block id (clause, article or amendment), "constitution", or the candidate organization's id (chair). */
  target: string;
  /** An amendment's proposed wording. */
  newText?: string;
  /** When voting ends if the chair does not close it earlier; default: the coalition's voting period. */
  closesAt?: Date;
}

function refuse(message: string, code: string): never {
  throw new ConcordError(message, code);
}

/** The organization `signer` speaks for on the roster, or a refusal. */
function speakerOf(parliament: Parliament, signer: Signer): string {
  const org = orgOfKey(parliament.roster, toHex(signer.publicKey));
  return org ?? refuse('This computer’s key is not on the coalition’s roster, so it cannot open motions or vote. Join as your organization’s delegate first.', 'ratify.not-on-roster');
}

function checkTarget(parliament: Parliament, doc: Y.Doc, request: MotionRequest): void {
  const blocks = readBlocks(doc);
  const { kind, target } = request;
  if (kind === 'chair') {
    if (!parliament.members.some((m) => m.org === target)) refuse('The candidate for chair must be a member organization.', 'ratify.bad-candidate');
    return;
  }
  if (kind === 'constitution') {
    if (target !== CONSTITUTION) refuse('A motion on the whole constitution targets "constitution".', 'ratify.bad-target');
    if (blocks.length === 0) refuse('The constitution is empty.', 'ratify.bad-target');
  } else {
    const block = blocks.find((b) => b.id === target) ?? refuse('There is no such block in the constitution.', 'ratify.bad-target');
    if (kind === 'article' && block.type !== 'article') refuse('A motion to adopt an article must target an article heading.', 'ratify.bad-target');
    if ((kind === 'clause' || kind === 'amendment') && block.type === 'article') refuse('An article is adopted by a motion on the article.', 'ratify.bad-target');
    const standing = parliament.standings.get(target);
    const fixed = standing?.status === 'ratified' || standing?.status === 'agreed';
    if (kind === 'amendment') {
      if (!fixed) refuse('Only a ratified clause is amended; a draft clause is simply edited.', 'ratify.not-ratified');
      const newText = (request.newText ?? '').trim();
      if (newText === '') refuse('An amendment needs the new wording.', 'ratify.no-wording');
      if (newText === block.text) refuse('The new wording is the same as the ratified one.', 'ratify.same-wording');
    } else if (fixed && kind === 'clause') {
      refuse('This clause is already adopted; changing it takes an amendment.', 'ratify.already-ratified');
    }
  }
  if (parliament.settings.seriatim) checkSeriatimOrder(parliament, blocks, request);
  if (parliament.motions.some((m) => m.status === 'open' && m.target === target)) refuse('A vote on this is already open.', 'ratify.already-open');
}

/** Seriatim: the preamble only after every other block is agreed; the whole text only after every block is. */
function checkSeriatimOrder(parliament: Parliament, blocks: readonly { id: string; type: string }[], request: MotionRequest): void {
  const agreed = (id: string): boolean => {
    const status = parliament.standings.get(id)?.status;
    return status === 'agreed' || status === 'ratified';
  };
  const target = blocks.find((b) => b.id === request.target);
  if (request.kind === 'clause' && target?.type === 'preamble' && !blocks.every((b) => b.type === 'preamble' || agreed(b.id))) {
    refuse('Seriatim: the preamble is taken last, after every other part is agreed.', 'ratify.seriatim-order');
  }
  if (request.kind === 'constitution' && !blocks.every((b) => agreed(b.id))) {
    refuse('Seriatim: the whole text is put to the vote once every part has been agreed.', 'ratify.seriatim-order');
  }
}

/** Open a motion, signed by `signer`. Returns its id. */
export async function openMotion(doc: Y.Doc, signer: Signer, request: MotionRequest, now: Date = new Date()): Promise<string> {
  const parliament = readParliament(doc, now);
  const openedBy = speakerOf(parliament, signer);
  if (parliament.chair && parliament.chair.org !== openedBy) refuse('While the coalition has a chair, only the chair opens motions.', 'ratify.not-chair');
  checkTarget(parliament, doc, request);
  const closesAt = request.closesAt ?? new Date(now.getTime() + parliament.settings.votingDays * DAY_MS);
  if (closesAt.getTime() <= now.getTime()) refuse('The vote must close in the future.', 'ratify.bad-deadline');
  const text = request.kind === 'chair' ? [] : targetBlocks(readBlocks(doc), request.target);
  const terms: MotionTerms = {
    kind: request.kind,
    target: request.target,
    digest: request.kind === 'chair' ? candidateDigest(request.target) : textDigest(text),
    text,
    newText: request.kind === 'amendment' ? (request.newText ?? '').trim() : '',
    openedBy,
    openedAt: now.toISOString(),
    closesAt: closesAt.toISOString(),
    rule: parliament.settings.rules[request.kind],
    weights: parliament.settings.weights,
  };
  const id = newId('m_');
  const termsJson = JSON.stringify(terms);
  const signature = await signHex(signer, openingMessage(readMeta(doc).id, id, termsJson));
  storeMotion(doc, id, termsJson, toHex(signer.publicKey), signature);
  return id;
}

function openMotionReport(parliament: Parliament, motionId: string): MotionReport {
  const motion = parliament.motions.find((m) => m.id === motionId) ?? refuse('There is no such motion.', 'ratify.unknown-motion');
  if (motion.status !== 'open') refuse(`This motion is ${motion.status === 'void' ? 'void' : 'closed'}: ${motion.explanation}`, 'ratify.closed');
  return motion;
}

/** Cast (or change) this delegate's vote. */
export async function castVote(doc: Y.Doc, signer: Signer, motionId: string, choice: Choice, now: Date = new Date()): Promise<void> {
  const parliament = readParliament(doc, now);
  const org = speakerOf(parliament, signer);
  const motion = openMotionReport(parliament, motionId);
  const castAt = now.toISOString();
  const facts = { coalition: parliament.coalition, motion: motion.id, digest: motion.digest, choice, castAt };
  const signature = await signHex(signer, voteMessage(facts));
  storeVote(doc, { motion: motion.id, org, choice, digest: motion.digest, castAt, key: toHex(signer.publicKey), signature });
}

/** Close a motion before its deadline: the chair only. */
export async function closeMotion(doc: Y.Doc, signer: Signer, motionId: string, now: Date = new Date()): Promise<void> {
  const parliament = readParliament(doc, now);
  const org = speakerOf(parliament, signer);
  if (parliament.chair?.org !== org) refuse('Only the chair closes a vote early; without a chair, votes close at their deadline.', 'ratify.not-chair');
  openMotionReport(parliament, motionId);
  const closedAt = now.toISOString();
  const signature = await signHex(signer, closingMessage(parliament.coalition, motionId, closedAt));
  storeMarker(doc, motionId, 'closing', { closedAt, key: toHex(signer.publicKey), signature });
}

/** Mark for good the open motions whose text changed (any replica may; the first to see it does). Returns how many. */
export function markVoidMotions(doc: Y.Doc, by: string, now: Date = new Date()): number {
  const marked = new Set(readStoredMotions(doc).filter((m) => m.voided).map((m) => m.id));
  const toMark = readParliament(doc, now).motions.filter((m) => m.status === 'void' && !marked.has(m.id));
  doc.transact(() => {
    for (const motion of toMark) storeMarker(doc, motion.id, 'voided', { at: now.toISOString(), by });
  });
  return toMark.length;
}

/**
 * Apply the wording of passed amendments that this delegate's organization moved and that are not in the
 * text yet (one replica applies each, so the new wording is written once). Returns how many were applied.
 */
export function applyPassedAmendments(doc: Y.Doc, org: string, now: Date = new Date()): number {
  const due = readParliament(doc, now).motions.filter((m) => m.kind === 'amendment' && m.status === 'passed' && !m.applied && m.openedBy === org);
  for (const motion of due) {
    doc.transact(() => {
      editConstitution(doc, (editor) => withoutLocks(editor, () => setBlockText(editor, motion.target, motion.newText)));
      storeMarker(doc, motion.id, 'applied', { at: now.toISOString(), by: org });
    });
  }
  return due.length;
}

/** Change the coalition's ratification settings: refused while a vote is open, since it is decided by the rules it opened under. */
export function changeSettings(doc: Y.Doc, change: Partial<Omit<RatificationSettings, 'changedAt'>>, now: Date = new Date()): RatificationSettings {
  const open = readParliament(doc, now).motions.filter((m) => m.status === 'open');
  if (open.length > 0) refuse(`The rules cannot change while a vote is open (${open.length} open); change them once it closes.`, 'ratify.vote-open');
  return writeSettings(doc, change, now);
}
