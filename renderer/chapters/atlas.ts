/**
 * The map's data, loaded on first use and never from the network: US states (us-atlas) and the world's
 * countries (world-atlas) as GeoJSON features from their TopoJSON, and the bundled gazetteer of cities.
 */
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { atlasCountries, gazetteerIndex, type GazetteerCity } from '../../src/chapters/gazetteer.ts';

export interface Region {
  name: string;
  shape: Feature<Geometry>;
}

export interface Atlas {
  states: Region[];
  countries: Region[];
  /** The atlas's country names by the key of the country each is (atlasCountries). */
  countryNames: Map<string, string>;
  gazetteer: Map<string, GazetteerCity[]>;
}

function isTopology(value: unknown): value is Topology {
  return typeof value === 'object' && value !== null && 'type' in value && value.type === 'Topology' && 'objects' in value && 'arcs' in value && Array.isArray(value.arcs);
}

function regions(topology: unknown, object: string): Region[] {
  if (!isTopology(topology)) throw new Error('The map’s boundary data is damaged.');
  const collection = topology.objects[object];
  if (collection?.type !== 'GeometryCollection') throw new Error('The map’s boundary data is damaged.');
  return feature(topology, collection).features.flatMap((shape) => {
    const name: unknown = shape.properties?.name;
    return typeof name === 'string' ? [{ name, shape }] : [];
  });
}

export async function loadAtlas(): Promise<Atlas> {
  const [states, world, cities] = await Promise.all([import('us-atlas/states-10m.json'), import('world-atlas/countries-110m.json'), import('../../src/chapters/gazetteer.json')]);
  const countries = regions(world.default, 'countries');
  return {
    states: regions(states.default, 'states'),
    countries,
    countryNames: atlasCountries(countries.map((c) => c.name)),
    gazetteer: gazetteerIndex(cities.default),
  };
}
