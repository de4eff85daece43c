/** Shared helpers of the ratification tests: a coalition with member organizations, their delegates' keys on the roster, and a clock. */
import { getPublicKeyAsync, signAsync, utils } from '@noble/ed25519';
import type * as Y from 'yjs';
import { bindKey, castVote, closeMotion, openMotion } from '../../src/ratify/actions.ts';
import type { Choice } from '../../src/ratify/rules.ts';
import type { Signer } from '../../src/ratify/signing.ts';
import { addOrganization, listOrganizations } from '../../src/workspace/workspace.ts';
import { workspaceWith } from './core-helpers.ts';

/** Close a motion at `now` with the first delegate's key (a deadline closing, or the chair's). */
export async function settle(c: { doc: Y.Doc; keys: Signer[] }, motion: string, now: Date): Promise<void> {
  const [first] = c.keys;
  if (!first) throw new Error('no key');
  await closeMotion(c.doc, first, motion, now);
}

export async function testSigner(): Promise<Signer> {
  const secret = utils.randomSecretKey();
  const publicKey = await getPublicKeyAsync(secret);
  return { publicKey, sign: (message) => signAsync(message, secret) };
}

const T0 = Date.parse('2026-12-01T10:00:00.000Z');

/** A moment `minutes` after the tests' start of time. */
export function at(minutes: number): Date {
  return new Date(T0 + minutes * 60_000);
}

export interface Coalition {
  doc: Y.Doc;
  /** Organization ids, O1… in order. */
  orgs: string[];
  /** Each organization's delegate key, on the roster. */
  keys: Signer[];
}

export const TEXT = [
  'preamble:We, the member organizations, adopt this constitution.',
  'article:Membership',
  'clause:Any organization that accepts these principles may join.',
  'clause:Each member organization sends one delegate.',
  'article:Decisions',
  'clause:Decisions are taken by the parliament of delegates.',
];

/** Put a new delegate key on the roster for each of `orgs` (ids), at minute 0: the keys, in the same order. */
export async function enrol(doc: Y.Doc, orgs: readonly string[]): Promise<Signer[]> {
  const keys: Signer[] = [];
  for (const org of orgs) {
    const signer = await testSigner();
    await bindKey(doc, org, signer, at(0));
    keys.push(signer);
  }
  return keys;
}

/** A coalition of `n` organizations (short names O1…On) with the text above, every delegate key bound at minute 0. */
export async function coalition(n = 3, spec: readonly string[] = TEXT): Promise<Coalition> {
  const doc = workspaceWith(spec);
  const orgs = Array.from({ length: n }, (_, i) => addOrganization(doc, { name: `Organization ${i + 1}`, short: `O${i + 1}` }).id);
  return { doc, orgs, keys: await enrol(doc, orgs) };
}

export function key(c: Coalition, i: number): Signer {
  const found = c.keys[i];
  if (!found) throw new Error(`no key ${i}`);
  return found;
}

export interface WholeVote {
  /** Each organization's choice, in the order of listOrganizations; null: it does not vote. Default: all yes. */
  choices?: readonly (Choice | null)[];
  /** When the vote closes; default minute 60. */
  closesAt?: Date;
}

/**
 * Ratify a workspace's whole text for real: a key for every member organization on the roster, a motion on
 * the whole constitution opened at minute 1, every delegate voting their choice just after, and the vote
 * closed at its deadline. Returns the keys and the motion id.
 */
export async function ratifyWhole(doc: Y.Doc, { choices, closesAt = at(60) }: WholeVote = {}): Promise<{ keys: Signer[]; motion: string }> {
  const keys = await enrol(
    doc,
    listOrganizations(doc).map((o) => o.id),
  );
  const [first] = keys;
  if (!first) throw new Error('no organizations');
  const motion = await openMotion(doc, first, { kind: 'constitution', target: 'constitution', closesAt }, at(1));
  for (const [i, signer] of keys.entries()) {
    const choice = choices === undefined ? 'yes' : choices[i];
    if (choice) await castVote(doc, signer, motion, choice, at(2 + i / 100));
  }
  await closeMotion(doc, first, motion, closesAt);
  return { keys, motion };
}
