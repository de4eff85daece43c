/**
 * Signatures in the parliament: what a delegate's key signs, and how any replica checks it. Every signed
 * statement is a short UTF-8 text that names its kind, the coalition and every fact it commits to, so a
 * signature cannot be moved from one coalition, motion, text or choice to another. Keys are raw 32-byte
 * ed25519 public keys (what WebCrypto's Ed25519 and the desktop key store produce), written in hex.
 */
import { verify as ed25519Verify, hashes as ed25519Hashes } from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { Choice } from './rules.ts';

/** A delegate's key as the core sees it: the platform keeps the private half and only signs. */
export interface Signer {
  /** The raw 32-byte ed25519 public key. */
  publicKey: Uint8Array;
  sign(message: Uint8Array): Promise<Uint8Array>;
}

const HEX_KEY = /^[0-9a-f]{64}$/;
const HEX_SIGNATURE = /^[0-9a-f]{128}$/;

export const toHex = bytesToHex;

export function isKeyHex(value: unknown): value is string {
  return typeof value === 'string' && HEX_KEY.test(value);
}

export function isSignatureHex(value: unknown): value is string {
  return typeof value === 'string' && HEX_SIGNATURE.test(value);
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Lines joined with newlines; no field may contain a newline, so the text reads back unambiguously. */
function statement(kind: string, fields: readonly string[]): Uint8Array {
  return utf8([kind, ...fields.map((field) => field.replace(/[\r\n]/g, ' '))].join('\n'));
}

export interface VoteFacts {
  coalition: string;
  motion: string;
  digest: string;
  choice: Choice;
  castAt: string;
}

/** What a delegate signs to vote: the coalition, the motion, the digest of the text voted on, the choice, and when. */
export function voteMessage(vote: VoteFacts): Uint8Array {
  return statement('concord-vote/2', [vote.coalition, vote.motion, vote.digest, vote.choice, vote.castAt]);
}

export interface BindingFacts {
  coalition: string;
  org: string;
  key: string;
  /** The key it replaces ("" for the organization's first key). */
  previous: string;
  at: string;
}

/** What binds an organization to a delegate key on the roster (signed by the new key, and by the previous one when it replaces one). */
export function bindingMessage(binding: BindingFacts): Uint8Array {
  return statement('concord-roster/1', [binding.coalition, binding.org, binding.key, binding.previous, binding.at]);
}

/** What opens a motion: its id and everything the vote depends on (the canonical JSON of its terms). */
export function openingMessage(coalition: string, motion: string, terms: string): Uint8Array {
  return statement('concord-motion-open/1', [coalition, motion, terms]);
}

/** What closes a motion early (the chair's signature). */
export function closingMessage(coalition: string, motion: string, closedAt: string): Uint8Array {
  return statement('concord-motion-close/1', [coalition, motion, closedAt]);
}

/** Verified signatures: signed data never changes, so each is checked once (a tally re-reads them all on every change). */
const verified = new Map<string, boolean>();
const VERIFIED_LIMIT = 100_000;

/** Forget which signatures were checked (benchmarks measure a first read with it). */
export function forgetVerifiedSignatures(): void {
  verified.clear();
}

/** Whether `signature` (hex) is `publicKey`'s (hex) over `message`; false for anything malformed. */
export function verifySignature(signature: string, message: Uint8Array, publicKey: string): boolean {
  if (!isSignatureHex(signature) || !isKeyHex(publicKey)) return false;
  const memo = memoKey(signature, message, publicKey);
  const known = verified.get(memo);
  if (known !== undefined) return known;
  ed25519Hashes.sha512 ??= sha512;
  let valid: boolean;
  try {
    valid = ed25519Verify(hexToBytes(signature), message, hexToBytes(publicKey));
  } catch {
    valid = false;
  }
  remember(memo, valid);
  return valid;
}

function memoKey(signature: string, message: Uint8Array, publicKey: string): string {
  return `${publicKey}${signature}${bytesToHex(sha256(message))}`;
}

function remember(memo: string, valid: boolean): void {
  if (verified.size >= VERIFIED_LIMIT) verified.clear();
  verified.set(memo, valid);
}

/** A signed statement to check: the signature (hex), the exact bytes signed, and the key (hex) said to have signed them. */
export interface Statement {
  signature: string;
  message: Uint8Array;
  publicKey: string;
}

const CHECK_BATCH = 256;

/** The platform's WebCrypto key type, whatever the platform calls it. */
type VerifyKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/**
 * Check many signatures at once with the platform's native ed25519 (WebCrypto: browsers, Electron, Node),
 * remembering each result, so the tally that follows finds them checked. Seven to fourteen times faster
 * than the pure-JavaScript verifier the tally falls back on for anything not checked here (and on a
 * platform whose WebCrypto lacks Ed25519, where this checks nothing).
 */
export async function checkSignatures(statements: readonly Statement[]): Promise<void> {
  const keys = new Map<string, Promise<VerifyKey | undefined>>();
  const keyFor = (hex: string): Promise<VerifyKey | undefined> => {
    let key = keys.get(hex);
    if (!key) {
      key = crypto.subtle.importKey('raw', new Uint8Array(hexToBytes(hex)), 'Ed25519', false, ['verify']).catch(() => undefined);
      keys.set(hex, key);
    }
    return key;
  };
  const pending = statements.filter((s) => isSignatureHex(s.signature) && isKeyHex(s.publicKey) && !verified.has(memoKey(s.signature, s.message, s.publicKey)));
  for (let start = 0; start < pending.length; start += CHECK_BATCH) {
    await Promise.all(
      pending.slice(start, start + CHECK_BATCH).map(async ({ signature, message, publicKey }) => {
        const key = await keyFor(publicKey);
        if (!key) return;
        const valid = await crypto.subtle.verify('Ed25519', key, new Uint8Array(hexToBytes(signature)), new Uint8Array(message)).catch(() => undefined);
        if (valid !== undefined) remember(memoKey(signature, message, publicKey), valid);
      }),
    );
  }
}

/** Sign and return the signature in hex. */
export async function signHex(signer: Signer, message: Uint8Array): Promise<string> {
  return bytesToHex(await signer.sign(message));
}

/** A short fingerprint of a public key (hex) for people to compare: "3f2a 91c0 7d4e 55b8". */
export function keyFingerprint(publicKey: string): string {
  if (!isKeyHex(publicKey)) return '';
  return (bytesToHex(sha256(hexToBytes(publicKey)).subarray(0, 8)).match(/.{4}/g) ?? []).join(' ');
}
