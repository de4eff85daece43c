/**
 * Where chapters are, for the map: a chapter's own coordinates when its CSV gave them, else its city
 * looked up in the bundled gazetteer (gazetteer.json, made by scripts/gazetteer.mjs from a registry
 * package), matched by city and country (however written: "Madrid, España" is the gazetteer's Madrid,
 * Spain), and by state or region when one city name is in several. Also the world atlas's names for
 * countries ("United States of America", "Dem. Rep. Congo"), so that a country as typed finds its shape.
 */
import type { Chapter } from './chapters.ts';
import { countryKey } from './countries.ts';
import { placeKey, regionName } from './places.ts';

/** [city, state or region, country, latitude, longitude] */
export type GazetteerCity = readonly [string, string, string, number, number];

export interface PlacedChapter {
  chapter: Chapter;
  latitude: number;
  longitude: number;
}

function isCity(row: unknown): row is GazetteerCity {
  return (
    Array.isArray(row) &&
    row.length === 5 &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    typeof row[2] === 'string' &&
    typeof row[3] === 'number' &&
    typeof row[4] === 'number'
  );
}

/** The gazetteer (gazetteer.json, as loaded) indexed by city and country (by its key); rows not of its form are left out. */
export function gazetteerIndex(data: { cities: readonly unknown[] }): Map<string, GazetteerCity[]> {
  const index = new Map<string, GazetteerCity[]>();
  for (const city of data.cities) {
    if (!isCity(city)) continue;
    const key = `${placeKey(city[0])}|${countryKey(city[2])}`;
    index.set(key, [...(index.get(key) ?? []), city]);
  }
  return index;
}

/** Each chapter whose place is known, with its coordinates. */
export function placeChapters(chapters: readonly Chapter[], index: ReadonlyMap<string, readonly GazetteerCity[]>): PlacedChapter[] {
  const out: PlacedChapter[] = [];
  for (const chapter of chapters) {
    if (chapter.latitude !== undefined && chapter.longitude !== undefined) {
      out.push({ chapter, latitude: chapter.latitude, longitude: chapter.longitude });
      continue;
    }
    const found = index.get(`${placeKey(chapter.city)}|${countryKey(chapter.country)}`) ?? [];
    const region = placeKey(regionName(chapter.region, chapter.country));
    const city = found.find((c) => region !== '' && placeKey(c[1]) === region) ?? found[0];
    if (city) out.push({ chapter, latitude: city[3], longitude: city[4] });
  }
  return out;
}

/** The world atlas's country names (`names`) by the key of the country each is (countries.ts), for `atlasCountry`. */
export function atlasCountries(names: readonly string[]): Map<string, string> {
  return new Map(names.map((name) => [countryKey(name), name]));
}

/** The atlas's name for `country` (however written) among `atlasNames`, or undefined when it has no shape for it. */
export function atlasCountry(country: string, atlasNames: ReadonlyMap<string, string>): string | undefined {
  return atlasNames.get(countryKey(country));
}
