/**
 * The export's view of provenance: for each block, the names of the organizations it was drawn from
 * (its resolved origins), read once for the whole document.
 */
import type * as Y from 'yjs';
import type { ProvenanceFacts } from '../export/facts.ts';
import { listOrganizations } from '../workspace/workspace.ts';
import { ProvenanceIndex } from './resolve.ts';

export function provenanceFacts(doc: Y.Doc): ProvenanceFacts {
  const index = new ProvenanceIndex(doc);
  const names = new Map(listOrganizations(doc).map((org) => [org.id, org.name]));
  return {
    sourcesOf(blockId) {
      const orgs = new Set((index.of(blockId)?.origins ?? []).map((o) => o.org));
      return [...orgs].map((id) => names.get(id) ?? 'a former member').sort((a, b) => a.localeCompare(b));
    },
  };
}
