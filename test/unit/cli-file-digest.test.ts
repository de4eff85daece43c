/**
 * The CLI hashes `.concord` files with Node's native SHA-256 (cli/workspace-file.ts) where the core's default
 * is @noble/hashes: the two give the same digest, so a file written by either is read by the other, and a
 * damaged payload is refused just the same.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { decodeWorkspaceFile, encodeWorkspaceFile, readWorkspace } from '../../src/file/format.ts';
import { readMeta } from '../../src/workspace/workspace.ts';
import { nodeSha256 } from '../../cli/workspace-file.ts';
import { workspaceWith } from './core-helpers.ts';

describe("the CLI's file digest", () => {
  it('is SHA-256, as @noble/hashes computes it', () => {
    for (const length of [0, 1, 55, 56, 64, 65, 4096, 100_003]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) % 256);
      expect(Buffer.from(nodeSha256(bytes)).toString('hex'), `${length} bytes`).toBe(Buffer.from(sha256(bytes)).toString('hex'));
    }
  });

  it('writes files the core reads, reads files the core writes, and refuses a damaged payload', () => {
    const doc = workspaceWith(['preamble:We unite.', 'clause:Open to all.']);
    const byCli = encodeWorkspaceFile(doc, nodeSha256);
    expect(byCli).toEqual(encodeWorkspaceFile(doc));
    expect(readMeta(readWorkspace(byCli).doc)).toEqual(readMeta(doc));
    expect(readMeta(readWorkspace(encodeWorkspaceFile(doc), 'f', nodeSha256).doc)).toEqual(readMeta(doc));
    const damaged = byCli.slice();
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] ?? 0) ^ 1;
    expect(() => decodeWorkspaceFile(damaged, 'f', nodeSha256)).toThrow(expect.objectContaining({ key: 'file.damaged.checksum' }));
  });
});
