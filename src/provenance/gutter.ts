/**
 * What the editor's gutter shows beside each block: a chip per origin organization (its short name and
 * colour), or one "drafted" chip with the drafting organization for a clause written from scratch, and
 * the number of open comment threads.
 */
import type * as Y from 'yjs';
import { listOrganizations } from '../workspace/workspace.ts';
import { threadsByClause } from './comments.ts';
import { ProvenanceIndex } from './resolve.ts';

export interface GutterChip {
  kind: 'origin' | 'drafted';
  org: string;
  /** The organization's short name ('' when unknown). */
  short: string;
  colour: string;
}

export interface GutterMarks {
  chips: GutterChip[];
  openThreads: number;
}

const UNKNOWN_COLOUR = '#7f7f7f';

/** Block id → what its gutter shows (blocks with nothing to show are left out). */
export function gutterMarks(doc: Y.Doc, index: ProvenanceIndex = new ProvenanceIndex(doc)): Map<string, GutterMarks> {
  const orgs = new Map(listOrganizations(doc).map((o) => [o.id, o]));
  const chip = (kind: GutterChip['kind'], org: string): GutterChip => ({ kind, org, short: orgs.get(org)?.short ?? '', colour: orgs.get(org)?.colour ?? UNKNOWN_COLOUR });
  const threads = threadsByClause(doc);
  const marks = new Map<string, GutterMarks>();
  for (const block of index.blocks) {
    const provenance = index.of(block.id);
    const origins = [...new Set(provenance?.origins.map((o) => o.org) ?? [])];
    const chips = origins.length > 0 ? origins.map((org) => chip('origin', org)) : block.type === 'clause' && provenance ? [chip('drafted', provenance.draftedBy)] : [];
    const openThreads = (threads.get(block.id) ?? []).filter((t) => t.resolved === null).length;
    if (chips.length > 0 || openThreads > 0) marks.set(block.id, { chips, openThreads });
  }
  return marks;
}
