/**
 * The signed ratification record: one JSON file that proves, to anyone, how the whole text was ratified —
 * without the workspace, the app or the server. It carries the final motion and its rule, the exact text the
 * motion bound to and that text's digest, the coalition's roster of delegate keys, every signed vote and
 * the result. `verifyRatificationRecord` checks it alone: the digest against the text, each signature
 * against the roster key of its organization, one vote per organization, the tally and the outcome.
 *
 * What is signed (DESIGN.md, Trust): the motion id, the digest of the text voted on and the choice, as
 * the UTF-8 bytes of `voteMessage`; raw ed25519 signatures (what WebCrypto's Ed25519 and the Electron
 * key store produce) by the 32-byte raw public key on the roster.
 */
import { verify as ed25519Verify, hashes as ed25519Hashes } from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { BLOCK_TYPES, type Block } from '../constitution/schema.ts';

export const RECORD_FORMAT = 'concord-ratification-record';
export const RECORD_VERSION = 1;

export const CHOICES = ['for', 'against', 'abstain'] as const;
export type Choice = (typeof CHOICES)[number];

/** How many must vote for: a majority, two-thirds, three-quarters or all — of the members, or of those voting for or against. */
export const ruleSchema = z.object({
  threshold: z.enum(['majority', 'two-thirds', 'three-quarters', 'unanimity']),
  of: z.enum(['members', 'voting']),
  /** How many organizations must take part (vote for, against or abstain) for the vote to count; 0 for none. */
  quorum: z.number().int().min(0),
});
export type Rule = z.infer<typeof ruleSchema>;

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `${bytes} bytes in lower-case hex`);

export const recordSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(RECORD_VERSION),
  coalition: z.object({ id: z.string(), name: z.string() }),
  motion: z.object({
    id: z.string().min(1),
    target: z.literal('constitution'),
    rule: ruleSchema,
    openedAt: z.string(),
    closedAt: z.string(),
  }),
  text: z.object({
    digest: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    blocks: z.array(z.object({ id: z.string(), type: z.enum(BLOCK_TYPES), text: z.string() })),
  }),
  roster: z.array(z.object({ org: z.string().min(1), name: z.string(), short: z.string(), publicKey: hex(32) })),
  votes: z.array(z.object({ org: z.string().min(1), choice: z.enum(CHOICES), castAt: z.string(), signature: hex(64) })),
  result: z.object({
    for: z.number().int().min(0),
    against: z.number().int().min(0),
    abstain: z.number().int().min(0),
    notVoted: z.number().int().min(0),
    outcome: z.enum(['adopted', 'rejected']),
  }),
});
export type RatificationRecord = z.infer<typeof recordSchema>;
export type RecordResult = RatificationRecord['result'];

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The digest a motion binds to: SHA-256 of the blocks' ids, types and texts in order (numbering is derived, so left out). */
export function textDigest(blocks: readonly Pick<Block, 'id' | 'type' | 'text'>[]): string {
  return `sha256:${bytesToHex(sha256(utf8(JSON.stringify(blocks.map((b) => [b.id, b.type, b.text])))))}`;
}

/** The bytes a delegate signs to cast `choice` on the motion `motionId` over the text with digest `digest`. */
export function voteMessage(motionId: string, digest: string, choice: Choice): Uint8Array {
  return utf8(`concord-vote/1\n${motionId}\n${digest}\n${choice}`);
}

/** A short fingerprint of a delegate's public key, for people to compare: "3f2a 91c0 7d4e 55b8". */
export function keyFingerprint(publicKey: Uint8Array): string {
  return (bytesToHex(sha256(publicKey).subarray(0, 8)).match(/.{4}/g) ?? []).join(' ');
}

/** Count the votes and apply the rule. */
export function tally(votes: readonly { choice: Choice }[], members: number, rule: Rule): RecordResult {
  const count = (choice: Choice): number => votes.filter((v) => v.choice === choice).length;
  const yes = count('for');
  const no = count('against');
  const abstain = count('abstain');
  const base = rule.of === 'members' ? members : yes + no;
  const quorate = yes + no + abstain >= rule.quorum;
  const enough =
    rule.threshold === 'majority' ? 2 * yes > base
    : rule.threshold === 'two-thirds' ? 3 * yes >= 2 * base
    : rule.threshold === 'three-quarters' ? 4 * yes >= 3 * base
    : yes === base;
  return { for: yes, against: no, abstain, notVoted: members - votes.length, outcome: quorate && base > 0 && yes > 0 && enough ? 'adopted' : 'rejected' };
}

export interface RecordInput {
  coalition: { id: string; name: string };
  motion: { id: string; rule: Rule; openedAt: string; closedAt: string };
  /** The exact text the motion bound to. */
  blocks: readonly Pick<Block, 'id' | 'type' | 'text'>[];
  roster: readonly { org: string; name: string; short: string; publicKey: Uint8Array }[];
  votes: readonly { org: string; choice: Choice; castAt: string; signature: Uint8Array }[];
}

/** Assemble the record of a final motion (the ratification core passes what it holds). */
export function ratificationRecord(input: RecordInput): RatificationRecord {
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    coalition: { ...input.coalition },
    motion: { ...input.motion, target: 'constitution' },
    text: { digest: textDigest(input.blocks), blocks: input.blocks.map((b) => ({ id: b.id, type: b.type, text: b.text })) },
    roster: input.roster.map((r) => ({ org: r.org, name: r.name, short: r.short, publicKey: bytesToHex(r.publicKey) })),
    votes: input.votes.map((v) => ({ org: v.org, choice: v.choice, castAt: v.castAt, signature: bytesToHex(v.signature) })),
    result: tally(input.votes, input.roster.length, input.motion.rule),
  };
}

export interface RecordVerification {
  valid: boolean;
  /** What is wrong, in words, one line each; empty when valid. */
  problems: string[];
  /** The result recounted from the votes that verify. */
  recount: RecordResult | undefined;
}

function verifySignature(signature: string, message: Uint8Array, publicKey: string): boolean {
  ed25519Hashes.sha512 ??= sha512;
  try {
    return ed25519Verify(hexToBytes(signature), message, hexToBytes(publicKey));
  } catch {
    return false;
  }
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
  const counted: { choice: Choice }[] = [];
  const voted = new Set<string>();
  for (const vote of record.votes) {
    const member = roster.get(vote.org);
    if (!member) {
      problems.push(`A vote comes from ${vote.org}, which is not on the roster.`);
      continue;
    }
    if (voted.has(vote.org)) {
      problems.push(`${member.name} voted more than once.`);
      continue;
    }
    voted.add(vote.org);
    if (!verifySignature(vote.signature, voteMessage(record.motion.id, record.text.digest, vote.choice), member.publicKey)) {
      problems.push(`The signature on ${member.name}'s vote ("${vote.choice}") does not verify with its delegate key ${keyFingerprint(hexToBytes(member.publicKey))}.`);
      continue;
    }
    counted.push(vote);
  }
  const recount = tally(counted, record.roster.length, record.motion.rule);
  for (const key of ['for', 'against', 'abstain', 'notVoted', 'outcome'] as const) {
    if (recount[key] !== record.result[key]) problems.push(`The record says ${key} = ${record.result[key]}, the signed votes give ${recount[key]}.`);
  }
  return { valid: problems.length === 0, problems, recount };
}
