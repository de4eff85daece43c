/**
 * Signed statements: every fact that decides the parliament's outcomes — founding the coalition, binding
 * or handing over a delegate key, opening a motion, voting, closing, withdrawing, an organization's own
 * name — is one statement, signed by the key entitled to make it. A statement is a canonical JSON body
 * (sorted keys, no spaces) prefixed by a version line; its id is the SHA-256 of those bytes, so a
 * statement that names another by id (a vote its motion, a closing the votes it counts, a binding the
 * binding it replaces) commits to it exactly. Stored as one JSON string: { body, signature, proof }.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import * as z from 'zod';
import { BLOCK_TYPES } from '../constitution/schema.ts';
import { ConcordError } from '../workspace/errors.ts';
import { MOTION_KINDS } from './rules.ts';
import { ruleSchema, settingsSchema } from './settings.ts';
import { isKeyHex, isSignatureHex, signHex, toHex, verifySignature, type Signer, type SignedBytes } from './signing.ts';

const STATEMENT_VERSION = 'concord-statement/1';

const keyHex = z.string().refine(isKeyHex, 'a 32-byte key in hex');
const ref = z.string().regex(/^[0-9a-f]{64}$/, 'a statement id');
const optionalRef = ref.or(z.literal(''));
const name = z.string().min(1).max(200);

const common = { coalition: z.string().min(1), by: keyHex, at: z.string().min(1).max(40) };

/** A delegate's own name, optional on the statements a seat signs (absent on statements made before names were signed). */
const delegate = name.optional();

const memberSchema = z.object({ org: z.string().min(1).max(80), name, short: z.string().min(1).max(16) });

/** The founding: the members and rules at the end of setting up, signed by the first delegate key (its own seat). */
const foundSchema = z.object({ kind: z.literal('found'), ...common, org: z.string().min(1), members: z.array(memberSchema).min(1).max(500), settings: settingsSchema, delegate });

/**
 * A seat's key: a member's first key (previous "", signed by the key itself), a hand-over (signed by the
 * key of `previous`, with the new key's proof), or a replacement a passed `replace-key` motion allowed
 * (`motion`, signed by the new key). `delegate`: the name of the person the new key speaks for.
 */
const bindSchema = z.object({ kind: z.literal('bind'), ...common, founding: ref, org: z.string().min(1), key: keyHex, previous: optionalRef, motion: optionalRef, delegate });

/** A block of the text a motion is on; a sub-clause carries its depth (1 or 2), which its digest covers. */
const textBlockSchema = z.object({ id: z.string().max(200), type: z.enum(BLOCK_TYPES), text: z.string(), depth: z.union([z.literal(1), z.literal(2)]).optional() });

/** What a motion decides besides text: the member to admit or remove, the key to put in place, the new rules. */
const subjectSchema = z.object({
  org: z.string().max(80),
  name: z.string().max(200),
  short: z.string().max(16),
  key: keyHex.or(z.literal('')),
  settings: settingsSchema.nullable(),
});
export type MotionSubject = z.infer<typeof subjectSchema>;

const termsSchema = z.object({
  kind: z.enum(MOTION_KINDS),
  /** A block id, "constitution", an organization id (chair, admit, remove, replace-key), "rules" or a meeting's id (minutes). */
  target: z.string().min(1).max(200),
  /** Digest of the text voted on (for other motions, of what they decide). */
  digest: z.string().min(1),
  /** The text voted on, as it was when the motion opened. */
  text: z.array(textBlockSchema),
  /** An amendment's proposed wording, the minutes a `minutes` motion adopts; "" for other motions. */
  newText: z.string(),
  subject: subjectSchema,
  /** The rule and weights the vote is decided by: the coalition's when it opened. */
  rule: ruleSchema,
  weights: z.record(z.string(), z.number().int().min(1).max(1000)),
  /** The member organizations when it opened — the only ones whose votes count — and each one's seat then. */
  members: z.array(z.string().min(1)).min(1).max(500),
  seats: z.record(z.string(), ref),
  closesAt: z.string().min(1).max(40),
});
export type MotionTerms = z.infer<typeof termsSchema>;

/** Opening a motion, signed from the opener's seat; `after` names the governance statements it builds on. */
const openSchema = z.object({ kind: z.literal('open'), ...common, founding: ref, seat: ref, after: z.array(ref).max(1000), terms: termsSchema });

/** A vote, from the voter's seat; `replaces` names the same organization's earlier vote on the motion. */
const voteSchema = z.object({
  kind: z.literal('vote'),
  ...common,
  motion: ref,
  seat: ref,
  org: z.string().min(1),
  digest: z.string().min(1),
  choice: z.enum(['yes', 'no', 'abstain']),
  replaces: optionalRef,
});

/**
 * Closing a motion: the digest of its text at the close, exactly the votes counted, and the member
 * organizations whose delegates the closer's app saw connected then (absent from closings made before
 * attendance was recorded).
 */
const closeSchema = z.object({
  kind: z.literal('close'),
  ...common,
  motion: ref,
  seat: ref,
  digest: z.string().min(1),
  votes: z.array(ref).max(1000),
  present: z.array(z.string().min(1).max(80)).max(500).optional(),
});

/** A video-call address: https only (or none), so a hostile peer cannot plant a `javascript:` link. */
const linkSchema = z
  .string()
  .max(500)
  .regex(/^(https:\/\/\S+)?$/, 'an https:// address');

/** How often the parliament meets. */
export const SCHEDULES = ['weekly', 'monthly'] as const;
export type Schedule = (typeof SCHEDULES)[number];

/**
 * A meeting, convened by the chair (or, while there is none, by any member's delegate): when it starts,
 * how often the parliament meets, and the video call's address. Its id names the meeting.
 */
const meetingSchema = z.object({ kind: z.literal('meeting'), ...common, founding: ref, seat: ref, date: z.string().min(1).max(40), schedule: z.enum(SCHEDULES), link: linkSchema });

/** A delegate answering the roll call: present for their organization at a meeting, signed from its seat. */
const attendSchema = z.object({ kind: z.literal('attend'), ...common, meeting: ref, seat: ref, org: z.string().min(1).max(80) });

/** A meeting adjourned by its chair, with its minutes as the chair wrote them (Markdown); a later one revises them. */
const adjournSchema = z.object({ kind: z.literal('adjourn'), ...common, meeting: ref, seat: ref, minutes: z.string().max(200_000) });

/** An organization leaving the coalition, signed by its own delegate. */
const withdrawSchema = z.object({ kind: z.literal('withdraw'), ...common, founding: ref, seat: ref, org: z.string().min(1) });

/** An organization's name, short name and colour, set by its own delegate, and (when given) the delegate's own name. */
const profileSchema = z.object({
  kind: z.literal('profile'),
  ...common,
  founding: ref,
  seat: ref,
  org: z.string().min(1),
  name,
  short: z.string().min(1).max(16),
  colour: z.string().regex(/^#[0-9a-f]{6}$/),
  delegate,
});

const bodySchema = z.discriminatedUnion('kind', [
  foundSchema,
  bindSchema,
  openSchema,
  voteSchema,
  closeSchema,
  withdrawSchema,
  profileSchema,
  meetingSchema,
  attendSchema,
  adjournSchema,
]);
export type Body = z.infer<typeof bodySchema>;
type BodyOf<K extends Body['kind']> = Extract<Body, { kind: K }>;

/** Every kind of statement, once (the record names each to people). */
const STATEMENT_KINDS: Readonly<Record<Body['kind'], true>> = {
  found: true,
  bind: true,
  open: true,
  vote: true,
  close: true,
  withdraw: true,
  profile: true,
  meeting: true,
  attend: true,
  adjourn: true,
};

/** Whether `kind` is the kind of a statement. */
export function isStatementKind(kind: string): kind is Body['kind'] {
  return Object.hasOwn(STATEMENT_KINDS, kind);
}
export type Bind = BodyOf<'bind'>;
export type Open = BodyOf<'open'>;
export type Vote = BodyOf<'vote'>;
export type Close = BodyOf<'close'>;
export type Withdraw = BodyOf<'withdraw'>;
export type Profile = BodyOf<'profile'>;
export type Meeting = BodyOf<'meeting'>;
export type Attend = BodyOf<'attend'>;
export type Adjourn = BodyOf<'adjourn'>;

/** A statement read back: its id, its body, and what signs it. */
export interface Statement<B extends Body = Body> {
  id: string;
  body: B;
  /** The canonical body exactly as signed. */
  canonical: string;
  signature: string;
  /** A hand-over's second signature, by the new key; "" otherwise. */
  proof: string;
}

/** JSON with keys sorted at every level and no spaces: one text for one value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The exact bytes a statement's signatures cover. */
export function statementBytes(canonical: string): Uint8Array {
  return new TextEncoder().encode(`${STATEMENT_VERSION}\n${canonical}`);
}

function statementId(canonical: string): string {
  return bytesToHex(sha256(statementBytes(canonical)));
}

const envelopeSchema = z.object({ body: z.string().max(2_000_000), signature: z.string(), proof: z.string().optional() });

/** Parse a stored statement (any value): undefined unless it is well formed and canonical. Signatures are not checked here. */
export function parseStatement(raw: unknown): Statement | undefined {
  if (typeof raw !== 'string' || raw.length > 2_100_000) return undefined;
  let envelope: unknown;
  let body: unknown;
  try {
    envelope = JSON.parse(raw);
    const parsedEnvelope = envelopeSchema.safeParse(envelope);
    if (!parsedEnvelope.success) return undefined;
    body = JSON.parse(parsedEnvelope.data.body);
    const parsedBody = bodySchema.safeParse(body);
    if (!parsedBody.success || canonicalJson(body) !== parsedEnvelope.data.body) return undefined;
    if (!isSignatureHex(parsedEnvelope.data.signature)) return undefined;
    const proof = parsedEnvelope.data.proof ?? '';
    if (proof !== '' && !isSignatureHex(proof)) return undefined;
    const canonical = parsedEnvelope.data.body;
    return { id: statementId(canonical), body: parsedBody.data, canonical, signature: parsedEnvelope.data.signature, proof };
  } catch {
    return undefined;
  }
}

/** The signatures a statement needs: its author's, and for a hand-over the new key's proof. */
export function statementSignatures(statement: Statement): SignedBytes[] {
  const message = statementBytes(statement.canonical);
  const out: SignedBytes[] = [{ signature: statement.signature, message, publicKey: statement.body.by }];
  if (statement.body.kind === 'bind' && statement.body.key !== statement.body.by) out.push({ signature: statement.proof, message, publicKey: statement.body.key });
  return out;
}

/** Whether every signature the statement needs verifies (strict RFC 8032). */
export function statementVerifies(statement: Statement): boolean {
  return statementSignatures(statement).every((s) => verifySignature(s.signature, s.message, s.publicKey));
}

/** Sign a body with `signer` (its `by`), and with `proof` too when a hand-over needs the new key's signature. */
export async function signStatement(body: Body, signer: Signer, proof?: Signer): Promise<{ statement: Statement; stored: string }> {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) throw new ConcordError('ratify.bad-statement.invalid', { issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  const checked = parsed.data;
  if (checked.by !== toHex(signer.publicKey)) throw new ConcordError('ratify.bad-statement.other-key');
  const canonical = canonicalJson(checked);
  const message = statementBytes(canonical);
  const signature = await signHex(signer, message);
  const proofSignature = proof ? await signHex(proof, message) : '';
  const stored = JSON.stringify(proofSignature === '' ? { body: canonical, signature } : { body: canonical, signature, proof: proofSignature });
  return { statement: { id: statementId(canonical), body: checked, canonical, signature, proof: proofSignature }, stored };
}

/** A statement as stored: the string a replica keeps. */
export function storedForm(statement: Statement): string {
  return JSON.stringify(
    statement.proof === '' ? { body: statement.canonical, signature: statement.signature } : { body: statement.canonical, signature: statement.signature, proof: statement.proof },
  );
}

/**
 * What a signing request says, for a key store that must not sign blindly (the desktop app's main
 * process): the parsed body when `message` is exactly a well-formed statement, else undefined.
 */
export function readSigningRequest(message: Uint8Array): Body | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(message);
  } catch {
    return undefined;
  }
  const prefix = `${STATEMENT_VERSION}\n`;
  if (!text.startsWith(prefix)) return undefined;
  const canonical = text.slice(prefix.length);
  try {
    const body: unknown = JSON.parse(canonical);
    const parsed = bodySchema.safeParse(body);
    return parsed.success && canonicalJson(body) === canonical ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
