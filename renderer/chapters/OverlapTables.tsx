/**
 * Where members overlap, as tables: the cities where two or more members have chapters (the candidates
 * for a combined coalition chapter, each with its standing in the parliament and, for a delegate who may
 * open motions, "Propose combining"), and the states and regions.
 */
import type { ReactNode } from 'react';
import type { Overlap, PlaceGroup } from '../../src/chapters/overlap.ts';
import { combineTarget } from '../../src/ratify/combine.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';
import { TableHead } from '../TableHead.tsx';

interface Props {
  overlap: Overlap;
  shortOf(org: string): string;
  summary: TallySummary | null;
  /** Open a motion to combine a city's chapters; absent when this delegate cannot. */
  onPropose?(group: PlaceGroup): void;
}

function standing(group: PlaceGroup, summary: TallySummary | null): string {
  const target = combineTarget({ city: group.name, region: group.region, country: group.country });
  const motions = summary?.motions.filter((m) => m.kind === 'combine' && m.target === target) ?? [];
  if (motions.some((m) => m.status === 'passed')) return 'Combined by the parliament';
  if (motions.some((m) => m.status === 'open')) return 'Under vote';
  return '';
}

function organizations(group: PlaceGroup, shortOf: (org: string) => string): string {
  return group.chapters.map((c) => `${c.localName} (${shortOf(c.org)})`).join('; ');
}

export function OverlapTables({ overlap, shortOf, summary, onPropose }: Props): ReactNode {
  if (overlap.cities.length === 0 && overlap.regions.length === 0) {
    return (
      <p className="muted" data-testid="no-overlap">
        No city or region has chapters of two members yet.
      </p>
    );
  }
  return (
    <>
      <table className="chap-table" data-testid="overlap-cities">
        <caption>Cities where two or more members have chapters</caption>
        <TableHead columns={['City', 'State or region', 'Country', 'Members', 'Chapters', { hidden: 'Combining' }]} />
        <tbody>
          {overlap.cities.map((g) => {
            const state = standing(g, summary);
            return (
              <tr key={g.key}>
                <th scope="row">{g.name}</th>
                <td>{g.region}</td>
                <td>{g.country}</td>
                <td>{g.orgs.map(shortOf).sort().join(', ')}</td>
                <td>{organizations(g, shortOf)}</td>
                <td>
                  {state !== '' ? (
                    state
                  ) : onPropose ? (
                    <button type="button" className="small" onClick={() => onPropose(g)} aria-label={`Propose combining the chapters in ${g.name}`}>
                      Propose combining
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="chap-table" data-testid="overlap-regions">
        <caption>States and regions where two or more members have chapters</caption>
        <TableHead columns={['State or region', 'Country', 'Members', 'Chapters']} />
        <tbody>
          {overlap.regions.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.name}</th>
              <td>{g.country}</td>
              <td>{g.orgs.map(shortOf).sort().join(', ')}</td>
              <td>{organizations(g, shortOf)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
