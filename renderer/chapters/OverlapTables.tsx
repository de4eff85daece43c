/**
 * Where members overlap, as tables: the cities where two or more members have chapters (the candidates
 * for a combined coalition chapter, each with its standing in the parliament and, for a delegate who may
 * open motions, "Propose combining"), and the states and regions.
 */
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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

function standing(group: PlaceGroup, summary: TallySummary | null, t: TFunction<'chapters'>): string {
  const target = combineTarget({ city: group.name, region: group.region, country: group.country });
  const motions = summary?.motions.filter((m) => m.kind === 'combine' && m.target === target) ?? [];
  if (motions.some((m) => m.status === 'passed')) return t('overlap.combined');
  if (motions.some((m) => m.status === 'open')) return t('overlap.underVote');
  return '';
}

function organizations(group: PlaceGroup, shortOf: (org: string) => string): string {
  return group.chapters.map((c) => `${c.localName} (${shortOf(c.org)})`).join('; ');
}

export function OverlapTables({ overlap, shortOf, summary, onPropose }: Props): ReactNode {
  const { t } = useTranslation('chapters');
  if (overlap.cities.length === 0 && overlap.regions.length === 0) {
    return (
      <p className="muted" data-testid="no-overlap">
        {t('overlap.none')}
      </p>
    );
  }
  return (
    <>
      <table className="chap-table" data-testid="overlap-cities">
        <caption>{t('overlap.cities')}</caption>
        <TableHead columns={[t('form.city'), t('form.region'), t('form.country'), t('overlap.members'), t('overlap.chapters'), { hidden: t('overlap.combining') }]} />
        <tbody>
          {overlap.cities.map((g) => {
            const state = standing(g, summary, t);
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
                    <button type="button" className="small" onClick={() => onPropose(g)} aria-label={t('overlap.proposeLabel', { place: g.name })}>
                      {t('overlap.propose')}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="chap-table" data-testid="overlap-regions">
        <caption>{t('overlap.regions')}</caption>
        <TableHead columns={[t('form.region'), t('form.country'), t('overlap.members'), t('overlap.chapters')]} />
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
