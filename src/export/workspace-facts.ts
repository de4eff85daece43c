/**
 * The ratification and provenance facts of a workspace, for the export builder. Reads what the workspace
 * holds today: until motions and provenance are recorded, every block is a draft and has no sources.
 */
import type * as Y from 'yjs';
import { NO_PROVENANCE, NO_RATIFICATION, type ProvenanceFacts, type RatificationFacts } from './facts.ts';
import type { RatificationRecord } from './record.ts';

export function workspaceRatification(_doc: Y.Doc): RatificationFacts {
  return NO_RATIFICATION;
}

export function workspaceProvenance(_doc: Y.Doc): ProvenanceFacts {
  return NO_PROVENANCE;
}

/** The signed record of the final motion on the whole text, once there is one. */
export function workspaceRecord(_doc: Y.Doc): RatificationRecord | undefined {
  return undefined;
}
