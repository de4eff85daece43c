/**
 * Chapters in the workspace: they sync like the rest, a hostile peer's values of the wrong type are
 * skipped, reported and repaired; where members overlap; and combining a city's chapters is a motion of
 * the parliament — signed, verified and folded, keeping each organization's local name as signed.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addChapters, listChapters, removeChapter, updateChapter, type ChapterInput } from '../../src/chapters/chapters.ts';
import { combinedChapters, combineProposalFor } from '../../src/chapters/combined.ts';
import { atlasCountries, atlasCountry, gazetteerIndex, placeChapters } from '../../src/chapters/gazetteer.ts';
import gazetteer from '../../src/chapters/gazetteer.json';
import { byCountry, overlapOf, usStates } from '../../src/chapters/overlap.ts';
import { summarizeChapters } from '../../src/chapters/summary.ts';
import { castVote, closeMotion, openMotion, withdrawOrganization } from '../../src/ratify/actions.ts';
import { combineText } from '../../src/ratify/combine.ts';
import { readParliament, subjectDigest } from '../../src/ratify/parliament.ts';
import { signStatement, type Open } from '../../src/ratify/statement.ts';
import { appendStatements } from '../../src/ratify/statement-log.ts';
import { toHex } from '../../src/ratify/signing.ts';
import { checkUpdate } from '../../src/sync/update-check.ts';
import { inspectWorkspace } from '../../src/workspace/doc-shape.ts';
import { dropDamaged } from '../../src/workspace/repair.ts';
import { addOrganization, removeOrganization } from '../../src/workspace/workspace.ts';
import { link, workspaceWith } from './core-helpers.ts';
import { at, coalition, key } from './ratify-helpers.ts';

function chapter(org: string, localName: string, city: string, region: string, country = 'USA', more: Partial<ChapterInput> = {}): ChapterInput {
  return { org, localName, coalitionName: '', city, region, country, contact: '', headquarters: false, latitude: undefined, longitude: undefined, ...more };
}

/** Two members sharing New York and Dallas (the proposal's example), one of them also in Burlington, VT and Paris. */
async function sharedCities(): Promise<Awaited<ReturnType<typeof coalition>>> {
  const c = await coalition(2);
  const [swp = '', dfa = ''] = c.orgs;
  addChapters(c.doc, [
    chapter(swp, 'SWP New York', 'New York', 'NY', 'USA', { headquarters: true }),
    chapter(swp, 'SWP Dallas', 'Dallas', 'TX'),
    chapter(dfa, 'DFA New York City', 'new york', 'New York', 'United States'),
    chapter(dfa, 'DFA Dallas', 'Dallas', 'Texas', 'US'),
    chapter(dfa, 'DFA Burlington', 'Burlington', 'VT', 'USA', { headquarters: true }),
    chapter(dfa, 'DFA Paris', 'Paris', 'Île-de-France', 'France'),
  ]);
  return c;
}

describe('chapters in the workspace', () => {
  it('sync between replicas, field by field', async () => {
    const c = await sharedCities();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(c.doc));
    link(c.doc, other);
    const dallas = listChapters(other).find((ch) => ch.localName === 'SWP Dallas');
    if (!dallas) throw new Error('no Dallas');
    updateChapter(other, dallas.id, { ...dallas, contact: 'dallas@swp.example' });
    expect(listChapters(c.doc).find((ch) => ch.id === dallas.id)?.contact).toBe('dallas@swp.example');
    removeChapter(c.doc, dallas.id);
    expect(listChapters(other).some((ch) => ch.id === dallas.id)).toBe(false);
  });

  it('leaves out the chapters of an organization no longer listed', () => {
    const doc = workspaceWith(['preamble:We unite.']);
    const gone = addOrganization(doc, { name: 'Gone', short: 'GONE' }).id;
    addChapters(doc, [chapter(gone, 'Gone NY', 'New York', 'NY')]);
    expect(listChapters(doc)).toHaveLength(1);
    removeOrganization(doc, gone);
    expect(listChapters(doc)).toEqual([]);
  });

  it('skips, reports and repairs what a hostile peer writes under the root', async () => {
    const c = await sharedCities();
    const chapters = c.doc.getMap('chapters');
    const before = listChapters(c.doc).length;
    c.doc.transact(() => {
      chapters.set('forged-text', 'not a chapter');
      const nested = new Y.Map<unknown>();
      nested.set('org', c.orgs[0]);
      nested.set('city', new Y.Map());
      nested.set('localName', 'x'.repeat(100_000));
      nested.set('latitude', 1e9);
      chapters.set('forged-nested', nested);
    });
    expect(inspectWorkspace(c.doc).map((s) => [s.root, s.key, s.field])).toEqual([
      ['chapters', 'forged-text', undefined],
      ['chapters', 'forged-nested', 'city'],
    ]);
    expect(listChapters(c.doc)).toHaveLength(before);
    dropDamaged(c.doc);
    expect(inspectWorkspace(c.doc)).toEqual([]);
    expect(listChapters(c.doc)).toHaveLength(before);
  });

  it('is refused by the server when a peer sends a chapter of the wrong shape', async () => {
    const c = await sharedCities();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(c.doc));
    const before = Y.encodeStateVector(peer);
    const nested = new Y.Map<unknown>();
    nested.set('city', new Y.Array());
    peer.getMap('chapters').set('forged', nested);
    expect(checkUpdate(c.doc, Y.encodeStateAsUpdate(peer, before), true)).toEqual({ ok: false, reason: '"forged" under chapters has the wrong type' });
  });

  it('finds where members overlap: New York and Dallas, and the states and countries present', async () => {
    const c = await sharedCities();
    const overlap = overlapOf(listChapters(c.doc));
    expect(overlap.cities.map((g) => [g.name, g.region, g.country, g.orgs.length])).toEqual([
      ['Dallas', 'Texas', 'United States', 2],
      ['New York', 'New York', 'United States', 2],
    ]);
    expect(overlap.regions.map((g) => g.name)).toEqual(['New York', 'Texas']);
    const states = usStates(listChapters(c.doc));
    expect([...states].map(([name, g]) => [name, g.orgs.length])).toEqual([
      ['New York', 2],
      ['Texas', 2],
      ['Vermont', 1],
    ]);
    expect(byCountry(listChapters(c.doc)).map((g) => [g.name, g.orgs.length])).toEqual([
      ['United States', 2],
      ['France', 1],
    ]);
  });
});

describe('placing chapters on the map', () => {
  const index = gazetteerIndex(gazetteer);
  const placed = (input: ChapterInput): [number, number] | undefined => {
    const [found] = placeChapters([{ id: 'c', ...input }], index);
    return found ? [found.latitude, found.longitude] : undefined;
  };

  it('takes a CSV’s coordinates first, else the gazetteer’s city in the right state', () => {
    expect(placed(chapter('o', 'A', 'Burlington', 'VT', 'USA', { latitude: 1, longitude: 2 }))).toEqual([1, 2]);
    const [vtLat = 0, vtLng = 0] = placed(chapter('o', 'A', 'Burlington', 'VT', 'USA')) ?? [];
    const [ncLat = 0] = placed(chapter('o', 'A', 'Burlington', 'North Carolina', 'United States')) ?? [];
    expect([Math.round(vtLat), Math.round(vtLng), Math.round(ncLat)]).toEqual([44, -73, 36]);
    expect(placed(chapter('o', 'A', 'Nowhere Springs', 'TX'))).toBeUndefined();
  });

  it('finds the world atlas’s shape for a country however it is written', () => {
    const atlasNames = atlasCountries(['United States of America', 'France']);
    expect(['USA', 'U.S.A.', 'United States', 'france', 'Deutschland'].map((c) => atlasCountry(c, atlasNames))).toEqual([
      'United States of America',
      'United States of America',
      'United States of America',
      'France',
      undefined,
    ]);
  });
});

describe('combining chapters by a motion of the parliament', () => {
  it('passes, and the combined chapter keeps each organization’s local name as signed', async () => {
    const c = await sharedCities();
    const [newYork] = overlapOf(listChapters(c.doc)).cities.filter((g) => g.name === 'New York');
    if (!newYork) throw new Error('no overlap');
    const motion = await openMotion(c.doc, key(c, 0), { kind: 'combine', ...combineProposalFor(newYork, 'Coalition of the Left'), closesAt: at(60) }, at(1));
    expect(readParliament(c.doc, at(2)).motions.find((m) => m.id === motion)?.status).toBe('open');
    await castVote(c.doc, key(c, 0), motion, 'yes', at(2));
    await castVote(c.doc, key(c, 1), motion, 'yes', at(3));
    await closeMotion(c.doc, key(c, 0), motion, at(4));
    // A later rename of a local chapter does not change what the parliament combined.
    const swpNy = listChapters(c.doc).find((ch) => ch.localName === 'SWP New York');
    if (!swpNy) throw new Error('no chapter');
    updateChapter(c.doc, swpNy.id, { ...swpNy, localName: 'Renamed' });
    const combined = combinedChapters(readParliament(c.doc, at(5)));
    expect(combined).toHaveLength(1);
    expect(combined[0]).toMatchObject({ city: 'New York', coalitionName: 'Coalition of the Left — New York' });
    expect(combined[0]?.chapters.map((m) => m.localName).sort()).toEqual(['DFA New York City', 'SWP New York']);
    expect(
      summarizeChapters(c.doc, readParliament(c.doc, at(5)))
        .combined[0]?.chapters.map((m) => m.organization)
        .sort(),
    ).toEqual(['O1', 'O2']);
  });

  it('no longer counts the chapters of an organization that withdrew where members overlap', async () => {
    const c = await sharedCities();
    expect(summarizeChapters(c.doc, readParliament(c.doc, at(1))).overlap.cities).toHaveLength(2);
    await withdrawOrganization(c.doc, key(c, 1), c.orgs[1] ?? '', at(2));
    const after = summarizeChapters(c.doc, readParliament(c.doc, at(3)));
    expect(after.overlap).toEqual({ cities: [], regions: [] });
    expect(after.organizations.find((o) => o.id === c.orgs[1])?.chapters).toHaveLength(4);
  });

  it('refuses, in the app and in the fold, a proposal of one organization’s chapters', async () => {
    const c = await sharedCities();
    const [swp = ''] = c.orgs;
    const proposal = {
      city: 'New York',
      region: 'New York',
      country: 'United States',
      coalitionName: 'X',
      chapters: [
        { chapter: 'a', org: swp, localName: 'A' },
        { chapter: 'b', org: swp, localName: 'B' },
      ],
    };
    await expect(openMotion(c.doc, key(c, 0), { kind: 'combine', target: 'New York|New York|United States', combine: proposal }, at(1))).rejects.toThrow(
      /fewer than two member organizations/,
    );
    // A modified client signs it anyway: every replica's fold refuses it, and it combines nothing.
    const parliament = readParliament(c.doc, at(1));
    const newText = combineText(proposal);
    const target = 'New York|New York|United States';
    const members = parliament.members.map((m) => m.org).sort();
    const seats = Object.fromEntries(members.map((org) => [org, parliament.roster.keys.get(org)?.at(-1)?.binding ?? '']));
    const body: Open = {
      kind: 'open',
      coalition: parliament.coalition,
      by: toHex(key(c, 0).publicKey),
      at: at(1).toISOString(),
      founding: parliament.founding,
      seat: seats[swp] ?? '',
      after: [],
      terms: {
        kind: 'combine',
        target,
        digest: subjectDigest('combine', target, { org: '', name: '', short: '', key: '', settings: null }, newText),
        text: [],
        newText,
        subject: { org: '', name: '', short: '', key: '', settings: null },
        rule: parliament.settings.rules.clause,
        weights: {},
        members,
        seats,
        closesAt: at(60).toISOString(),
      },
    };
    const { stored, statement } = await signStatement(body, key(c, 0));
    appendStatements(c.doc, [stored]);
    const report = readParliament(c.doc, at(2)).motions.find((m) => m.id === statement.id);
    expect(report?.status).toBe('invalid');
    expect(report?.problem).toMatch(/fewer than two member organizations/);
    expect(combinedChapters(readParliament(c.doc, at(2)))).toEqual([]);
  });
});
