/**
 * The .concord file: round trip, CRDT merge of diverged copies, and every way a file can be bad — each
 * refused with a clear message while the workspace stays byte-identical.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editConstitution } from '../../src/constitution/document.ts';
import { insertBlock, setBlockText } from '../../src/constitution/structure.ts';
import { encodeWorkspaceFile, mergeWorkspaceFile, readWorkspaceFile } from '../../src/file/format.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { summarizeWorkspace } from '../../src/workspace/summary.ts';
import { addOrganization, listOrganizations, readMeta } from '../../src/workspace/workspace.ts';
import { idByText, specOf, workspaceWith } from './core-helpers.ts';

function copy(doc: Y.Doc): Y.Doc {
  return readWorkspaceFile(encodeWorkspaceFile(doc));
}

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof ConcordError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('.concord files', () => {
  it('round-trips a whole workspace', () => {
    const doc = workspaceWith(['preamble:We unite.', 'article:Membership', 'clause:Open to all.'], 'Союз — Liberación');
    addOrganization(doc, { name: 'Partido Socialismo y Liberación', short: 'PSL' });
    const back = copy(doc);
    expect(summarizeWorkspace(back)).toEqual(summarizeWorkspace(doc));
  });

  it('merges two diverged copies keeping both sides’ edits, and merging twice changes nothing', () => {
    const ours = workspaceWith(['article:A', 'clause:shared text']);
    const theirs = copy(ours);
    editConstitution(ours, (editor) => setBlockText(editor, idByText(ours, 'shared text'), 'shared text, amended by us'));
    addOrganization(ours, { name: 'Ours', short: 'OUR' });
    editConstitution(theirs, (editor) => insertBlock(editor, 'article', idByText(theirs, 'A'), 'B'));
    addOrganization(theirs, { name: 'Theirs', short: 'THR' });

    const file = encodeWorkspaceFile(theirs);
    expect(mergeWorkspaceFile(ours, file).changed).toBe(true);
    expect(specOf(ours)).toEqual(['article:A', 'clause:shared text, amended by us', 'article:B']);
    expect(listOrganizations(ours).map((o) => o.short)).toEqual(['OUR', 'THR']);
    const state = Y.encodeStateAsUpdate(ours);
    expect(mergeWorkspaceFile(ours, file).changed).toBe(false);
    expect(Y.encodeStateAsUpdate(ours)).toEqual(state);

    // And the other way round, the two copies become identical.
    mergeWorkspaceFile(theirs, encodeWorkspaceFile(ours));
    expect(summarizeWorkspace(theirs)).toEqual(summarizeWorkspace(ours));
  });

  describe('bad files change nothing and say what is wrong', () => {
    const doc = workspaceWith(['article:A', 'clause:text']);
    const good = encodeWorkspaceFile(doc);
    const other = encodeWorkspaceFile(workspaceWith(['article:Other'], 'Another coalition'));
    const withByte = (bytes: Uint8Array, at: number, value: number) => bytes.map((b, i) => (i === at ? value : b));
    /** `bytes` with the byte at `at` xor `mask`. */
    const flipped = (bytes: Uint8Array, at: number, mask: number) => bytes.map((b, i) => (i === at ? b ^ mask : b));
    const emptyWorkspaceFile = encodeWorkspaceFile(new Y.Doc());
    const garbagePayload = (() => {
      // A well-formed header whose checksum matches a payload that is not a Yjs update.
      const payload = new Uint8Array([255, 255, 255, 255, 1, 2, 3, 4, 5, 6, 7, 8]);
      const bytes = new Uint8Array(48 + payload.length);
      bytes.set(good.subarray(0, 12));
      new DataView(bytes.buffer).setUint32(12, payload.length);
      bytes.set(sha256(payload), 16);
      bytes.set(payload, 48);
      return bytes;
    })();

    const cases: Array<[string, Uint8Array, string]> = [
      ['empty', new Uint8Array(), 'file.empty'],
      ['foreign (a PDF)', new TextEncoder().encode('%PDF-1.7\n…'), 'file.foreign'],
      ['foreign (short)', new Uint8Array([1, 2, 3]), 'file.foreign'],
      ['truncated header', good.subarray(0, 20), 'file.truncated'],
      ['truncated payload', good.subarray(0, good.length - 1), 'file.truncated'],
      ['extra bytes', new Uint8Array([...good, 0]), 'file.damaged'],
      ['flipped payload byte', flipped(good, good.length - 3, 0x40), 'file.damaged'],
      ['flipped checksum byte', flipped(good, 20, 1), 'file.damaged'],
      ['future version', withByte(good, 9, 2), 'file.future-version'],
      ['version 0', withByte(withByte(good, 8, 0), 9, 0), 'file.damaged'],
      ['no workspace inside', emptyWorkspaceFile, 'file.not-workspace'],
      ['checksum right, contents not a workspace update', garbagePayload, 'file.damaged'],
      ['other coalition', other, 'file.other-workspace'],
    ];

    it.each(cases)('%s', (_name, bytes, code) => {
      const before = Y.encodeStateAsUpdate(doc);
      const message = codeOf(() => mergeWorkspaceFile(doc, bytes, 'their.concord'));
      expect(message.split(':')[0]).toBe(code);
      if (code !== 'file.other-workspace') expect(message).toContain('their.concord');
      expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    });

    it('names the workspace on both sides when refusing another coalition’s file', () => {
      expect(codeOf(() => mergeWorkspaceFile(doc, other, 'x.concord'))).toContain('Another coalition');
      expect(readMeta(doc).name).toBe('Test Coalition');
    });
  });
});
