/**
 * Merging a colleague's `.concord` file applies the server's checks first: a file bringing parts of the
 * wrong shape is refused with a clear message and the workspace stays byte-identical; a file holding
 * changes whose history is missing merges the rest and says what it left out.
 */
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeWorkspaceFile, mergeWorkspaceFile } from '../../src/file/format.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { hasPending } from '../../src/workspace/pending-structs.ts';
import { addOrganization, listOrganizations } from '../../src/workspace/workspace.ts';
import { workspaceWith } from './core-helpers.ts';
import { deepConstitutionUpdate, orgsStringUpdate, pendingStructUpdate } from './hostile-docs.ts';

function colleagueWith(ours: Y.Doc, update: (base: Y.Doc) => Uint8Array): Uint8Array {
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(ours));
  addOrganization(theirs, { name: 'Partido', short: 'PSL' });
  Y.applyUpdate(theirs, update(theirs));
  return encodeWorkspaceFile(theirs);
}

it('refuses to merge a file with orgs["x"] = "x" or blocks nested 10,000 deep, leaving the workspace byte-identical', () => {
  for (const update of [() => orgsStringUpdate(), (base: Y.Doc) => deepConstitutionUpdate(10_000, base)]) {
    const ours = workspaceWith(['preamble:We unite.', 'clause:Open to all.']);
    const file = colleagueWith(ours, update);
    const before = Y.encodeStateAsUpdate(ours);
    let refusal: unknown = null;
    try {
      mergeWorkspaceFile(ours, file, 'colleague.concord');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ConcordError);
    expect(String(refusal)).toMatch(/colleague\.concord was not merged: it has damaged parts, and your workspace is unchanged\.\nIn the (member organizations|constitution)/);
    expect(Y.encodeStateAsUpdate(ours)).toEqual(before);
  }
});

it('merges a file holding a change whose history is missing without that change, and says so', () => {
  const ours = workspaceWith(['preamble:We unite.']);
  const result = mergeWorkspaceFile(
    ours,
    colleagueWith(ours, () => pendingStructUpdate()),
    'colleague.concord',
  );
  expect(result).toMatchObject({ changed: true, missingHistory: true });
  expect(listOrganizations(ours).map((o) => o.short)).toEqual(['PSL']);
  expect(hasPending(ours)).toBe(false);
});
