/**
 * Delegate key files for the command line: one ed25519 key as JSON (the secret and the public key in
 * hex), created only-for-its-owner and never over another file; read back as a `Signer` the parliament's
 * actions sign with. A file that is not such a key, or whose halves do not match, is refused by name.
 */
import { getPublicKeyAsync, signAsync, utils } from '@noble/ed25519';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import * as z from 'zod';
import { isKeyHex, keyFingerprint, type Signer } from '../src/ratify/signing.ts';
import { ConcordError } from '../src/workspace/errors.ts';
import type { CliIo } from './command.ts';

export const KEY_FILE_FORMAT = 'concord-delegate-key';

const keyFileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(1),
  publicKey: z.string().refine(isKeyHex),
  secretKey: z.string().regex(/^[0-9a-f]{64}$/),
});

/** A key read from its file: the signer, its public key in hex and its fingerprint. */
export interface DelegateKey {
  signer: Signer;
  publicKey: string;
  fingerprint: string;
}

function delegateKey(secret: Uint8Array, publicKey: Uint8Array): DelegateKey {
  const hex = bytesToHex(publicKey);
  return { signer: { publicKey, sign: (message) => signAsync(message, secret) }, publicKey: hex, fingerprint: keyFingerprint(hex) };
}

/** Make a new key and write it to `path`, which must not exist yet. */
export async function createKeyFile(io: CliIo, path: string): Promise<DelegateKey> {
  const secret = utils.randomSecretKey();
  const publicKey = await getPublicKeyAsync(secret);
  const file = { format: KEY_FILE_FORMAT, version: 1, publicKey: bytesToHex(publicKey), secretKey: bytesToHex(secret) };
  await io.createPrivateFile(path, new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`));
  return delegateKey(secret, publicKey);
}

/** Read the key in `path`, checking that its public key is its secret's. */
export async function readKeyFile(io: CliIo, path: string): Promise<DelegateKey> {
  if (!(await io.exists(path))) throw new ConcordError('key.missing', { path });
  const notKey = (): ConcordError => new ConcordError('key.bad-file', { path });
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(path)));
  } catch {
    throw notKey();
  }
  const parsed = keyFileSchema.safeParse(raw);
  if (!parsed.success) throw notKey();
  const secret = hexToBytes(parsed.data.secretKey);
  const publicKey = await getPublicKeyAsync(secret);
  if (bytesToHex(publicKey) !== parsed.data.publicKey) throw new ConcordError('key.mismatch', { path });
  return delegateKey(secret, publicKey);
}

/** A public key given as 64 hex characters, or read from a key file. */
export async function publicKeyOf(io: CliIo, value: string): Promise<string> {
  const hex = value.toLowerCase();
  return isKeyHex(hex) ? hex : (await readKeyFile(io, value)).publicKey;
}
