/**
 * Countries as members type them, in English, Spanish, French or German, or by their ISO code: one country
 * for the overlap table, the gazetteer, the world atlas and a chapter's identity; a name not known stays
 * as typed.
 */
import { describe, expect, it } from 'vitest';
import { addChapters, chapterIdentity, listChapters, type ChapterInput } from '../../src/chapters/chapters.ts';
import { countryCode, countryKey } from '../../src/chapters/countries.ts';
import { atlasCountry, gazetteerIndex, placeChapters } from '../../src/chapters/gazetteer.ts';
import gazetteer from '../../src/chapters/gazetteer.json';
import { byCountry, overlapOf } from '../../src/chapters/overlap.ts';
import { countryName, isUnitedStates, regionName } from '../../src/chapters/places.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { addOrganization } from '../../src/workspace/workspace.ts';
import { loadAtlas } from '../../renderer/chapters/atlas.ts';
import { workspaceWith } from './core-helpers.ts';

function chapter(org: string, localName: string, city: string, region: string, country: string): ChapterInput {
  return { org, localName, coalitionName: '', city, region, country, contact: '', headquarters: false, latitude: undefined, longitude: undefined };
}

describe('recognizing a country as typed', () => {
  it('knows English, Spanish, French and German names, short names and codes, accents and case folded', () => {
    const spain = ['Spain', 'España', 'espana', 'Espagne', 'Spanien', 'ES', 'es'];
    const germany = ['Germany', 'Alemania', 'Allemagne', 'Deutschland', 'DE'];
    const mexico = ['Mexico', 'México', 'Mexique', 'Mexiko', 'MX'];
    expect(spain.map(countryCode)).toEqual(spain.map(() => 'ES'));
    expect(germany.map(countryCode)).toEqual(germany.map(() => 'DE'));
    expect(mexico.map(countryCode)).toEqual(mexico.map(() => 'MX'));
    const others = ['Reino Unido', 'Royaume-Uni', 'Vereinigtes Königreich', 'UK', 'Great Britain', 'Países Bajos', 'Pays-Bas', 'Niederlande', 'Côte d’Ivoire', 'Ivory Coast'];
    expect(others.map(countryCode)).toEqual(['GB', 'GB', 'GB', 'GB', 'GB', 'NL', 'NL', 'NL', 'CI', 'CI']);
  });

  it('reads every spelling of the United States as it did, and those of the other languages too', () => {
    const us = ['US', 'USA', 'U.S.A.', 'United States', 'United States of America', 'America', 'Estados Unidos', 'EE. UU.', 'États-Unis', 'Vereinigte Staaten'];
    expect(us.filter((c) => !isUnitedStates(c))).toEqual([]);
    expect(us.map(countryName)).toEqual(us.map(() => 'United States'));
    expect(regionName('NY', 'Estados Unidos')).toBe('New York');
    expect(isUnitedStates('México')).toBe(false);
  });

  it('keeps a name it does not know as typed, and compares it as before', () => {
    expect(countryCode('Atlantis')).toBeUndefined();
    expect(countryCode('')).toBeUndefined();
    expect(countryName('  Free   State of Atlantis ')).toBe('Free State of Atlantis');
    expect(countryKey('ATLANTIS')).toBe(countryKey('atlantis'));
    expect(countryKey('Atlantis')).not.toBe(countryKey('Spain'));
  });

  it('gives a code for every country the gazetteer names, and one shape of the world atlas per country', async () => {
    const spellings = [...new Set(gazetteer.cities.map((city) => String(city[2])))];
    expect(spellings.length).toBeGreaterThan(100);
    expect(spellings.filter((name) => countryCode(name) === undefined)).toEqual([]);
    const atlas = await loadAtlas();
    expect(atlas.countries.length).toBeGreaterThan(100);
    expect(atlas.countryNames.size).toBe(atlas.countries.length);
  });
});

describe('one country, however written, everywhere countries are compared', () => {
  it('groups "España" with "Spain" in the overlap table, named as its chapters spell it', () => {
    const chapters = [
      { id: 'a', ...chapter('o1', 'A', 'Madrid', 'Madrid', 'España') },
      { id: 'b', ...chapter('o2', 'B', 'madrid', 'Comunidad de Madrid', 'Spain') },
      { id: 'c', ...chapter('o2', 'C', 'Paris', '', 'Francia') },
      { id: 'd', ...chapter('o1', 'D', 'Paris', '', 'FR') },
      { id: 'e', ...chapter('o1', 'E', 'Ys', '', 'Atlantis') },
    ];
    expect(byCountry(chapters).map((g) => [g.name, g.orgs.length, g.chapters.length])).toEqual([
      ['España', 2, 2],
      ['Francia', 2, 2],
      ['Atlantis', 1, 1],
    ]);
    expect(overlapOf(chapters).cities.map((g) => [g.name, g.country, g.orgs])).toEqual([['Paris', 'Francia', ['o1', 'o2']]]);
  });

  it('places "Madrid, España" and "Cologne, Deutschland" at the gazetteer’s cities', () => {
    const index = gazetteerIndex(gazetteer);
    const at = (city: string, country: string): [number, number] | undefined => {
      const [found] = placeChapters([{ id: 'c', ...chapter('o', 'A', city, '', country) }], index);
      return found ? [Math.round(found.latitude), Math.round(found.longitude)] : undefined;
    };
    expect(at('Madrid', 'España')).toEqual(at('Madrid', 'Spain'));
    expect(at('Madrid', 'ES')).toEqual(at('Madrid', 'Spain'));
    expect(at('Madrid', 'Spain')).toEqual([40, -4]);
    expect(at('Cologne', 'Deutschland')).toEqual([51, 7]);
    // The gazetteer names cities in English: Köln is not in it under its German name.
    expect(at('Köln', 'Deutschland')).toBeUndefined();
    expect(at('Madrid', 'Atlantis')).toBeUndefined();
  });

  it('finds the world atlas’s shape for a country in any of the languages', async () => {
    const atlasNames = (await loadAtlas()).countryNames;
    expect(['España', 'Deutschland', 'Allemagne', 'Estados Unidos', 'Reino Unido', 'República Democrática del Congo', 'Atlantis'].map((c) => atlasCountry(c, atlasNames))).toEqual([
      'Spain',
      'Germany',
      'Germany',
      'United States of America',
      'United Kingdom',
      'Dem. Rep. Congo',
      undefined,
    ]);
  });

  it('takes the same chapter imported once as "Spain", once as "España", for one chapter', () => {
    const spain = chapter('o1', 'Madrid branch', 'Madrid', '', 'Spain');
    expect(chapterIdentity({ ...spain, country: 'España' })).toBe(chapterIdentity(spain));
    expect(chapterIdentity({ ...spain, country: 'Mexico' })).not.toBe(chapterIdentity(spain));
    const doc = workspaceWith(['preamble:We unite.']);
    const org = addOrganization(doc, { name: 'Izquierda', short: 'IZQ' }).id;
    addChapters(doc, [{ ...spain, org }]);
    let refused: unknown;
    try {
      addChapters(doc, [{ ...spain, org, country: 'España' }]);
    } catch (error) {
      refused = error;
    }
    expect(refused instanceof ConcordError ? refused.key : refused).toBe('chapter.duplicate.listed');
    expect(listChapters(doc).map((c) => c.country)).toEqual(['Spain']);
  });
});
