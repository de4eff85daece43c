/**
 * The signed ratification record: one JSON file that proves, to anyone, how the whole text was ratified —
 * without the workspace, the app or the server. It carries the final motion and its rule, the exact text
 * the motion bound to and that text's digest, the roster of delegate keys (with any weights), every
 * counted signed vote and the result. `verifyRatificationRecord` checks it alone: the digest against the
 * text, each signature against the roster key of its organization (the same signed statement a delegate's
 * app makes, src/ratify/signing.ts), one vote per organization, and the recount under the rule.
 */
import { z } from 'zod';
import { BLOCK_TYPES } from '../constitution/schema.ts';
import { textDigest } from '../ratify/digest.ts';
import type { MotionReport, Parliament } from '../ratify/parliament.ts';
import { currentKey } from '../ratify/roster.ts';
import { decide, type Outcome } from '../ratify/rules.ts';
import { isKeyHex, isSignatureHex, keyFingerprint, verifySignature, voteMessage } from '../ratify/signing.ts';

export const RECORD_FORMAT = 'concord-ratification-record';
export const RECORD_VERSION = 2;

const ruleSchema = z.object({
  base: z.enum(['cast', 'members']),
  threshold: z.enum(['majority', 'two-thirds', 'three-quarters', 'unanimity']),
  quorum: z.number().min(0).max(1),
  abstentions: z.enum(['excluded', 'counted']),
});

const keyHex = z.string().refine(isKeyHex, '32 bytes in lower-case hex');
const signatureHex = z.string().refine(isSignatureHex, '64 bytes in lower-case hex');

export const recordSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(RECORD_VERSION),
  coalition: z.object({ id: z.string(), name: z.string() }),
  motion: z.object({ id: z.string().min(1), target: z.literal('constitution'), rule: ruleSchema, openedAt: z.string(), closedAt: z.string() }),
  text: z.object({
    digest: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    blocks: z.array(z.object({ id: z.string(), type: z.enum(BLOCK_TYPES), text: z.string() })),
  }),
  roster: z.array(z.object({ org: z.string().min(1), name: z.string(), short: z.string(), weight: z.number().int().min(1), publicKey: keyHex.or(z.literal('')) })),
  votes: z.array(z.object({ org: z.string().min(1), choice: z.enum(['yes', 'no', 'abstain']), castAt: z.string(), signature: signatureHex })),
  result: z.object({
    yes: z.number().min(0),
    no: z.number().min(0),
    abstain: z.number().min(0),
    notVoted: z.number().int().min(0),
    outcome: z.enum(['adopted', 'rejected']),
    explanation: z.string(),
  }),
});
export type RatificationRecord = z.infer<typeof recordSchema>;
export type RecordResult = RatificationRecord['result'];

function resultOf(outcome: Outcome, members: number, voted: number): RecordResult {
  return { yes: outcome.yes, no: outcome.no, abstain: outcome.abstain, notVoted: members - voted, outcome: outcome.passed ? 'adopted' : 'rejected', explanation: outcome.explanation };
}

function recount(record: RatificationRecord, votes: RatificationRecord['votes']): RecordResult {
  const members = record.roster.map((r) => ({ org: r.org, weight: r.weight }));
  return resultOf(decide(record.motion.rule, members, votes), members.length, votes.length);
}

/**
 * The record of a motion on the whole text, from the parliament's tally: every member organization (with
 * its key, or "" when it never put one on the roster — it still counts among the members), and the counted
 * vote of each organization with its signature.
 */
export function ratificationRecord(parliament: Parliament, motion: MotionReport, names: ReadonlyMap<string, { name: string; short: string }>, coalitionName: string): RatificationRecord {
  const roster = parliament.members.map((member) => {
    const who = names.get(member.org);
    return { org: member.org, name: who?.name ?? member.org, short: who?.short ?? '', weight: motion.weights[member.org] ?? 1, publicKey: currentKey(parliament.roster, member.org) };
  });
  const votes = motion.votes.filter((v) => v.standing === 'counted').map((v) => ({ org: v.org, choice: v.choice, castAt: v.castAt, signature: v.signature }));
  const record: RatificationRecord = {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    coalition: { id: parliament.coalition, name: coalitionName },
    motion: { id: motion.id, target: 'constitution', rule: motion.rule, openedAt: motion.openedAt, closedAt: motion.closedAt },
    text: { digest: motion.digest, blocks: motion.text.map((b) => ({ id: b.id, type: b.type, text: b.text })) },
    roster,
    votes,
    result: { yes: 0, no: 0, abstain: 0, notVoted: 0, outcome: 'rejected', explanation: '' },
  };
  return { ...record, result: recount(record, votes) };
}

export interface RecordVerification {
  valid: boolean;
  /** What is wrong, in words, one line each; empty when valid. */
  problems: string[];
  /** The result recounted from the votes that verify. */
  recount: RecordResult | undefined;
}

/** Check a record on its own (parsed JSON of any shape). */
export function verifyRatificationRecord(value: unknown): RecordVerification {
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the record'}: ${issue.message}`);
    return { valid: false, problems, recount: undefined };
  }
  const record = parsed.data;
  const problems: string[] = [];
  const digest = textDigest(record.text.blocks);
  if (digest !== record.text.digest) problems.push(`The text does not match the digest the motion bound to (${record.text.digest}; the text gives ${digest}).`);
  const roster = new Map<string, RatificationRecord['roster'][number]>();
  for (const member of record.roster) {
    if (roster.has(member.org)) problems.push(`The roster lists ${member.name} (${member.org}) twice.`);
    roster.set(member.org, member);
  }
  const counted: RatificationRecord['votes'] = [];
  const voted = new Set<string>();
  for (const vote of record.votes) {
    const member = roster.get(vote.org);
    if (!member || member.publicKey === '') {
      problems.push(`A vote comes from ${member?.name ?? vote.org}, which has no key on the roster.`);
      continue;
    }
    if (voted.has(vote.org)) {
      problems.push(`${member.name} voted more than once.`);
      continue;
    }
    voted.add(vote.org);
    const message = voteMessage({ coalition: record.coalition.id, motion: record.motion.id, digest: record.text.digest, choice: vote.choice, castAt: vote.castAt });
    if (!verifySignature(vote.signature, message, member.publicKey)) {
      problems.push(`The signature on ${member.name}'s vote ("${vote.choice}") does not verify with its delegate key ${keyFingerprint(member.publicKey)}.`);
      continue;
    }
    counted.push(vote);
  }
  const result = recount(record, counted);
  for (const key of ['yes', 'no', 'abstain', 'notVoted', 'outcome'] as const) {
    if (result[key] !== record.result[key]) problems.push(`The record says ${key} = ${record.result[key]}, the signed votes give ${result[key]}.`);
  }
  return { valid: problems.length === 0, problems, recount: result };
}
