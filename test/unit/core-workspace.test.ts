/** The coalition and its member organizations: creation, validation, per-field merging. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addOrganization,
  listOrganizations,
  nextOrganizationColour,
  ORG_PALETTE,
  readMeta,
  removeOrganization,
  renameCoalition,
  updateOrganization,
} from '../../src/workspace/workspace.ts';
import { initWorkspace } from '../../src/workspace/init.ts';
import { errorCode, specOf, link } from './core-helpers.ts';

function fresh(): Y.Doc {
  const doc = new Y.Doc();
  initWorkspace(doc, '  Coalition   of the Left ');
  return doc;
}

describe('workspace', () => {
  it('starts with an id, a tidy name and an empty preamble', () => {
    const doc = fresh();
    const meta = readMeta(doc);
    expect(meta.id).toMatch(/^w_[0-9a-z]{16}$/);
    expect(meta.name).toBe('Coalition of the Left');
    expect(specOf(doc)).toEqual(['preamble:']);
    expect(errorCode(() => initWorkspace(doc, 'Again'))).toBe('workspace.exists');
  });

  it('renames the coalition, refusing an empty name', () => {
    const doc = fresh();
    renameCoalition(doc, 'Frente Amplio');
    expect(readMeta(doc).name).toBe('Frente Amplio');
    expect(errorCode(() => renameCoalition(doc, '   '))).toBe('name.empty');
    expect(errorCode(() => renameCoalition(doc, 'x'.repeat(201)))).toBe('name.too-long');
    expect(readMeta(doc).name).toBe('Frente Amplio');
  });

  it('gives each new organization a palette colour no member has, reusing one a removed member freed', () => {
    const doc = fresh();
    const first = addOrganization(doc, { name: 'Debian', short: 'DEB' });
    const second = addOrganization(doc, { name: 'Python Software Foundation', short: 'PSF' });
    expect([first.colour, second.colour]).toEqual([ORG_PALETTE[0], ORG_PALETTE[1]]);
    removeOrganization(doc, 'DEB');
    expect(nextOrganizationColour(doc)).toBe(ORG_PALETTE[0]);
    expect(addOrganization(doc, { name: 'Open Source Initiative', short: 'OSI' }).colour).toBe(ORG_PALETTE[0]);
  });

  it('adds, edits and removes organizations with clear refusals', () => {
    const doc = fresh();
    const psl = addOrganization(doc, { name: 'Partido Socialismo y Liberación', short: 'PSL', delegate: 'Ana' });
    addOrganization(doc, { name: 'Союз трудящихся', short: 'Союз', colour: '#AA0000' });
    expect(listOrganizations(doc).map((o) => [o.short, o.colour])).toEqual([
      ['PSL', psl.colour],
      ['Союз', '#aa0000'],
    ]);
    expect(errorCode(() => addOrganization(doc, { name: 'Other', short: 'psl' }))).toBe('org.duplicate-short');
    expect(errorCode(() => addOrganization(doc, { name: 'Other', short: 'has space' }))).toBe('org.bad-short');
    expect(errorCode(() => addOrganization(doc, { name: 'Other', short: 'OK', colour: 'red' }))).toBe('org.bad-colour');
    expect(errorCode(() => addOrganization(doc, { name: '', short: 'OK' }))).toBe('name.empty');
    expect(errorCode(() => addOrganization(doc, { short: 'OK' }))).toBe('org.missing-field');
    expect(errorCode(() => updateOrganization(doc, 'nope', { name: 'x' }))).toBe('org.unknown');

    updateOrganization(doc, 'psl', { delegate: 'Beatriz', short: 'PSL' });
    expect(listOrganizations(doc)[0]?.delegate).toBe('Beatriz');
    removeOrganization(doc, 'Союз');
    expect(listOrganizations(doc).map((o) => o.short)).toEqual(['PSL']);
  });

  it('merges concurrent changes to different fields of one organization', () => {
    const a = fresh();
    addOrganization(a, { name: 'Workers', short: 'WRK' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateOrganization(a, 'WRK', { delegate: 'Chen' });
    updateOrganization(b, 'WRK', { colour: '#00ff00' });
    link(a, b);
    expect(listOrganizations(a)).toEqual(listOrganizations(b));
    expect(listOrganizations(a)[0]).toMatchObject({ delegate: 'Chen', colour: '#00ff00' });
  });
});
