/**
 * How motions are kept in the workspace (the `motions` root): one Y.Map per motion holding its signed
 * terms, the opener's signature, a Y.Array of signed votes, the chair's signed closing (if closed early),
 * and two markers any replica may write: that the text changed while the vote was open (void), and that
 * a passed amendment's wording has been applied. Reading parses every part with a schema: whatever a
 * modified client wrote, the tally sees well-formed data or nothing.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { ruleSchema } from './settings.ts';
import { isKeyHex, isSignatureHex } from './signing.ts';

export const MOTION_KINDS = ['clause', 'article', 'constitution', 'amendment', 'chair'] as const;
export const CHOICES = ['yes', 'no', 'abstain'] as const;

const textBlockSchema = z.object({ id: z.string(), type: z.enum(['preamble', 'article', 'section', 'clause']), text: z.string() });

/** What the opener signs: everything the vote is about. */
export const termsSchema = z.object({
  kind: z.enum(MOTION_KINDS),
  /** A block id, or "constitution"; for a chair election, the candidate organization's id. */
  target: z.string().min(1),
  /** Digest of the text voted on (for a chair election, of the candidate's id). */
  digest: z.string().min(1),
  /** The text voted on, as it was when the motion opened. */
  text: z.array(textBlockSchema),
  /** An amendment's proposed wording; "" for other motions. */
  newText: z.string(),
  openedBy: z.string().min(1),
  openedAt: z.string().min(1),
  closesAt: z.string().min(1),
  /** The coalition's rule for this kind of motion and its weights when it opened: the vote is decided by them. */
  rule: ruleSchema,
  weights: z.record(z.string(), z.number()),
});
export type MotionTerms = z.infer<typeof termsSchema>;

const keyHex = z.string().refine(isKeyHex, 'a 32-byte key in hex');
const signatureHex = z.string().refine(isSignatureHex, 'a 64-byte signature in hex');

export const voteSchema = z.object({
  motion: z.string(),
  org: z.string(),
  choice: z.enum(CHOICES),
  digest: z.string(),
  castAt: z.string(),
  key: keyHex,
  signature: signatureHex,
});
export type SignedVote = z.infer<typeof voteSchema>;

export const closingSchema = z.object({ closedAt: z.string().min(1), key: keyHex, signature: signatureHex });
export type Closing = z.infer<typeof closingSchema>;

const markerSchema = z.object({ at: z.string(), by: z.string() });
export type Marker = z.infer<typeof markerSchema>;

export interface StoredMotion {
  id: string;
  /** The terms exactly as signed (canonical JSON), and parsed; undefined when damaged. */
  termsJson: string;
  terms: MotionTerms | undefined;
  key: string;
  signature: string;
  /** Raw vote entries; each is parsed on its own (a damaged one is reported, not dropped silently). */
  votes: unknown[];
  closing: Closing | undefined;
  voided: Marker | undefined;
  applied: Marker | undefined;
}

export function motionsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('motions');
}

function parseJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

function text(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key);
  return typeof value === 'string' ? value : '';
}

export function readStoredMotions(doc: Y.Doc): StoredMotion[] {
  const out: StoredMotion[] = [];
  for (const [id, map] of motionsMap(doc)) {
    if (!(map instanceof Y.Map)) continue;
    const termsJson = text(map, 'terms');
    const votes = map.get('votes');
    out.push({
      id,
      termsJson,
      terms: parsed(termsSchema, parseJson(termsJson)),
      key: text(map, 'key'),
      signature: text(map, 'signature'),
      votes: votes instanceof Y.Array ? votes.toArray() : [],
      closing: parsed(closingSchema, map.get('closing')),
      voided: parsed(markerSchema, map.get('voided')),
      applied: parsed(markerSchema, map.get('applied')),
    });
  }
  return out;
}

export function storeMotion(doc: Y.Doc, id: string, termsJson: string, key: string, signature: string): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('terms', termsJson);
    map.set('key', key);
    map.set('signature', signature);
    map.set('votes', new Y.Array<unknown>());
    motionsMap(doc).set(id, map);
  });
}

function motionMap(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const map = motionsMap(doc).get(id);
  return map instanceof Y.Map ? map : undefined;
}

export function storeVote(doc: Y.Doc, vote: SignedVote): void {
  const votes = motionMap(doc, vote.motion)?.get('votes');
  if (votes instanceof Y.Array) votes.push([{ ...vote }]);
}

export function storeMarker(doc: Y.Doc, id: string, name: 'voided' | 'applied' | 'closing', value: Marker | Closing): void {
  motionMap(doc, id)?.set(name, { ...value });
}

export function isMotionKind(value: unknown): value is (typeof MOTION_KINDS)[number] {
  return typeof value === 'string' && (MOTION_KINDS as readonly string[]).includes(value);
}
