/**
 * Hostile data in the Y.Doc: the update check the sync server runs (src/sync/update-check.ts) refuses the
 * shapes of the red-team report and lets every honest change through, readers never throw whatever
 * well-formed update a peer sends (a fast-check property), and "drop the damaged part" leaves a sound
 * workspace that survives a reload.
 */
import fc from 'fast-check';
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBlocks } from '../../src/constitution/root.ts';
import { buildExportModel } from '../../src/export/build-model.ts';
import { adoptPrinciples } from '../../src/provenance/adopt.ts';
import { addComment, threadsByClause } from '../../src/provenance/comments.ts';
import { ProvenanceIndex } from '../../src/provenance/resolve.ts';
import { listVersions, saveVersion } from '../../src/provenance/versions.ts';
import { checkUpdate } from '../../src/sync/update-check.ts';
import { inspectWorkspace } from '../../src/workspace/doc-shape.ts';
import { dropDamaged } from '../../src/workspace/repair.ts';
import { currentPrinciples, listSources } from '../../src/workspace/sources.ts';
import { summarizeWorkspace } from '../../src/workspace/summary.ts';
import { addOrganization, listOrganizations, readMeta } from '../../src/workspace/workspace.ts';
import { deepConstitutionUpdate, orgsStringUpdate, pendingStructUpdate, wrongTypeUpdate } from './hostile-docs.ts';
import { coalition, liveEditor, settle } from './provenance-helpers.ts';
import { ratifyWhole } from './ratify-helpers.ts';

const ROOTS = ['meta', 'orgs', 'sources', 'constitution', 'provenance', 'roster', 'motions', 'comments', 'versions', 'statements'];

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Every reader of the core, as the CLI and the app call them. */
function readEverything(doc: Y.Doc): void {
  readMeta(doc);
  listOrganizations(doc);
  listSources(doc);
  currentPrinciples(doc);
  readBlocks(doc);
  summarizeWorkspace(doc);
  new ProvenanceIndex(doc).blocks.forEach(() => undefined);
  threadsByClause(doc);
  listVersions(doc);
  buildExportModel(doc, { mode: 'draft' });
  inspectWorkspace(doc);
}

/** A workspace with something in every root, and every update that built it (as a server would receive them). */
async function honestHistory(): Promise<{ doc: Y.Doc; updates: Uint8Array[] }> {
  const updates: Uint8Array[] = [];
  const { doc } = coalition(['article:General', 'clause:Drafted here.']);
  const start = Y.encodeStateAsUpdate(doc);
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const editor = liveEditor(doc, { org: listOrganizations(doc)[0]?.id ?? '', delegate: 'Ana' });
  Transforms.select(editor, Editor.end(editor, [1]));
  Editor.insertText(editor, ' More words.');
  settle(editor);
  Editor.insertBreak(editor);
  Editor.insertText(editor, 'A new clause.');
  settle(editor);
  const adopted = adoptPrinciples(editor, doc, ['DEB-1', 'PSF-2'], { by: { org: '', delegate: 'Ana' }, text: 'Merged wording.' });
  settle(editor);
  addComment(doc, adopted, 'Is this right?', { org: '', delegate: 'Ana' });
  saveVersion(doc, 'Draft for December', { org: '', delegate: 'Ana' });
  addOrganization(doc, { name: 'Third', short: 'THR' });
  await ratifyWhole(doc);
  doc.getArray('statements').push(['a signed statement']);
  return { doc, updates: [start, ...updates] };
}

describe('the update check', () => {
  it('lets every honest change through, one update at a time', async () => {
    const { updates } = await honestHistory();
    const room = new Y.Doc();
    for (const update of updates) {
      expect(checkUpdate(room, update, true)).toEqual({ ok: true });
      Y.applyUpdate(room, update);
    }
    expect(inspectWorkspace(room)).toEqual([]);
  });

  it('refuses orgs["x"] = "x", constitution blocks nested 10,000 deep, and a wrong type under every root', async () => {
    const { doc } = await honestHistory();
    const before = Y.encodeStateAsUpdate(doc);
    expect(checkUpdate(doc, orgsStringUpdate(), true)).toEqual({ ok: false, reason: '"x" under orgs has the wrong type' });
    expect(checkUpdate(doc, deepConstitutionUpdate(10_000, doc), true)).toMatchObject({ ok: false });
    expect(checkUpdate(doc, deepConstitutionUpdate(1, doc), true)).toMatchObject({ ok: false });
    for (const root of ROOTS) expect(checkUpdate(doc, wrongTypeUpdate(root), true), root).toMatchObject({ ok: false });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('refuses a change whose history nobody has, deletions in statements, and any write from an observer', async () => {
    const { doc } = await honestHistory();
    expect(checkUpdate(doc, pendingStructUpdate(), true)).toEqual({ ok: false, reason: 'it depends on changes nobody has' });
    const peer = copyOf(doc);
    const before = Y.encodeStateVector(peer);
    peer.getArray('statements').delete(0, 1);
    expect(checkUpdate(doc, Y.encodeStateAsUpdate(peer, before), true)).toEqual({ ok: false, reason: 'it deletes signed statements' });
    const honest = copyOf(doc);
    const mark = Y.encodeStateVector(honest);
    honest.getArray('statements').push(['another']);
    expect(checkUpdate(doc, Y.encodeStateAsUpdate(honest, mark), true)).toEqual({ ok: true });
    expect(checkUpdate(doc, Y.encodeStateAsUpdate(honest, mark), false)).toMatchObject({ ok: false });
  });
});

/** A random well-formed hostile update against `doc`: wrong types, deletions, deep nesting, anywhere. */
const hostileEdit = fc.oneof(
  fc.record({
    kind: fc.constant('set'),
    root: fc.constantFrom(...ROOTS),
    key: fc.constantFrom('x', 'id', 'name', 'versions', 'origins', 'votes'),
    value: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant('map'), fc.constant('array'), fc.constant('text')),
  }),
  fc.record({ kind: fc.constant('nest'), root: fc.constantFrom(...ROOTS), depth: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ kind: fc.constant('delete'), root: fc.constantFrom('statements', 'roster', 'constitution'), index: fc.nat(5) }),
  fc.record({
    kind: fc.constant('field'),
    root: fc.constantFrom('orgs', 'sources', 'provenance', 'comments', 'motions'),
    field: fc.constantFrom('name', 'short', 'versions', 'origins', 'history', 'votes', 'text'),
    value: fc.constantFrom('map', 'array', 'text', 7),
  }),
);
type HostileEdit = typeof hostileEdit extends fc.Arbitrary<infer T> ? T : never;

function sharedValue(kind: unknown): unknown {
  if (kind === 'map') return new Y.Map();
  if (kind === 'array') return new Y.Array();
  if (kind === 'text') return new Y.XmlText('x');
  return kind;
}

function applyHostile(doc: Y.Doc, edit: HostileEdit): void {
  if (edit.kind === 'set') {
    if (edit.root === 'constitution') doc.get('constitution', Y.XmlText).insert(0, 'loose');
    else if (edit.root === 'roster' || edit.root === 'statements') doc.getArray(edit.root).push([sharedValue(edit.value)]);
    else doc.getMap(edit.root).set(edit.key, sharedValue(edit.value));
  } else if (edit.kind === 'nest') {
    if (edit.root === 'constitution') return void Y.applyUpdate(doc, deepConstitutionUpdate(edit.depth, doc));
    let outer = new Y.Map<unknown>();
    if (edit.root === 'roster' || edit.root === 'statements') doc.getArray(edit.root).push([outer]);
    else doc.getMap(edit.root).set('x', outer);
    for (let i = 1; i < edit.depth; i += 1) {
      const inner = new Y.Map<unknown>();
      outer.set('name', inner);
      outer = inner;
    }
  } else if (edit.kind === 'delete') {
    const list = edit.root === 'constitution' ? doc.get('constitution', Y.XmlText) : doc.getArray(edit.root);
    if (list.length > edit.index) list.delete(edit.index, 1);
  } else {
    const first = [...doc.getMap(edit.root).values()].find((value) => value instanceof Y.Map);
    if (first instanceof Y.Map) first.set(edit.field, sharedValue(edit.value));
  }
}

describe('hostile updates (property)', () => {
  it('never make a reader throw, and the check refuses what would leave damage', async () => {
    const { doc: base } = await honestHistory();
    const baseState = Y.encodeStateAsUpdate(base);
    await fc.assert(
      fc.asyncProperty(fc.array(hostileEdit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const peer = new Y.Doc();
        Y.applyUpdate(peer, baseState);
        const before = Y.encodeStateVector(peer);
        peer.transact(() => edits.forEach((edit) => applyHostile(peer, edit)));
        const update = Y.encodeStateAsUpdate(peer, before);
        const replica = new Y.Doc();
        Y.applyUpdate(replica, baseState);
        Y.applyUpdate(replica, update);
        readEverything(replica);
        const verdict = checkUpdate(base, update, true);
        if (inspectWorkspace(replica).length > 0) expect(verdict.ok).toBe(false);
        if (replica.getArray('statements').length < base.getArray('statements').length) expect(verdict).toEqual({ ok: false, reason: 'it deletes signed statements' });
        dropDamaged(replica);
        expect(inspectWorkspace(replica).filter((s) => s.root !== 'roster' && s.root !== 'statements')).toEqual([]);
        readEverything(copyOf(replica));
      }),
      { numRuns: Number(process.env.CONCORD_PROPERTY_RUNS ?? 60), seed: Number(process.env.CONCORD_HOSTILE_SEED ?? 1402) },
    );
  }, 120_000);
});
