/**
 * The table of contents of an export: the preamble, each article and section with its number and title,
 * the block to sign, the ratification record, the appendix of votes and that of chapters, each with the anchor its heading carries in the print HTML. Page numbers
 * are found after a first printing (see pdf.ts), by these anchors.
 */
import { anchorId } from './escape.ts';
import type { ExportBlock, ExportModel } from './model.ts';
import type { Words } from './wording.ts';

export interface ContentsEntry {
  /** The id of the heading in the print HTML, and the PDF's named destination. */
  anchor: string;
  /** 1: preamble, article, record; 2: section. */
  level: 1 | 2;
  label: string;
  title: string;
}

export const PREAMBLE_ANCHOR = 'preamble';
export const RECORD_ANCHOR = 'ratification-record';
export const SIGNATURES_ANCHOR = 'signatures';
export const APPENDIX_ANCHOR = 'appendix-votes';
export const CHAPTERS_ANCHOR = 'appendix-chapters';

export const blockAnchor = (block: Pick<ExportBlock, 'id'>): string => anchorId('b-', block.id);

/** Whether the export has a ratification record section: always for ratified text, for a draft once a final motion exists. */
export function hasRecord(model: ExportModel): boolean {
  return model.mode === 'ratified' || model.finalMotion !== undefined;
}

export function contentsOf(w: Words, model: ExportModel): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  if (model.blocks.some((b) => b.type === 'preamble')) entries.push({ anchor: PREAMBLE_ANCHOR, level: 1, label: '', title: w.t('preamble') });
  for (const block of model.blocks) {
    if (block.type === 'article') entries.push({ anchor: blockAnchor(block), level: 1, label: block.label, title: block.text });
    if (block.type === 'section') entries.push({ anchor: blockAnchor(block), level: 2, label: block.label, title: block.text });
  }
  if (model.signatories) entries.push({ anchor: SIGNATURES_ANCHOR, level: 1, label: '', title: w.t('signatures.title') });
  if (hasRecord(model)) entries.push({ anchor: RECORD_ANCHOR, level: 1, label: '', title: w.t('record.title') });
  if (model.motions.length > 0) entries.push({ anchor: APPENDIX_ANCHOR, level: 1, label: '', title: w.t('appendix.title') });
  if (model.chapters) entries.push({ anchor: CHAPTERS_ANCHOR, level: 1, label: '', title: w.t('chapters.title') });
  return entries;
}
