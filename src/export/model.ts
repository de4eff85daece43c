/**
 * The export model: everything an exported constitution shows, as plain data, so that each renderer
 * (print HTML, Markdown, DOCX, Akoma Ntoso) is a pure function of it and none of them reads the Y.Doc.
 * `buildExportModel` (build-model.ts) fills it from a workspace.
 */
import type { BlockType, SubDepth } from '../constitution/schema.ts';
import type { Language } from '../i18n/languages.ts';
import type { TranslationStatus } from '../translations/store.ts';

/** Where a block stands in ratification. */
export const CLAUSE_STATUSES = ['draft', 'under-vote', 'agreed', 'ratified', 'rejected', 'void'] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

/** Ratified text only (what the coalition publishes), or the full draft with a status mark on each block. */
export type ExportMode = 'ratified' | 'draft';

export interface ExportOrganization {
  name: string;
  short: string;
}

export interface ExportBlock {
  id: string;
  type: BlockType;
  /** "Article III", "Section 2", "(4)", a sub-clause's "(a)" or "(i)"; empty for the preamble. Numbered over the exported blocks. */
  label: string;
  /** A sub-clause's depth (1 "(a)", 2 "(i)"); absent for a clause and every other block. */
  depth?: SubDepth;
  text: string;
  status: ClauseStatus;
  /** Names of the organizations the block was drawn from; empty when provenance notes are off or unknown. */
  sources: string[];
  /** Its translation into the model's `parallel` language, when the export is parallel and it has one. */
  translation?: ExportTranslation;
}

/** A block's translation as a parallel export prints it (src/export/parallel.ts). */
export interface ExportTranslation {
  text: string;
  status: TranslationStatus;
  /** Made from a wording other than the exported one. */
  outOfDate: boolean;
}

/** An organization's vote on the final motion, as the record shows it. */
export type RecordVote = 'for' | 'against' | 'abstain' | 'not voted';

export interface RecordRow {
  organization: string;
  short: string;
  vote: RecordVote;
  /** ISO date (YYYY-MM-DD) of the vote; empty when the organization did not vote. */
  date: string;
  /** Short fingerprint of the delegate's public key ("3f2a 91c0 7d4e 55b8"); empty when unknown. */
  fingerprint: string;
}

/** The final motion on the whole text, in words. */
export interface FinalMotionSummary {
  /** "adopted", "rejected", "void" (each export words it in its language). */
  outcome: string;
  /** The rule it was decided by, in the export's language, e.g. "two-thirds of members". */
  rule: string;
  /** ISO date the vote closed; empty while open. */
  closedOn: string;
}

/** Who signs the ratified text, and where and when it was adopted. */
export interface Signatories {
  /** Where it was adopted, as the coalition's settings say; "" when they do not. */
  place: string;
  /** ISO day of adoption: the whole text's ratification, else the last vote that ratified a part; "" when none. */
  adoptedOn: string;
  /** The chair in office at adoption; undefined when there was none. */
  chair: Signatory | undefined;
  /** Each member organization, with its delegate. */
  delegates: Signatory[];
}

export interface Signatory {
  organization: string;
  short: string;
  /** The delegate's name as their seat signed it; "" when it signed none (a blank line is printed instead). */
  delegate: string;
}

/** One block of the text a motion was on, numbered. */
interface MotionBlock {
  id: string;
  type: BlockType;
  /** Its own number ("Article I", "(1)"); "" for the preamble. */
  label: string;
  /** As a reader cites it: "Article I (1)". */
  place: string;
  text: string;
}

/** A decided motion on a clause or an article, as the appendix of the record shows it. */
export interface MotionRecord {
  kind: 'clause' | 'article' | 'amendment';
  /** The text voted on, numbered (an amendment: the clause it amends, as it read). */
  blocks: MotionBlock[];
  /** An amendment's new wording; "" otherwise. */
  newText: string;
  /** The result in words, in the export's language: "Passed: 3 of 4 member votes said yes …". */
  result: string;
  /** ISO day it closed. */
  closedOn: string;
  /** Each member organization's vote when it closed. */
  votes: { organization: string; short: string; vote: RecordVote }[];
}

/** The appendix "Member organizations and their chapters", when the coalition chose it. */
export interface ChaptersAppendix {
  organizations: Array<{ name: string; short: string; chapters: Array<{ localName: string; coalitionName: string; place: string; headquarters: boolean }> }>;
  /** Chapters the parliament combined: the combined chapter's name, its place, and each organization's local chapter ("SWP New York (SWP)"). */
  combined: Array<{ coalitionName: string; place: string; members: string[] }>;
}

export interface ExportModel {
  coalition: string;
  /** The language the export is written in: the coalition's (its words, numbering, dates and the document's language tags). */
  language: Language;
  organizations: ExportOrganization[];
  mode: ExportMode;
  /** ISO date (YYYY-MM-DD) the whole text was ratified; empty when it has not been. */
  ratifiedOn: string;
  /** ISO date the export was made. */
  exportedOn: string;
  blocks: ExportBlock[];
  /** Whether provenance notes are shown (each block's `sources`). */
  provenance: boolean;
  finalMotion: FinalMotionSummary | undefined;
  /** One row per member organization. Empty when there is no final motion. */
  record: RecordRow[];
  /** The block to sign after a ratified text; undefined in a draft. */
  signatories: Signatories | undefined;
  /** The appendix of a ratified text: every decided motion on a clause or an article; empty in a draft. */
  motions: MotionRecord[];
  /** The member organizations and their chapters, when the coalition chose to print them. */
  chapters: ChaptersAppendix | undefined;
  /** The second language printed beside the text (each block's `translation`); absent for the text alone. */
  parallel?: Language;
}
