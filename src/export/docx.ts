/**
 * The Word export, written with the `docx` library: a title page, a table of contents (a real Word TOC
 * field, filled in with the page numbers docx's layout works out), articles in the Heading 1 style and
 * sections in Heading 2, clauses as numbered paragraphs and their sub-clauses below them — all numbered by
 * one Word multi-level list ("Article I", "Section 1", "(1)", "(a)", "(i)"), so Word renumbers them as the
 * text is edited — a running header with
 * the coalition's name, a footer "page N of M", optional provenance notes and status marks, the block to
 * sign (place and date of adoption, the chair, a signature line per delegate), the record, and the
 * appendix of votes on clauses and articles, and (when chosen) the member organizations' chapters.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { depthOf } from '../constitution/schema.ts';
import { hasRecord } from './contents.ts';
import { parallelDocxBlocks } from './docx-parallel.ts';
import type { ExportBlock, ExportModel, MotionRecord } from './model.ts';
import {
  adoptionLine,
  chairLine,
  chapterLine,
  combinedLine,
  dateLine,
  motionHeading,
  motionLine,
  motionTextLines,
  pageOfParts,
  resultLine,
  signatoryCaption,
  statusLabel,
  voteLabel,
  wordsFor,
  type Words,
} from './wording.ts';

const NUMBERING = 'constitution';
/** Fonts that Word has everywhere and that carry Cyrillic and Greek; docx's layout knows their widths. */
const FONT = 'Times New Roman';
const MONO = 'Courier New';

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (n: number): number => Math.round(n * TWIPS_PER_MM);

/** Word's language tag of each of Concord's languages (the document's proofing language). */
export const WORD_LANGUAGE: Readonly<Record<ExportModel['language'], string>> = { en: 'en-GB', es: 'es-ES' };

function statusRuns(w: Words, model: ExportModel, block: ExportBlock): TextRun[] {
  return model.mode === 'draft' ? [new TextRun({ text: ` [${statusLabel(w, block.status)}]`, italics: true, size: 18 })] : [];
}

function textRun(model: ExportModel, block: ExportBlock): TextRun {
  const struck = model.mode === 'draft' && (block.status === 'rejected' || block.status === 'void');
  return new TextRun({ text: block.text, strike: struck });
}

function provenanceParagraph(w: Words, model: ExportModel, block: ExportBlock): Paragraph[] {
  if (!model.provenance || block.sources.length === 0) return [];
  return [
    new Paragraph({
      indent: { left: mm(12) },
      spacing: { after: 120 },
      children: [new TextRun({ text: w.t('drawnFrom', { sources: block.sources.join('; ') }), italics: true, size: 17, color: '555555' })],
    }),
  ];
}

function blockParagraphs(w: Words, model: ExportModel, block: ExportBlock): Paragraph[] {
  const children = [textRun(model, block), ...statusRuns(w, model, block)];
  let paragraph: Paragraph;
  switch (block.type) {
    case 'article':
      paragraph = new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: NUMBERING, level: 0 }, children });
      break;
    case 'section':
      paragraph = new Paragraph({ heading: HeadingLevel.HEADING_2, numbering: { reference: NUMBERING, level: 1 }, children });
      break;
    case 'clause':
      paragraph = new Paragraph({ numbering: { reference: NUMBERING, level: 2 + depthOf(block) }, alignment: AlignmentType.JUSTIFIED, children });
      break;
    case 'preamble':
      paragraph = new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: children.map((run) => run) });
      break;
  }
  return [paragraph, ...provenanceParagraph(w, model, block)];
}

function titlePage(w: Words, model: ExportModel): Paragraph[] {
  const centred = (text: string, options: { size: number; bold?: boolean; italics?: boolean; before?: number; after?: number }): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: options.before ?? 0, after: options.after ?? 120 },
      children: [new TextRun({ text, size: options.size, bold: options.bold ?? false, italics: options.italics ?? false })],
    });
  const members = model.organizations.map((org) => centred(org.name, { size: 24 }));
  return [
    centred(w.t('title.kindCaps'), { size: 28, before: mm(60), after: 240 }),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(model.coalition)] }),
    centred(dateLine(w, model), { size: 26, italics: true, before: 240, after: 720 }),
    ...(members.length > 0 ? [centred(w.t('title.membersCaps'), { size: 20, after: 200 }), ...members] : []),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function recordSection(w: Words, model: ExportModel): (Paragraph | Table)[] {
  if (!hasRecord(model)) return [];
  const header = new TableRow({
    tableHeader: true,
    children: [w.t('record.organization'), w.t('record.vote'), w.t('record.date'), w.t('record.key')].map((text) => cell(text, { bold: true })),
  });
  const rows = model.record.map((row) => new TableRow({ children: [cell(row.organization), cell(voteLabel(w, row.vote)), cell(row.date), cell(row.fingerprint, { mono: true })] }));
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(w.t('record.title'))] }),
    new Paragraph({ children: [new TextRun(motionLine(w, model))] }),
    ...(rows.length > 0 ? [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] })] : []),
  ];
}

function cell(text: string, options: { bold?: boolean; mono?: boolean } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: options.bold ?? false, font: options.mono ? MONO : FONT, size: options.mono ? 18 : 20 })] })],
  });
}

/** Where and when the text was adopted, the chair, and a ruled line for each delegate to sign on with their name under it. */
function signatureSection(w: Words, model: ExportModel): Paragraph[] {
  const block = model.signatories;
  if (!block) return [];
  const line = (): Paragraph =>
    new Paragraph({
      spacing: { before: mm(14), after: 60 },
      indent: { right: mm(70) },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '111111', space: 1 } },
      children: [],
    });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(w.t('signatures.title'))] }),
    new Paragraph({ children: [new TextRun({ text: adoptionLine(w, block), size: 24 })] }),
    new Paragraph({ children: [new TextRun(chairLine(w, block))] }),
    ...block.delegates.flatMap((d) => [line(), new Paragraph({ keepLines: true, children: [new TextRun({ text: signatoryCaption(w, d), size: 20 })] })]),
  ];
}

function appendixMotion(w: Words, motion: MotionRecord): (Paragraph | Table)[] {
  const header = new TableRow({ tableHeader: true, children: [w.t('record.organization'), w.t('record.vote')].map((text) => cell(text, { bold: true })) });
  const rows = motion.votes.map((v) => new TableRow({ children: [cell(v.organization), cell(voteLabel(w, v.vote))] }));
  return [
    new Paragraph({ keepNext: true, spacing: { before: 240 }, children: [new TextRun({ text: motionHeading(w, motion), bold: true })] }),
    ...motionTextLines(w, motion).map((line) => new Paragraph({ children: [new TextRun({ text: line, italics: true })] })),
    new Paragraph({ children: [new TextRun(resultLine(w, motion))] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
  ];
}

function appendixSection(w: Words, model: ExportModel): (Paragraph | Table)[] {
  if (model.motions.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(w.t('appendix.title'))] }),
    ...model.motions.flatMap((motion) => appendixMotion(w, motion)),
  ];
}

/** The member organizations and their chapters, when the coalition chose to print them. */
function chaptersSection(w: Words, model: ExportModel): Paragraph[] {
  const appendix = model.chapters;
  if (!appendix) return [];
  const heading = (text: string): Paragraph => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
  const items = (lines: string[]): Paragraph[] =>
    lines.length === 0
      ? [new Paragraph({ children: [new TextRun(w.t('chapters.none'))] })]
      : lines.map((text) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] }));
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(w.t('chapters.title'))] }),
    ...appendix.organizations.flatMap((org) => [heading(`${org.name} (${org.short})`), ...items(org.chapters.map((c) => chapterLine(w, c)))]),
    ...(appendix.combined.length > 0 ? [heading(w.t('chapters.combined')), ...items(appendix.combined.map(combinedLine))] : []),
  ];
}

/** "page N of M" with Word's page fields in place of the numbers. */
export function pageFields(w: Words): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return pageOfParts(w).map((part) => (typeof part === 'string' ? part : part.counter === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES));
}

/** The Word document (.docx bytes) of `model`. */
export async function renderDocx(model: ExportModel): Promise<Uint8Array> {
  const w = wordsFor(model.language);
  const preamble = model.blocks.filter((block) => block.type === 'preamble');
  const rest = model.blocks.filter((block) => block.type !== 'preamble');
  const document = new Document({
    creator: 'Concord',
    title: w.t('title.document', { coalition: model.coalition }),
    pageNumbers: estimatePageNumbers,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: { value: WORD_LANGUAGE[model.language] } }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: FONT, size: 52, bold: true, color: '111111' }, paragraph: { alignment: AlignmentType.CENTER } },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: '111111' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 200 }, keepNext: true },
        },
        heading2: { run: { font: FONT, size: 23, bold: true, color: '111111' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: `${w.core('numbering.article', { number: '%1' })}:`, suffix: LevelSuffix.SPACE, alignment: AlignmentType.CENTER },
            { level: 1, format: LevelFormat.DECIMAL, text: `${w.core('numbering.section', { number: '%2' })}:`, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT },
            {
              level: 2,
              format: LevelFormat.DECIMAL,
              text: '(%3)',
              suffix: LevelSuffix.TAB,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: mm(12), hanging: mm(12) } } },
            },
            // Sub-clauses: "(a)" restarts under each clause, "(i)" under each "(a)" (Word restarts a level after a higher one).
            {
              level: 3,
              format: LevelFormat.LOWER_LETTER,
              text: '(%4)',
              suffix: LevelSuffix.TAB,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: mm(22), hanging: mm(10) } } },
            },
            {
              level: 4,
              format: LevelFormat.LOWER_ROMAN,
              text: '(%5)',
              suffix: LevelSuffix.TAB,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: mm(32), hanging: mm(10) } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(24), bottom: mm(24), left: mm(22), right: mm(22), header: mm(12), footer: mm(12) } },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: model.coalition, italics: true, size: 18 })] })] }),
        },
        footers: {
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 18, children: pageFields(w) })] })],
          }),
        },
        children: [
          ...titlePage(w, model),
          new TableOfContents(w.t('contents'), { hyperlink: true, headingStyleRange: '1-2' }),
          new Paragraph({ children: [new PageBreak()] }),
          ...(preamble.length > 0 ? [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(w.t('preamble'))] })] : []),
          ...parallelDocxBlocks(model, preamble, (block) => blockParagraphs(w, model, block)),
          ...parallelDocxBlocks(model, rest, (block) => blockParagraphs(w, model, block)),
          ...signatureSection(w, model),
          ...recordSection(w, model),
          ...appendixSection(w, model),
          ...chaptersSection(w, model),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
