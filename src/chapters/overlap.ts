/**
 * Where the member organizations overlap: chapters grouped by city, by state or region, and by country
 * (places compared as places.ts and countries.ts make them comparable: "España" and "Spain" are one
 * country), each group with the organizations present. The candidates for combined coalition chapters
 * are the cities where two or more members have chapters; the map shades each US state and each
 * country by how many members are present.
 */
import type { Chapter } from './chapters.ts';
import { countryKey } from './countries.ts';
import { countryName, isUnitedStates, placeKey, regionName } from './places.ts';

export interface PlaceGroup {
  /** The place compared as a key (unique among groups of one kind). */
  key: string;
  /** For a city group, the city; for a region group, the region; for a country group, the country. */
  name: string;
  /** The region and country the group lies in ("" for the region of a region group and above). */
  region: string;
  country: string;
  chapters: Chapter[];
  /** The organizations with a chapter there (ids, in a stable order). */
  orgs: string[];
}

type Level = 'city' | 'region' | 'country';

/** Groups by place; a group is named as its chapters spell it (capitalized, when one of them is). */

function groupBy(chapters: readonly Chapter[], level: Level): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  for (const chapter of chapters) {
    const country = countryName(chapter.country);
    const region = regionName(chapter.region, chapter.country);
    if (level === 'region' && region === '') continue;
    const name = level === 'city' ? chapter.city.replace(/\s+/g, ' ').trim() : level === 'region' ? region : country;
    const within = level === 'city' ? [name, region] : level === 'region' ? [name] : [];
    const key = [...within.map(placeKey), countryKey(country)].join('|');
    const group = groups.get(key) ?? { key, name, region: level === 'city' ? region : '', country: level === 'country' ? '' : country, chapters: [], orgs: [] };
    if (group.name === group.name.toLowerCase() && name !== name.toLowerCase()) group.name = name;
    group.chapters.push(chapter);
    if (!group.orgs.includes(chapter.org)) group.orgs.push(chapter.org);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, orgs: [...g.orgs].sort() }))
    .sort((a, b) => b.orgs.length - a.orgs.length || a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
}

function byCity(chapters: readonly Chapter[]): PlaceGroup[] {
  return groupBy(chapters, 'city');
}

function byRegion(chapters: readonly Chapter[]): PlaceGroup[] {
  return groupBy(chapters, 'region');
}

export function byCountry(chapters: readonly Chapter[]): PlaceGroup[] {
  return groupBy(chapters, 'country');
}

export interface Overlap {
  /** Cities where two or more members have chapters: the candidates for combined chapters. */
  cities: PlaceGroup[];
  /** States and regions where two or more members have chapters. */
  regions: PlaceGroup[];
}

/** The chapters of organizations still members (a removed or withdrawn organization's chapters stay listed, but no longer count where members overlap). */
export function membersChapters(chapters: readonly Chapter[], former: ReadonlySet<string>): Chapter[] {
  return chapters.filter((c) => !former.has(c.org));
}

export function overlapOf(chapters: readonly Chapter[]): Overlap {
  const shared = (g: PlaceGroup): boolean => g.orgs.length >= 2;
  return { cities: byCity(chapters).filter(shared), regions: byRegion(chapters).filter(shared) };
}

/** The US states with chapters, by full name (the map's), each with its group. */
export function usStates(chapters: readonly Chapter[]): Map<string, PlaceGroup> {
  return new Map(byRegion(chapters.filter((c) => isUnitedStates(c.country))).map((g) => [g.name, g]));
}
