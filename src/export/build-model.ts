/**
 * Fills the export model from a workspace: the coalition and its organizations, the constitution's blocks
 * (ratified text only, or the whole draft with statuses), numbering over what is exported, provenance
 * notes on request, and the record of the final motion; a ratified text also the block to sign and the
 * appendix of motions on its clauses and articles, numbered as the exported text numbers them; and the
 * member organizations' chapters when the coalition chose to print them. All of it in the coalition's
 * language (or the one asked for): the numbering, the rule and result sentences, and the model's `language`.
 */
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { chaptersAppendix, chaptersAppendixChosen } from '../chapters/appendix.ts';
import { readBlocks } from '../constitution/document.ts';
import { numberBlocks, placeOf, type NumberedBlock } from '../constitution/numbering.ts';
import type { Block } from '../constitution/schema.ts';
import { i18n } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import { readCoalitionLanguage } from '../workspace/language.ts';
import { ConcordError } from '../workspace/errors.ts';
import { listOrganizations, readMeta } from '../workspace/workspace.ts';
import { isoDate } from './dates.ts';
import { NO_PROVENANCE, type ProvenanceFacts, type RatificationFacts } from './facts.ts';
import type { ClauseStatus, ExportBlock, ExportMode, ExportModel, MotionRecord } from './model.ts';
import { workspaceProvenance, workspaceRatification } from './workspace-facts.ts';
import { withTranslations } from './parallel.ts';

export interface ExportOptions {
  /** 'ratified' (default): the ratified text only; 'draft': every block with its status. */
  mode?: ExportMode;
  /** Show, for each block, the organizations it came from. */
  provenance?: boolean;
  /** The export's date (default: now). */
  now?: Date;
  /** Where the statuses and the record come from (default: the workspace's motions). */
  ratification?: RatificationFacts;
  /** Where provenance notes come from (default: the workspace's provenance). */
  sources?: ProvenanceFacts;
  /** Print the appendix of member organizations and their chapters (default: as the coalition chose). */
  chapters?: boolean;
  /** Print each block's translation into this language beside it (src/export/parallel.ts). */
  parallel?: Language;
  /** The language to write the export in (default: the coalition's). */
  language?: Language;
}

const isBlank = (block: Block): boolean => (block.type === 'preamble' || block.type === 'clause') && block.text.trim() === '';

/**
 * The blocks a ratified-only export shows: every ratified preamble paragraph and clause, and every article
 * or section heading that is ratified itself or stands over a ratified clause. Order is kept.
 */
export function ratifiedBlocks<T extends Block>(blocks: readonly T[], statusOf: (id: string) => ClauseStatus): T[] {
  const keep = blocks.map((block) => statusOf(block.id) === 'ratified');
  let article = -1;
  let section = -1;
  blocks.forEach((block, i) => {
    if (block.type === 'article') {
      article = i;
      section = -1;
    } else if (block.type === 'section') {
      section = i;
    } else if (block.type === 'clause' && keep[i]) {
      if (article >= 0) keep[article] = true;
      if (section >= 0) keep[section] = true;
    }
  });
  return blocks.filter((_, i) => keep[i]);
}

/** The appendix's motions with each block numbered as the export numbers it, where the export shows it. */
function numberedAsExported(motions: readonly MotionRecord[], exported: ReadonlyMap<string, NumberedBlock>, t: TFunction<'core'>): MotionRecord[] {
  return motions.map((motion) => ({
    ...motion,
    blocks: motion.blocks.map((block) => {
      const shown = exported.get(block.id);
      return shown ? { ...block, label: shown.label, place: placeOf(shown, t) } : block;
    }),
  }));
}

/** Build the export model of `doc`. Throws (code "export.nothing-ratified") when a ratified-only export would be empty. */
export function buildExportModel(doc: Y.Doc, options: ExportOptions = {}): ExportModel {
  const mode = options.mode ?? 'ratified';
  const language = options.language ?? readCoalitionLanguage(doc);
  const t = i18n.getFixedT(language, 'core');
  const ratification = options.ratification ?? workspaceRatification(doc, new Date(), t);
  const provenance = options.provenance ?? false;
  const sources = provenance ? (options.sources ?? workspaceProvenance(doc)) : NO_PROVENANCE;
  const all = readBlocks(doc).filter((block) => !isBlank(block));
  const chosen = mode === 'ratified' ? ratifiedBlocks(all, (id) => ratification.statusOf(id)) : all;
  if (mode === 'ratified' && chosen.length === 0) {
    throw new ConcordError('export.nothing-ratified.app');
  }
  const numbered = numberBlocks(chosen, t);
  const blocks: ExportBlock[] = numbered.map((block) => ({
    id: block.id,
    type: block.type,
    label: block.label,
    ...(block.depth === undefined ? {} : { depth: block.depth }),
    text: ratification.ratifiedText(block.id) ?? block.text,
    status: ratification.statusOf(block.id),
    sources: sources.sourcesOf(block.id),
  }));
  return {
    coalition: readMeta(doc).name,
    language,
    organizations: listOrganizations(doc)
      .map((org) => ({ name: org.name, short: org.short }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    mode,
    ratifiedOn: ratification.ratifiedOn,
    exportedOn: isoDate(options.now ?? new Date()),
    blocks: options.parallel === undefined ? blocks : withTranslations(doc, blocks, options.parallel),
    provenance,
    finalMotion: ratification.finalMotion,
    record: ratification.record,
    signatories: mode === 'ratified' ? ratification.signatories : undefined,
    motions: mode === 'ratified' ? numberedAsExported(ratification.motions, new Map(numbered.map((b) => [b.id, b])), t) : [],
    chapters: (options.chapters ?? chaptersAppendixChosen(doc)) ? chaptersAppendix(doc) : undefined,
    ...(options.parallel === undefined ? {} : { parallel: options.parallel }),
  };
}
