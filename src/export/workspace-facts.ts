/**
 * The ratification and provenance facts of a workspace, for the export builder. Reads what the workspace
 * holds today: provenance from src/provenance; until motions are recorded, every block is a draft.
 */
import type * as Y from 'yjs';
import { provenanceFacts } from '../provenance/export-facts.ts';
import { NO_RATIFICATION, type ProvenanceFacts, type RatificationFacts } from './facts.ts';
import type { RatificationRecord } from './record.ts';

export function workspaceRatification(_doc: Y.Doc): RatificationFacts {
  return NO_RATIFICATION;
}

export function workspaceProvenance(doc: Y.Doc): ProvenanceFacts {
  return provenanceFacts(doc);
}

/** The signed record of the final motion on the whole text, once there is one. */
export function workspaceRecord(_doc: Y.Doc): RatificationRecord | undefined {
  return undefined;
}
