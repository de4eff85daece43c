/**
 * What the export needs to know beyond the text, as two small interfaces: where each block stands in
 * ratification (and the final motion's record), and which organizations each block came from. The
 * builder takes them from the workspace (ratification and provenance cores); tests may pass their own.
 */
import type { ClauseStatus, FinalMotionSummary, MotionRecord, RecordRow, Signatories } from './model.ts';

export interface RatificationFacts {
  statusOf(blockId: string): ClauseStatus;
  /**
   * The wording the parliament ratified, when the block's text now differs from it (an edit that got
   * past the lock on another replica): the export prints what was ratified. undefined otherwise.
   */
  ratifiedText(blockId: string): string | undefined;
  /** The final motion on the whole text, if one has been opened. */
  finalMotion: FinalMotionSummary | undefined;
  /** ISO date the whole text was ratified; empty when it has not been. */
  ratifiedOn: string;
  /** One row per member organization: its vote on the final motion. Empty without a final motion. */
  record: RecordRow[];
  /** The place and date of adoption, the chair and each member's delegate. */
  signatories: Signatories;
  /** Every decided motion on a clause or an article, in the order they opened. */
  motions: MotionRecord[];
}

export interface ProvenanceFacts {
  /** Names of the organizations the block was drawn from, in a stable order. */
  sourcesOf(blockId: string): string[];
}

/** A workspace where nothing has been put to a vote yet. */
export const NO_RATIFICATION: RatificationFacts = {
  statusOf: () => 'draft',
  ratifiedText: () => undefined,
  finalMotion: undefined,
  ratifiedOn: '',
  record: [],
  signatories: { place: '', adoptedOn: '', chair: undefined, delegates: [] },
  motions: [],
};

export const NO_PROVENANCE: ProvenanceFacts = { sourcesOf: () => [] };
