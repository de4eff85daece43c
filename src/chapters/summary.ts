/**
 * The coalition's chapters as one plain value, for `concord chapters --json`, the chapters view and the
 * export appendix: each member organization with its chapters, where members overlap (cities and
 * regions with chapters of two or more), and the chapters the parliament combined.
 */
import type * as Y from 'yjs';
import { readParliament, type Parliament } from '../ratify/parliament.ts';
import { listOrganizations } from '../workspace/workspace.ts';
import { listChapters, type Chapter } from './chapters.ts';
import { combinedChapters } from './combined.ts';
import { membersChapters, overlapOf, type PlaceGroup } from './overlap.ts';

interface OverlapRow {
  place: string;
  region: string;
  country: string;
  /** Short names of the organizations present. */
  organizations: string[];
  chapters: number;
}

export interface ChaptersSummary {
  organizations: Array<{ id: string; short: string; name: string; chapters: Chapter[] }>;
  overlap: { cities: OverlapRow[]; regions: OverlapRow[] };
  combined: Array<{
    motion: string;
    decidedAt: string;
    city: string;
    region: string;
    country: string;
    coalitionName: string;
    chapters: Array<{ organization: string; localName: string }>;
  }>;
}

/** The organizations the parliament removed or that withdrew. */
export function formerMembers(parliament: Parliament): Set<string> {
  return new Set([...parliament.organizations.values()].filter((o) => o.status !== 'member').map((o) => o.org));
}

export function summarizeChapters(doc: Y.Doc, parliament: Parliament = readParliament(doc)): ChaptersSummary {
  const orgs = listOrganizations(doc);
  const shortOf = (id: string): string => orgs.find((o) => o.id === id)?.short ?? parliament.organizations.get(id)?.short ?? id;
  const chapters = listChapters(doc);
  const overlap = overlapOf(membersChapters(chapters, formerMembers(parliament)));
  const row = (g: PlaceGroup): OverlapRow => ({ place: g.name, region: g.region, country: g.country, organizations: g.orgs.map(shortOf).sort(), chapters: g.chapters.length });
  return {
    organizations: orgs.map((o) => ({ id: o.id, short: o.short, name: o.name, chapters: chapters.filter((c) => c.org === o.id) })),
    overlap: { cities: overlap.cities.map(row), regions: overlap.regions.map(row) },
    combined: combinedChapters(parliament).map((c) => ({
      motion: c.motion,
      decidedAt: c.decidedAt,
      city: c.city,
      region: c.region,
      country: c.country,
      coalitionName: c.coalitionName,
      chapters: c.chapters.map((m) => ({ organization: shortOf(m.org), localName: m.localName })),
    })),
  };
}
