/**
 * Signatures in the parliament: how any replica checks a delegate's ed25519 signature, with one rule on
 * every path — RFC 8032 strict (canonical encodings of the key and of R, S below the group order, no
 * small-order key), never the ZIP-215 rules @noble/ed25519 uses by default — so that two replicas, one
 * checking with the platform's WebCrypto and one in JavaScript, never disagree on a crafted signature.
 * Keys are raw 32-byte public keys in hex.
 */
import { Point, verify as ed25519Verify, hashes as ed25519Hashes } from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

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

/** Verified signatures: signed data never changes, so each is checked once (a tally re-reads them all on every change). */
const verified = new Map<string, boolean>();
const VERIFIED_LIMIT = 100_000;

/** Forget which signatures were checked (benchmarks measure a first read with it). */
export function forgetVerifiedSignatures(): void {
  verified.clear();
}

/** The group order of ed25519: S must be below it. */
const ORDER = 2n ** 252n + 27742317777372353535851937790883648493n;

function littleEndian(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i -= 1) value = (value << 8n) | BigInt(bytes[i] ?? 0);
  return value;
}

/**
 * The encodings RFC 8032 requires and ZIP-215 does not: the key and R decode canonically (y below the field
 * prime), the key is not of small order, and S is below the group order. Checked before any verifier, so
 * the platform's and the JavaScript verifier see only signatures on which the two rule sets agree.
 */
export function strictEncoding(signature: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    const key = Point.fromBytes(publicKey, false);
    Point.fromBytes(signature.subarray(0, 32), false);
    return !key.isSmallOrder() && littleEndian(signature.subarray(32)) < ORDER;
  } catch {
    return false;
  }
}

/** Whether `signature` (hex) is `publicKey`'s (hex) over `message` under RFC 8032's strict rules; false for anything malformed. */
export function verifySignature(signature: string, message: Uint8Array, publicKey: string): boolean {
  if (!isSignatureHex(signature) || !isKeyHex(publicKey)) return false;
  const memo = memoKey(signature, message, publicKey);
  const known = verified.get(memo);
  if (known !== undefined) return known;
  ed25519Hashes.sha512 ??= sha512;
  const sig = hexToBytes(signature);
  const key = hexToBytes(publicKey);
  let valid: boolean;
  try {
    valid = strictEncoding(sig, key) && ed25519Verify(sig, message, key, { zip215: false });
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

/** A signature to check: the signature (hex), the exact bytes signed, and the key (hex) said to have signed them. */
export interface SignedBytes {
  signature: string;
  message: Uint8Array;
  publicKey: string;
}

const CHECK_BATCH = 256;

/** The platform's WebCrypto key type, whatever the platform calls it. */
type VerifyKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/**
 * Check many signatures at once with the platform's native ed25519 (WebCrypto: browsers, Electron, Node),
 * remembering each result, so the tally that follows finds them checked. Only signatures whose encodings
 * pass the strict check reach the native verifier; what it cannot check is left to `verifySignature`.
 */
export async function checkSignatures(statements: readonly SignedBytes[]): Promise<void> {
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
        const sig = hexToBytes(signature);
        if (!strictEncoding(sig, hexToBytes(publicKey))) {
          remember(memoKey(signature, message, publicKey), false);
          return;
        }
        const key = await keyFor(publicKey);
        if (!key) return;
        const valid = await crypto.subtle.verify('Ed25519', key, new Uint8Array(sig), new Uint8Array(message)).catch(() => undefined);
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
