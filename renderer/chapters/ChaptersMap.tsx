/**
 * Where members are, on a map drawn from boundary data that ships with the app (us-atlas, world-atlas,
 * d3-geo; no tiles, no network), loaded on first use: each US state and each country shaded by how many
 * member organizations have chapters there, with a legend; chapters as points where their city's place is
 * known. A region with chapters is a button: click it, or focus it and press Enter, to list its chapters.
 * The table under the maps says the same in words.
 */
import { geoAlbersUsa, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Chapter } from '../../src/chapters/chapters.ts';
import { atlasCountry, placeChapters, type PlacedChapter } from '../../src/chapters/gazetteer.ts';
import { byCountry, usStates, type PlaceGroup } from '../../src/chapters/overlap.ts';
import type { Organization } from '../../src/workspace/workspace.ts';
import { TableHead } from '../TableHead.tsx';
import { loadAtlas, type Atlas, type Region } from './atlas.ts';
import { errorText } from '../i18n/error-text.ts';

/** Shades for 0, 1, 2 and 3 or more member organizations present. */
const SHADES = ['#eef1f4', '#c6dbef', '#6baed6', '#2166ac'] as const;
/** The legend's words for each shade. */
const LEGEND = ['map.legendNone', 'map.legendOne', 'map.legendTwo', 'map.legendMore'] as const;

function shade(members: number): string {
  return SHADES[Math.min(members, SHADES.length - 1)] ?? SHADES[0];
}

interface Selected {
  name: string;
  group: PlaceGroup;
}

interface MapProps {
  label: string;
  id: string;
  regions: Region[];
  projection: GeoProjection;
  groups: ReadonlyMap<string, PlaceGroup>;
  points: PlacedChapter[];
  colourOf(org: string): string;
  shortOf(org: string): string;
  onSelect(selected: Selected): void;
}

function RegionMap({ label, id, regions, projection, groups, points, colourOf, shortOf, onSelect }: MapProps): ReactNode {
  const { t } = useTranslation('chapters');
  const width = 960;
  const height = id === 'us' ? 560 : 500;
  const path = useMemo(() => {
    projection.fitSize([width, height], { type: 'FeatureCollection', features: regions.map((r) => r.shape) });
    return geoPath(projection);
  }, [projection, regions, height]);
  const activate = (selected: Selected) => (event: KeyboardEvent<SVGPathElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(selected);
  };
  return (
    <figure className="chap-map">
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label} data-testid={`map-${id}`}>
        {regions.map((region) => {
          const group = groups.get(region.name);
          const d = path(region.shape) ?? '';
          if (!group) return <path key={region.name} d={d} fill={shade(0)} className="chap-region" data-region={region.name} data-members={0} />;
          const members = group.orgs.length;
          const words = t('map.region', {
            region: region.name,
            members: t('map.members', { count: members }),
            orgs: group.orgs.map(shortOf).join(', '),
            chapters: t('map.chapters', { count: group.chapters.length }),
          });
          const selected = { name: region.name, group };
          return (
            <path
              key={region.name}
              d={d}
              fill={shade(members)}
              className="chap-region chap-present"
              data-region={region.name}
              data-members={members}
              role="button"
              tabIndex={0}
              aria-label={words}
              onClick={() => onSelect(selected)}
              onKeyDown={activate(selected)}
            >
              <title>{words}</title>
            </path>
          );
        })}
        <g>
          {points.map(({ chapter, latitude, longitude }) => {
            const at = projection([longitude, latitude]);
            if (!at) return null;
            const [x, y] = spread(at, chapter.id, points, latitude, longitude);
            return (
              <circle key={chapter.id} cx={x} cy={y} r={5} fill={colourOf(chapter.org)} stroke="#fff" strokeWidth={1.5} className="chap-point" data-chapter={chapter.localName}>
                <title>{`${chapter.localName} (${shortOf(chapter.org)}), ${chapter.city}`}</title>
              </circle>
            );
          })}
        </g>
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}

export function ChaptersMap({ chapters, orgs }: { chapters: Chapter[]; orgs: Organization[] }): ReactNode {
  const { t } = useTranslation('chapters');
  const [atlas, setAtlas] = useState<Atlas | null>(null);
  const [failure, setFailure] = useState('');
  const [selected, setSelected] = useState<Selected | null>(null);
  useEffect(() => {
    let live = true;
    loadAtlas().then(
      (loaded) => live && setAtlas(loaded),
      (error: unknown) => live && setFailure(errorText(error)),
    );
    return () => {
      live = false;
    };
  }, []);
  const shortOf = (org: string): string => orgs.find((o) => o.id === org)?.short ?? '?';
  const colourOf = (org: string): string => orgs.find((o) => o.id === org)?.colour ?? '#555555';
  const states = useMemo(() => usStates(chapters), [chapters]);
  const countries = useMemo(() => {
    const out = new Map<string, PlaceGroup>();
    if (atlas)
      for (const g of byCountry(chapters)) {
        const name = atlasCountry(g.name, atlas.countryNames);
        if (name !== undefined) out.set(name, g);
      }
    return out;
  }, [chapters, atlas]);
  const points = useMemo(() => (atlas ? placeChapters(chapters, atlas.gazetteer) : []), [chapters, atlas]);
  if (failure !== '') return <p role="alert">{t('map.failed', { reason: failure })}</p>;
  if (!atlas) return <p className="loading">{t('map.loading')}</p>;
  const usPoints = points.filter((p) => states.has(regionOfPoint(p, states)));
  const rows = [...states.values(), ...byCountry(chapters)];
  return (
    <section className="chap-maps" aria-labelledby="chap-map-title">
      <h3 id="chap-map-title">{t('map.title')}</h3>
      <ul className="chap-legend" aria-label={t('map.legend')}>
        {LEGEND.map((words, i) => (
          <li key={words}>
            <span className="chap-swatch" style={{ background: SHADES[i] }} aria-hidden="true" /> {t(words)}
          </li>
        ))}
        <li>
          <span className="chap-dot" aria-hidden="true" /> {t('map.placed', { placed: points.length, total: chapters.length })}
        </li>
      </ul>
      <div className="chap-map-pair">
        <RegionMap
          label={t('map.us')}
          id="us"
          regions={atlas.states}
          projection={geoAlbersUsa()}
          groups={states}
          points={usPoints}
          colourOf={colourOf}
          shortOf={shortOf}
          onSelect={setSelected}
        />
        <RegionMap
          label={t('map.world')}
          id="world"
          regions={atlas.countries}
          projection={geoEqualEarth()}
          groups={countries}
          points={points}
          colourOf={colourOf}
          shortOf={shortOf}
          onSelect={setSelected}
        />
      </div>
      <p className="chap-credits">{t('map.credits')}</p>
      <div aria-live="polite" data-testid="region-chapters">
        {selected && (
          <div className="chap-selected">
            <h4>
              {selected.name}: {t('map.members', { count: selected.group.orgs.length })}
            </h4>
            <ul>
              {selected.group.chapters.map((c) => (
                <li key={c.id}>
                  {c.localName} ({shortOf(c.org)}), {[c.city, c.region].filter(Boolean).join(', ')}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <table className="chap-table" data-testid="map-table">
        <caption>{t('map.tableCaption')}</caption>
        <TableHead columns={[t('map.place'), t('overlap.members'), t('map.organizations'), t('overlap.chapters')]} />
        <tbody>
          {rows.map((g) => (
            <tr key={`${g.country}|${g.name}`}>
              <th scope="row">{g.country === '' ? g.name : `${g.name}, ${g.country}`}</th>
              <td>{g.orgs.length}</td>
              <td>{g.orgs.map(shortOf).join(', ')}</td>
              <td>{g.chapters.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Chapters in one place side by side (around it, 6 px out), so that each organization's point shows. */
function spread(at: [number, number], id: string, points: readonly PlacedChapter[], latitude: number, longitude: number): [number, number] {
  const together = points.filter((p) => p.latitude === latitude && p.longitude === longitude);
  if (together.length < 2) return at;
  const angle = (2 * Math.PI * together.findIndex((p) => p.chapter.id === id)) / together.length;
  return [at[0] + 6 * Math.cos(angle), at[1] + 6 * Math.sin(angle)];
}

/** The US state a placed chapter is in, by its chapter's region ("" when it is not in one). */
function regionOfPoint(point: PlacedChapter, states: ReadonlyMap<string, PlaceGroup>): string {
  for (const [name, group] of states) if (group.chapters.includes(point.chapter)) return name;
  return '';
}
