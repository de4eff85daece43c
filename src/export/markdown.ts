/**
 * The Markdown export (CommonMark with a GFM table for the record): title, date line and member
 * organizations, the preamble, articles as level-2 headings, sections as level-3, clauses as paragraphs
 * led by their number (sub-clauses "(a)" and "(i)" indented by em spaces), optional provenance notes and status marks, the block to sign, the ratification
 * record and the appendix of votes on clauses and articles.
 */
import { depthOf } from '../constitution/schema.ts';
import { hasRecord } from './contents.ts';
import type { ChaptersAppendix, ExportBlock, ExportModel } from './model.ts';
import {
  adoptionLine,
  chairLine,
  chapterLine,
  combinedLine,
  dateLine,
  motionHeading,
  motionLine,
  motionTextLines,
  resultLine,
  signatoryCaption,
  statusLabel,
  voteLabel,
  wordsFor,
  type Words,
} from './wording.ts';
import { parallelMarkdown } from './parallel.ts';

/** Text that Markdown shows as it is: inline markup characters escaped, and no accidental block markers. */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
  return inline.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The indent of a sub-clause per level: two em spaces. */
const SUB_INDENT = '\u2003\u2003';

function status(w: Words, model: ExportModel, block: ExportBlock): string {
  return model.mode === 'draft' ? ` *\\[${statusLabel(w, block.status)}\\]*` : '';
}

function body(model: ExportModel, block: ExportBlock): string {
  const text = escapeMarkdown(block.text);
  return model.mode === 'draft' && (block.status === 'rejected' || block.status === 'void') && text ? `~~${text}~~` : text;
}

function note(w: Words, model: ExportModel, block: ExportBlock): string[] {
  return model.provenance && block.sources.length > 0 ? [`*${escapeMarkdown(w.t('drawnFrom', { sources: block.sources.join('; ') }))}*`, ''] : [];
}

/** The appendix "Member organizations and their chapters", when the coalition chose to print it. */
function chaptersMarkdown(w: Words, appendix: ChaptersAppendix): string[] {
  const lines = [`## ${escapeMarkdown(w.t('chapters.title'))}`, ''];
  for (const org of appendix.organizations) {
    lines.push(`### ${escapeMarkdown(`${org.name} (${org.short})`)}`, '');
    if (org.chapters.length === 0) lines.push(escapeMarkdown(w.t('chapters.none')), '');
    else lines.push(...org.chapters.map((c) => `- ${escapeMarkdown(chapterLine(w, c))}`), '');
  }
  if (appendix.combined.length > 0) lines.push(`### ${escapeMarkdown(w.t('chapters.combined'))}`, '', ...appendix.combined.map((c) => `- ${escapeMarkdown(combinedLine(c))}`), '');
  return lines;
}

export function renderMarkdown(model: ExportModel): string {
  const w = wordsFor(model.language);
  const lines: string[] = [];
  lines.push(`# ${escapeMarkdown(w.t('title.document', { coalition: model.coalition }))}`, '', `*${escapeMarkdown(dateLine(w, model))}*`, '');
  if (model.organizations.length > 0) {
    lines.push(escapeMarkdown(w.t('title.membersList')), '');
    for (const org of model.organizations) lines.push(`- ${escapeMarkdown(org.name)}`);
    lines.push('');
  }
  let inPreamble = false;
  for (const block of model.blocks) {
    if (block.type === 'preamble' && !inPreamble) lines.push(`## ${escapeMarkdown(w.t('preamble'))}`, '');
    inPreamble = block.type === 'preamble';
    switch (block.type) {
      case 'article':
        lines.push(`## ${block.label}: ${body(model, block)}${status(w, model, block)}`, '');
        break;
      case 'section':
        lines.push(`### ${block.label}: ${body(model, block)}${status(w, model, block)}`, '');
        break;
      case 'clause':
        // A sub-clause is indented by em spaces, which Markdown keeps (four ASCII spaces would make code).
        lines.push(`${SUB_INDENT.repeat(depthOf(block))}${block.label} ${body(model, block)}${status(w, model, block)}`, '');
        break;
      case 'preamble':
        lines.push(`${body(model, block)}${status(w, model, block)}`, '');
        break;
    }
    lines.push(...parallelMarkdown(model, block, escapeMarkdown));
    lines.push(...note(w, model, block));
  }
  if (model.signatories) {
    const block = model.signatories;
    lines.push(`## ${escapeMarkdown(w.t('signatures.title'))}`, '', escapeMarkdown(adoptionLine(w, block)), '', escapeMarkdown(chairLine(w, block)), '');
    for (const d of block.delegates) lines.push('\\_'.repeat(24), escapeMarkdown(signatoryCaption(w, d)), '');
  }
  if (hasRecord(model)) {
    lines.push(`## ${escapeMarkdown(w.t('record.title'))}`, '', escapeMarkdown(motionLine(w, model)), '');
    if (model.record.length > 0) {
      const heads = [w.t('record.organization'), w.t('record.vote'), w.t('record.date'), w.t('record.key')];
      lines.push(`| ${heads.map(escapeMarkdown).join(' | ')} |`, '| --- | --- | --- | --- |');
      for (const row of model.record) {
        const cells = [row.organization, voteLabel(w, row.vote), row.date, row.fingerprint].map(escapeMarkdown);
        lines.push(`| ${cells.join(' | ')} |`);
      }
      lines.push('');
    }
  }
  if (model.motions.length > 0) {
    lines.push(`## ${escapeMarkdown(w.t('appendix.title'))}`, '');
    const heads = `| ${escapeMarkdown(w.t('record.organization'))} | ${escapeMarkdown(w.t('record.vote'))} |`;
    for (const motion of model.motions) {
      lines.push(
        `### ${escapeMarkdown(motionHeading(w, motion))}`,
        '',
        ...motionTextLines(w, motion).map((line) => `> ${escapeMarkdown(line)}`),
        '',
        escapeMarkdown(resultLine(w, motion)),
        '',
      );
      lines.push(heads, '| --- | --- |', ...motion.votes.map((v) => `| ${escapeMarkdown(v.organization)} | ${escapeMarkdown(voteLabel(w, v.vote))} |`), '');
    }
  }
  if (model.chapters) lines.push(...chaptersMarkdown(w, model.chapters));
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
