/**
 * Combined coalition chapters: a proposal to combine the chapters of one city (built from the overlap
 * table's group), and the chapters the parliament combined — read from its passed `combine` motions only,
 * with each organization's local name as the motion signed it.
 */
import type { Parliament } from '../ratify/parliament.ts';
import { combineTarget, readCombineProposal, type CombineProposal } from '../ratify/combine.ts';
import { suggestedCoalitionName } from './chapters.ts';
import type { PlaceGroup } from './overlap.ts';

/** The motion that would combine a city's chapters, under `coalitionName` (suggested from the coalition's name when ""). */
export function combineProposalFor(group: PlaceGroup, coalition: string, coalitionName = ''): { target: string; combine: CombineProposal } {
  const combine: CombineProposal = {
    city: group.name,
    region: group.region,
    country: group.country,
    coalitionName: coalitionName.trim() || suggestedCoalitionName(coalition, group.name),
    chapters: group.chapters.map((c) => ({ chapter: c.id, org: c.org, localName: c.localName })),
  };
  return { target: combineTarget(combine), combine };
}

export interface CombinedChapter extends CombineProposal {
  /** The passed motion, and when it closed. */
  motion: string;
  decidedAt: string;
}

/** The chapters the parliament combined, oldest decision first. */
export function combinedChapters(parliament: Parliament): CombinedChapter[] {
  const out: CombinedChapter[] = [];
  for (const motion of parliament.motions) {
    if (motion.kind !== 'combine' || motion.status !== 'passed') continue;
    const proposal = readCombineProposal(motion.newText);
    if (proposal) out.push({ ...proposal, motion: motion.id, decidedAt: motion.closedAt });
  }
  return out.sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.motion.localeCompare(b.motion));
}
