/**
 * `concord export FILE --format pdf|docx|md|html|akn|record --out OUT [--draft] [--provenance] [--parallel LANG] [--json]`:
 * write the constitution in one format. Ratified text only unless --draft (the whole draft with status
 * marks); --provenance adds, under each clause, the organizations it came from; --parallel es prints each
 * block's Spanish translation beside it (PDF, HTML, Word) or under it (Markdown). PDF is printed by a
 * headless Chromium found on this machine (or $CHROMIUM_PATH). The workspace file is only read.
 */
import { isLanguage, LANGUAGES } from '../../src/i18n/languages.ts';
import { EXPORT_FORMATS, exportConstitution, isExportFormat, type PdfStep } from '../../src/export/index.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { launchChromium, requireChromium, type ChromiumPrinter } from '../chromium.ts';
import { nodeAnchorPages } from '../pdfjs.ts';
import { printJson, requireFlag, stringFlag, requirePositional, UsageError, type CommandAction } from '../command.ts';
import { openWorkspace } from '../workspace-file.ts';
import type { CliKey } from '../words.ts';

/** What each step of printing a PDF says on stderr. */
const STEP_TEXT = {
  'laying out': 'act.export.step.layingOut',
  printing: 'act.export.step.printing',
  'numbering pages': 'act.export.step.numberingPages',
  'printing with page numbers': 'act.export.step.printingWithPageNumbers',
} as const satisfies Readonly<Record<PdfStep, CliKey>>;

/** What was written, as the readable output says it. */
const WROTE = {
  ratified: { plain: 'act.export.ratified', provenance: 'act.export.ratifiedProvenance' },
  draft: { plain: 'act.export.draft', provenance: 'act.export.draftProvenance' },
} as const satisfies Readonly<Record<'ratified' | 'draft', Readonly<Record<'plain' | 'provenance', CliKey>>>>;

export const exportCommand: CommandAction = {
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    draft: { type: 'boolean' },
    provenance: { type: 'boolean' },
    parallel: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const format = requireFlag(args, 'format').toLowerCase();
    if (!isExportFormat(format)) throw new UsageError('usage.exportFormat', { format, formats: EXPORT_FORMATS.join(', ') });
    const out = requireFlag(args, 'out');
    const mode = args.values.draft ? 'draft' : 'ratified';
    const provenance = args.values.provenance === true;
    const json = args.values.json === true;
    const parallel = stringFlag(args, 'parallel');
    if (parallel !== undefined && !isLanguage(parallel)) throw new UsageError('usage.parallel', { value: parallel, languages: LANGUAGES.join(', ') });
    const doc = await openWorkspace(io, file);
    const chromium = format === 'pdf' ? requireChromium() : undefined;
    let printer: ChromiumPrinter | undefined;
    const print = async (html: string): Promise<Uint8Array> => {
      printer ??= await launchChromium(chromium ?? requireChromium());
      return printer.print(html);
    };
    try {
      const result = await exportConstitution(doc, {
        format,
        mode,
        provenance,
        ...(parallel === undefined ? {} : { parallel }),
        print,
        pagesOf: nodeAnchorPages,
        onProgress: json ? undefined : (step) => io.err(`${io.say(STEP_TEXT[step])}\n`),
      });
      await io.writeFile(out, result.bytes);
      if (json) printJson(io, { format, out, bytes: result.bytes.length, mode, provenance, ...(parallel === undefined ? {} : { parallel }), ...(chromium ? { chromium } : {}) });
      else io.out(`${io.say(WROTE[mode][provenance ? 'provenance' : 'plain'], { out, format })}\n`);
      return 0;
    } catch (error) {
      if (error instanceof ConcordError && error.code === 'export.nothing-ratified') {
        throw new ConcordError('export.nothing-ratified.cli', { file });
      }
      throw error;
    } finally {
      await printer?.close();
    }
  },
};
