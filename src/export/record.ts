/**
 * The signed ratification record: one JSON file that proves, to anyone, how the whole text was ratified —
 * without the workspace, the app or the server. It carries the signed statements the result follows
 * from: the coalition's founding, every key binding and hand-over, every governance motion (chair,
 * membership, keys, rules) with its votes and closing, and the final motion's opening, votes and closing.
 * `verifyRatificationRecord` folds those statements exactly as a delegate's app does (src/ratify/), checks
 * every signature, recomputes the result and its explanation, checks the votes' dates against the opening
 * and the closing, and lists each organization's key fingerprint for comparison out of band — the one
 * thing a record cannot prove on its own is that its keys are the delegates' real ones.
 */
import * as z from 'zod';
import { BLOCK_TYPES } from '../constitution/schema.ts';
import { textDigest } from '../ratify/digest.ts';
import { currentKey, isGovernance, readParliament, type MotionReport, type Parliament } from '../ratify/parliament.ts';
import { i18n } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import { wordReason } from '../ratify/reason.ts';
import { explainMotion } from '../ratify/rules.ts';
import { keyFingerprint } from '../ratify/signing.ts';
import { parseStatement, storedForm } from '../ratify/statement.ts';
import { appendStatements } from '../ratify/statement-log.ts';
import { newWorkspaceDoc } from '../workspace/doc.ts';
import { metaMap } from '../workspace/workspace.ts';

export const RECORD_FORMAT = 'concord-ratification-record';
export const RECORD_VERSION = 3;

const resultSchema = z.object({
  yes: z.number().min(0),
  no: z.number().min(0),
  abstain: z.number().min(0),
  notVoted: z.number().int().min(0),
  outcome: z.enum(['adopted', 'rejected']),
  explanation: z.string(),
});

export const recordSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(RECORD_VERSION),
  coalition: z.object({ id: z.string().min(1), name: z.string() }),
  /** The final motion: its opening statement's id. */
  motion: z.string().regex(/^[0-9a-f]{64}$/),
  /** The text ratified, as the opening signed it. */
  text: z.object({ digest: z.string(), blocks: z.array(z.object({ id: z.string(), type: z.enum(BLOCK_TYPES), text: z.string() })) }),
  /** Every member the motion was decided among, as the statements name it, with its key's fingerprint. */
  members: z.array(z.object({ org: z.string(), name: z.string(), short: z.string(), fingerprint: z.string() })),
  result: resultSchema,
  /** The signed statements, as stored in the workspace. */
  statements: z.array(z.string()).max(200_000),
});
export type RatificationRecord = z.infer<typeof recordSchema>;
export type RecordResult = RatificationRecord['result'];

function resultOf(motion: MotionReport): RecordResult {
  const outcome = motion.outcome;
  const voted = motion.votes.filter((v) => v.standing === 'counted').length;
  return {
    yes: outcome?.yes ?? 0,
    no: outcome?.no ?? 0,
    abstain: outcome?.abstain ?? 0,
    notVoted: motion.members.length - voted,
    outcome: motion.status === 'passed' ? 'adopted' : 'rejected',
    explanation: motion.explanation,
  };
}

/** The statements a motion's result depends on: the founding, the roster, governance, and the motion itself. */
function dependedOn(parliament: Parliament, motion: MotionReport): string[] {
  const out: string[] = [];
  const governance = new Set(parliament.motions.filter((m) => isGovernance(m.kind) || m.id === motion.id).map((m) => m.id));
  for (const statement of parliament.statements.values()) {
    const body = statement.body;
    const keep =
      body.kind === 'found' ||
      body.kind === 'bind' ||
      body.kind === 'withdraw' ||
      body.kind === 'profile' ||
      (body.kind === 'open' && governance.has(statement.id)) ||
      ((body.kind === 'vote' || body.kind === 'close') && governance.has(body.motion));
    if (keep) out.push(storedForm(statement));
  }
  return out.sort();
}

function membersOf(parliament: Parliament, motion: MotionReport): RatificationRecord['members'] {
  return motion.members.map((org) => {
    const known = parliament.organizations.get(org);
    const vote = motion.votes.find((v) => v.org === org && v.standing === 'counted');
    const key = vote?.key ?? currentKey(parliament.roster, org);
    return { org, name: known?.name ?? org, short: known?.short ?? '', fingerprint: key ? keyFingerprint(key) : '' };
  });
}

/** The record of a decided motion on the whole text, from the parliament's fold. */
export function ratificationRecord(parliament: Parliament, motion: MotionReport, coalitionName: string): RatificationRecord {
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    coalition: { id: parliament.coalition, name: coalitionName },
    motion: motion.id,
    text: { digest: motion.digest, blocks: motion.text.map((b) => ({ id: b.id, type: b.type, text: b.text })) },
    members: membersOf(parliament, motion),
    result: resultOf(motion),
    statements: dependedOn(parliament, motion),
  };
}

export interface RecordVerification {
  valid: boolean;
  /** What is wrong, in words, one line each; empty when valid. */
  problems: string[];
  /** The result recomputed from the signed statements. */
  recount: RecordResult | undefined;
  /** Each member organization and the fingerprint of the key its vote (or seat) was signed with, to compare out of band. */
  fingerprints: RatificationRecord['members'];
}

function parliamentOf(record: RatificationRecord): Parliament {
  const doc = newWorkspaceDoc();
  metaMap(doc).set('id', record.coalition.id);
  appendStatements(doc, record.statements);
  return readParliament(doc, new Date(8.64e15));
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Check a record on its own (parsed JSON of any shape); what is wrong is said in `language`. */
export function verifyRatificationRecord(value: unknown, language: Language = 'en'): RecordVerification {
  const t = i18n.getFixedT(language, 'record');
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => t('verify.shape', { path: issue.path.join('.') || t('verify.theRecord'), issue: issue.message }));
    return { valid: false, problems, recount: undefined, fingerprints: [] };
  }
  const record = parsed.data;
  const problems: string[] = [];
  const malformed = record.statements.filter((s) => !parseStatement(s)).length;
  if (malformed > 0) problems.push(t('verify.malformed', { number: malformed }));
  const parliament = parliamentOf(record);
  const words = i18n.getFixedT(language, 'core');
  for (const problem of parliament.problems)
    problems.push(t('verify.statement', { statement: problem.statement.slice(0, 12) || '?', kind: problem.kind, problem: wordReason(problem.cause, words) }));
  const motion = parliament.motions.find((m) => m.id === record.motion);
  if (!parliament.founded) problems.push(t('verify.noFounding'));
  if (!motion) {
    problems.push(t('verify.noMotion'));
    return { valid: false, problems, recount: undefined, fingerprints: record.members };
  }
  if (motion.kind !== 'constitution') problems.push(t('verify.notWhole'));
  if (motion.status !== 'passed' && motion.status !== 'failed') problems.push(t('verify.undecided', { explanation: explainMotion(motion, words) }));
  if (textDigest(record.text.blocks) !== record.text.digest || record.text.digest !== motion.digest || !sameJson(record.text.blocks, motion.text)) {
    problems.push(t('verify.otherText'));
  }
  for (const vote of motion.votes.filter((v) => v.standing === 'counted')) {
    const org = parliament.organizations.get(vote.org)?.name ?? vote.org;
    if (vote.castAt < motion.openedAt) problems.push(t('verify.voteBeforeOpening', { org, castAt: vote.castAt, openedAt: motion.openedAt }));
    if (motion.closedAt !== '' && vote.castAt > motion.closedAt) problems.push(t('verify.voteAfterClosing', { org, castAt: vote.castAt, closedAt: motion.closedAt }));
  }
  const recount = resultOf(motion);
  for (const key of ['yes', 'no', 'abstain', 'notVoted', 'outcome', 'explanation'] as const) {
    if (recount[key] !== record.result[key])
      problems.push(t('verify.result', { field: key, recorded: JSON.stringify(record.result[key]), recounted: JSON.stringify(recount[key]) }));
  }
  const fingerprints = membersOf(parliament, motion);
  if (!sameJson(fingerprints, record.members)) problems.push(t('verify.members'));
  return { valid: problems.length === 0, problems, recount, fingerprints };
}
