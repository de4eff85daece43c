/** Shared helpers of the ratification tests: a coalition with member organizations, their delegates' keys on the roster, and a clock. */
import { getPublicKeyAsync, signAsync, utils } from '@noble/ed25519';
import type * as Y from 'yjs';
import { castVote, openMotion } from '../../src/ratify/actions.ts';
import { bindKey } from '../../src/ratify/roster.ts';
import type { Choice } from '../../src/ratify/rules.ts';
import type { Signer } from '../../src/ratify/signing.ts';
import { addOrganization, listOrganizations } from '../../src/workspace/workspace.ts';
import { workspaceWith } from './core-helpers.ts';

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

/** A coalition of `n` organizations (short names O1…On) with the text above, every delegate key bound at minute 0. */
export async function coalition(n = 3, spec: readonly string[] = TEXT): Promise<Coalition> {
  const doc = workspaceWith(spec);
  const orgs: string[] = [];
  const keys: Signer[] = [];
  for (let i = 1; i <= n; i += 1) {
    const org = addOrganization(doc, { name: `Organization ${i}`, short: `O${i}` });
    const key = await testSigner();
    await bindKey(doc, org.id, key, at(0));
    orgs.push(org.id);
    keys.push(key);
  }
  return { doc, orgs, keys };
}

export function key(c: Coalition, i: number): Signer {
  const found = c.keys[i];
  if (!found) throw new Error(`no key ${i}`);
  return found;
}

/**
 * Ratify a workspace's whole text for real: a key for every member organization on the roster, a motion on
 * the whole constitution opened at minute 1, every delegate voting `choices[i]` (yes by default), closing at
 * minute 60. Returns the keys and the motion id; the tally at or after `at(60)` shows the result.
 */
export async function ratifyWhole(doc: Y.Doc, choices: readonly Choice[] = []): Promise<{ keys: Signer[]; motion: string }> {
  const orgs = listOrganizations(doc);
  const keys: Signer[] = [];
  for (const org of orgs) {
    const signer = await testSigner();
    await bindKey(doc, org.id, signer, at(0));
    keys.push(signer);
  }
  const [first] = keys;
  if (!first) throw new Error('no organizations');
  const motion = await openMotion(doc, first, { kind: 'constitution', target: 'constitution', closesAt: at(60) }, at(1));
  for (const [i, signer] of keys.entries()) await castVote(doc, signer, motion, choices[i] ?? 'yes', at(2 + i / 100));
  return { keys, motion };
}
