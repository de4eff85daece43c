/**
 * Coverage: is every member's platform represented? For each organization, each of its current principles
 * is adopted as is (a clause drawn from it alone, with its wording), adopted and reworded (drawn from it
 * alone, wording changed), merged (in a clause drawn from several principles) or not yet used; with the
 * share used and the list of unused principles to work from. One pass over the draft builds an index
 * principle → clauses, so the cost is the size of the draft plus the number of principles.
 */
import type * as Y from 'yjs';
import { currentPrinciples, type PrincipleRef } from '../workspace/sources.ts';
import { listOrganizations, type Organization } from '../workspace/workspace.ts';
import { ProvenanceIndex } from './resolve.ts';

export const USES = ['as-is', 'reworded', 'merged', 'unused'] as const;
export type Use = (typeof USES)[number];

/** Best first: a principle used in several clauses counts by its most faithful use. */
const RANK: Record<Use, number> = { 'as-is': 0, reworded: 1, merged: 2, unused: 3 };

export interface PrincipleUse {
  principle: PrincipleRef;
  use: Use;
  /** The clauses drawn from it, in document order. */
  clauses: string[];
}

export interface OrgCoverage {
  org: Organization;
  total: number;
  used: number;
  /** used ÷ total × 100, rounded to one decimal (0 when the organization has no principles). */
  percent: number;
  counts: Record<Use, number>;
  principles: PrincipleUse[];
}

const normal = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** How each principle is used by the clauses of the draft: principle id → its uses. */
export function usesByPrinciple(index: ProvenanceIndex): Map<string, { use: Use; clause: string }[]> {
  const uses = new Map<string, { use: Use; clause: string }[]>();
  for (const block of index.blocks) {
    const origins = index.of(block.id)?.origins ?? [];
    for (const origin of origins) {
      const use: Use = origins.length > 1 ? 'merged' : normal(origin.text) === normal(block.text) ? 'as-is' : 'reworded';
      const list = uses.get(origin.principle) ?? [];
      list.push({ use, clause: block.id });
      uses.set(origin.principle, list);
    }
  }
  return uses;
}

export function classify(principle: PrincipleRef, uses: readonly { use: Use; clause: string }[] = []): PrincipleUse {
  const use = uses.reduce<Use>((best, u) => (RANK[u.use] < RANK[best] ? u.use : best), 'unused');
  return { principle, use, clauses: uses.map((u) => u.clause) };
}

export function summarize(org: Organization, principles: PrincipleUse[]): OrgCoverage {
  const counts: Record<Use, number> = { 'as-is': 0, reworded: 0, merged: 0, unused: 0 };
  for (const p of principles) counts[p.use] += 1;
  const total = principles.length;
  const used = total - counts.unused;
  return { org, total, used, percent: total === 0 ? 0 : Math.round((used / total) * 1000) / 10, counts, principles };
}

/** Coverage of every member organization (in the workspace's order), or of those listed. */
export function coverage(doc: Y.Doc, index: ProvenanceIndex = new ProvenanceIndex(doc)): OrgCoverage[] {
  const uses = usesByPrinciple(index);
  const byOrg = new Map<string, PrincipleRef[]>();
  for (const p of currentPrinciples(doc)) {
    const list = byOrg.get(p.org);
    if (list) list.push(p);
    else byOrg.set(p.org, [p]);
  }
  return listOrganizations(doc).map((org) =>
    summarize(
      org,
      (byOrg.get(org.id) ?? []).map((p) => classify(p, uses.get(p.id))),
    ),
  );
}
