/**
 * A meeting's minutes as a Word document, written with the `docx` library: the same heading as the PDF
 * (the coalition, the meeting's date and chair, where the minutes stand) and the minutes' Markdown laid
 * out (minutes-markdown.ts) — headings in Word's heading styles, list items with their markers and a
 * hanging indent, struck-through and bold words as Word's own strike and bold, https links as hyperlinks.
 * Text goes into Word's runs as text, so nothing in it can become markup.
 */
import { pageFields, WORD_LANGUAGE } from './docx.ts';
import { wordsFor } from './wording.ts';
import { AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { minutesStatusWords, type MeetingMinutes } from './minutes-document.ts';
import { readMinutesMarkdown, type MinutesBlock, type Run } from './minutes-markdown.ts';

const FONT = 'Times New Roman';
const MONO = 'Courier New';
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (n: number): number => Math.round(n * TWIPS_PER_MM);
const INDENT_MM = 8;
const MAX_INDENT_LEVELS = 8;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** A run's text as Word runs: a line break inside it becomes Word's break. */
function textRuns(run: Run): TextRun[] {
  return run.text.split('\n').map(
    (text, i) =>
      new TextRun({
        text,
        break: i > 0 ? 1 : undefined,
        bold: run.bold,
        italics: run.italic,
        strike: run.strike,
        font: run.code ? MONO : undefined,
        style: run.href !== '' ? 'Hyperlink' : undefined,
      }),
  );
}

function children(runs: readonly Run[]): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] => (run.href !== '' ? [new ExternalHyperlink({ link: run.href, children: textRuns(run) })] : textRuns(run)));
}

function left(depth: number, hanging = 0): { left: number; hanging?: number } {
  const base = mm(Math.min(depth, MAX_INDENT_LEVELS) * INDENT_MM);
  return hanging > 0 ? { left: base + mm(hanging), hanging: mm(hanging) } : { left: base };
}

function blockParagraph(block: MinutesBlock): Paragraph {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({ heading: HEADINGS[Math.min(Math.max(block.level, 1), 6) - 1], children: children(block.runs) });
    case 'paragraph': {
      const marker = block.marker !== '' ? [new TextRun({ text: `${block.marker}\t` })] : [];
      return new Paragraph({
        indent: block.marker !== '' ? left(block.depth - 1, 6) : left(block.depth),
        tabStops: block.marker !== '' ? [{ type: 'left', position: left(block.depth - 1, 6).left }] : undefined,
        border: block.quote ? { left: { style: BorderStyle.SINGLE, size: 12, color: 'BBBBBB', space: 6 } } : undefined,
        children: [...marker, ...children(block.runs)],
      });
    }
    case 'code':
      return new Paragraph({
        indent: left(block.depth),
        children: block.text.split('\n').map((text, i) => new TextRun({ text, font: MONO, size: 19, break: i > 0 ? 1 : undefined })),
      });
    case 'rule':
      return new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 4 } }, children: [] });
  }
}

function heading(minutes: MeetingMinutes): Paragraph[] {
  const w = wordsFor(minutes.language);
  return [
    new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: minutes.coalition, bold: true, size: 28 })] }),
    new Paragraph({ spacing: { after: 80 }, children: [new TextRun(w.t('minutes.meeting', { date: minutes.date, chair: minutes.chair }))] }),
    new Paragraph({
      spacing: { after: 360 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '333333', space: 6 } },
      children: [
        new TextRun({ text: w.t('minutes.statusLabel', { status: minutesStatusWords(minutes.status, minutes.language) }), bold: true, size: 20 }),
        new TextRun({ text: minutes.statusLine, size: 20 }),
      ],
    }),
  ];
}

/** The Word document (.docx bytes) of `minutes`. */
export async function renderMinutesDocx(minutes: MeetingMinutes): Promise<Uint8Array> {
  const w = wordsFor(minutes.language);
  const read = readMinutesMarkdown(minutes.markdown);
  const note = read.plain ? [new Paragraph({ children: [new TextRun({ text: w.t('minutes.plain'), italics: true, size: 19 })] })] : [];
  const document = new Document({
    creator: 'Concord',
    title: w.t('minutes.title', { date: minutes.date, coalition: minutes.coalition }),
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: { value: WORD_LANGUAGE[minutes.language] } }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: { run: { font: FONT, size: 32, bold: true, color: '111111' }, paragraph: { spacing: { before: 120, after: 200 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: '111111' }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
        heading3: { run: { font: FONT, size: 23, bold: true, color: '111111' }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(22), bottom: mm(24), left: mm(22), right: mm(22), header: mm(12), footer: mm(12) } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 18, children: pageFields(w) })] })],
          }),
        },
        children: [...heading(minutes), ...note, ...read.blocks.map(blockParagraph)],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
