/**
 * The Markdown export (CommonMark with a GFM table for the record): title, date line and member
 * organizations, the preamble, articles as level-2 headings, sections as level-3, clauses as paragraphs
 * led by their number (sub-clauses "(a)" and "(i)" indented by em spaces), optional provenance notes and status marks, the block to sign, the ratification
 * record and the appendix of votes on clauses and articles.
 */
import { depthOf } from '../constitution/schema.ts';
import { hasRecord } from './contents.ts';
import { STATUS_LABELS, type ChaptersAppendix, type ExportBlock, type ExportModel } from './model.ts';
import {
  adoptionLine,
  APPENDIX_TITLE,
  chairLine,
  chapterLine,
  CHAPTERS_TITLE,
  COMBINED_TITLE,
  combinedLine,
  dateLine,
  motionHeading,
  motionLine,
  motionTextLines,
  resultLine,
  signatoryCaption,
  SIGNATURES_TITLE,
  VOTE_LABELS,
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

function status(model: ExportModel, block: ExportBlock): string {
  return model.mode === 'draft' ? ` *\\[${STATUS_LABELS[block.status]}\\]*` : '';
}

function body(model: ExportModel, block: ExportBlock): string {
  const text = escapeMarkdown(block.text);
  return model.mode === 'draft' && (block.status === 'rejected' || block.status === 'void') && text ? `~~${text}~~` : text;
}

function note(model: ExportModel, block: ExportBlock): string[] {
  return model.provenance && block.sources.length > 0 ? [`*Drawn from: ${escapeMarkdown(block.sources.join('; '))}*`, ''] : [];
}

/** The appendix "Member organizations and their chapters", when the coalition chose to print it. */
function chaptersMarkdown(appendix: ChaptersAppendix): string[] {
  const lines = [`## ${CHAPTERS_TITLE}`, ''];
  for (const org of appendix.organizations) {
    lines.push(`### ${escapeMarkdown(`${org.name} (${org.short})`)}`, '');
    if (org.chapters.length === 0) lines.push('No chapter listed.', '');
    else lines.push(...org.chapters.map((c) => `- ${escapeMarkdown(chapterLine(c))}`), '');
  }
  if (appendix.combined.length > 0) lines.push(`### ${COMBINED_TITLE}`, '', ...appendix.combined.map((c) => `- ${escapeMarkdown(combinedLine(c))}`), '');
  return lines;
}

export function renderMarkdown(model: ExportModel): string {
  const lines: string[] = [];
  lines.push(`# Constitution of ${escapeMarkdown(model.coalition)}`, '', `*${escapeMarkdown(dateLine(model))}*`, '');
  if (model.organizations.length > 0) {
    lines.push('Member organizations:', '');
    for (const org of model.organizations) lines.push(`- ${escapeMarkdown(org.name)}`);
    lines.push('');
  }
  let inPreamble = false;
  for (const block of model.blocks) {
    if (block.type === 'preamble' && !inPreamble) lines.push('## Preamble', '');
    inPreamble = block.type === 'preamble';
    switch (block.type) {
      case 'article':
        lines.push(`## ${block.label}: ${body(model, block)}${status(model, block)}`, '');
        break;
      case 'section':
        lines.push(`### ${block.label}: ${body(model, block)}${status(model, block)}`, '');
        break;
      case 'clause':
        // A sub-clause is indented by em spaces, which Markdown keeps (four ASCII spaces would make code).
        lines.push(`${SUB_INDENT.repeat(depthOf(block))}${block.label} ${body(model, block)}${status(model, block)}`, '');
        break;
      case 'preamble':
        lines.push(`${body(model, block)}${status(model, block)}`, '');
        break;
    }
    lines.push(...parallelMarkdown(model, block, escapeMarkdown));
    lines.push(...note(model, block));
  }
  if (model.signatories) {
    lines.push(`## ${SIGNATURES_TITLE}`, '', escapeMarkdown(adoptionLine(model.signatories)), '', escapeMarkdown(chairLine(model.signatories)), '');
    for (const d of model.signatories.delegates) lines.push('\\_'.repeat(24), escapeMarkdown(signatoryCaption(d)), '');
  }
  if (hasRecord(model)) {
    lines.push('## Ratification record', '', escapeMarkdown(motionLine(model)), '');
    if (model.record.length > 0) {
      lines.push('| Organization | Vote | Date | Delegate key |', '| --- | --- | --- | --- |');
      for (const row of model.record) {
        const cells = [row.organization, VOTE_LABELS[row.vote], row.date, row.fingerprint].map(escapeMarkdown);
        lines.push(`| ${cells.join(' | ')} |`);
      }
      lines.push('');
    }
  }
  if (model.motions.length > 0) {
    lines.push(`## ${APPENDIX_TITLE}`, '');
    for (const motion of model.motions) {
      lines.push(
        `### ${escapeMarkdown(motionHeading(motion))}`,
        '',
        ...motionTextLines(motion).map((line) => `> ${escapeMarkdown(line)}`),
        '',
        escapeMarkdown(resultLine(motion)),
        '',
      );
      lines.push('| Organization | Vote |', '| --- | --- |', ...motion.votes.map((v) => `| ${escapeMarkdown(v.organization)} | ${VOTE_LABELS[v.vote]} |`), '');
    }
  }
  if (model.chapters) lines.push(...chaptersMarkdown(model.chapters));
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
