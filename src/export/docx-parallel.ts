/**
 * Parallel texts in the Word export: the blocks in a two-column table without borders, each row a block's
 * paragraphs (numbered as without the table: the same Word list and heading styles) beside its translation.
 * A translation made from an older wording, or only a working one, says so in its own language.
 */
import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ExportBlock, ExportModel } from './model.ts';
import { translationNote } from './parallel.ts';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;

function translationParagraphs(model: ExportModel, block: ExportBlock): Paragraph[] {
  const translation = block.translation;
  if (model.parallel === undefined || !translation) return [new Paragraph({ children: [] })];
  const note = translationNote(model.parallel, translation);
  const runs = [new TextRun({ text: translation.text }), ...(note ? [new TextRun({ text: ` [${note}]`, italics: true, size: 17, color: '555555' })] : [])];
  return [new Paragraph({ children: runs })];
}

/**
 * `blocks` as `paragraphsOf` writes them, or, in a parallel export, as one two-column table: each block
 * beside its translation.
 */
export function parallelDocxBlocks(model: ExportModel, blocks: readonly ExportBlock[], paragraphsOf: (block: ExportBlock) => Paragraph[]): (Paragraph | Table)[] {
  if (model.parallel === undefined) return blocks.flatMap(paragraphsOf);
  if (blocks.length === 0) return [];
  const rows = blocks.map(
    (block) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: paragraphsOf(block) }),
          new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: translationParagraphs(model, block) }),
        ],
      }),
  );
  return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows })];
}
