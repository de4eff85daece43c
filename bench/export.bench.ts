/**
 * PDF export of a constitution of about 100 pages (the Debian constitution six times over, ratified, with
 * provenance notes), whole: building the export model from the Y.Doc, laying out the print HTML, printing
 * it, finding the headings' pages with pdf.js and printing again with the contents numbered. The baseline
 * is the same Chromium printing the same text once as plain HTML paragraphs, without our layout. A second
 * row counts starting and stopping Chromium too, as `concord export --format pdf` does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, requireChromium, type ChromiumPrinter } from '../cli/chromium.ts';
import { nodeAnchorPages } from '../cli/pdfjs.ts';
import { buildExportModel } from '../src/export/build-model.ts';
import { escapeMarkup } from '../src/export/escape.ts';
import type { ExportModel } from '../src/export/model.ts';
import { exportPdf } from '../src/export/pdf.ts';
import { plantedRatification, repeatedDebian, workspaceOf } from '../test/fixtures/export/corpus-workspace.ts';
import { medianMs, type Benchmark } from './bench.ts';

/** The same text and notes as plain paragraphs, in a type size that fills about as many pages as our layout. */
function plainHtml(model: ExportModel): string {
  const notes = (b: ExportModel['blocks'][number]): string => (b.sources.length ? `<p>Drawn from: ${escapeMarkup(b.sources.join('; '))}</p>` : '');
  const body = model.blocks.map((b) => `<p>${escapeMarkup(`${b.label} ${b.text}`)}</p>${notes(b)}`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>plain</title><style>body { font-size: 13.5pt; }</style></head><body>${body}</body></html>`;
}

function pageCount(pdf: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-'));
  try {
    writeFileSync(join(dir, 'x.pdf'), pdf);
    const info = execFileSync('pdfinfo', [join(dir, 'x.pdf')], { encoding: 'utf8' });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? Number.NaN);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const benchmark: Benchmark = {
  name: 'export',
  async run() {
    const chromium = requireChromium();
    const doc = workspaceOf(repeatedDebian(6));
    const { facts } = plantedRatification(doc);
    const sources = { sourcesOf: (id: string) => (id.charCodeAt(0) % 2 === 0 ? ['Partido Socialismo y Liberación', 'Союз'] : ['Союз']) };
    const exportAll = (printer: ChromiumPrinter): Promise<Uint8Array> =>
      exportPdf(buildExportModel(doc, { ratification: facts, provenance: true, sources }), { print: (html) => printer.print(html), pagesOf: nodeAnchorPages });
    const plain = plainHtml(buildExportModel(doc, { ratification: facts, provenance: true, sources }));

    const printer = await launchChromium(chromium);
    let pages = 0;
    let plainPages = 0;
    let warm: number;
    let baseline: number;
    try {
      pages = pageCount(await exportAll(printer));
      plainPages = pageCount(await printer.print(plain));
      warm = await medianMs(() => exportAll(printer), 5, 1);
      baseline = await medianMs(() => printer.print(plain), 5, 1);
    } finally {
      await printer.close();
    }
    const cold = await medianMs(
      async () => {
        const own = await launchChromium(chromium);
        try {
          await exportAll(own);
        } finally {
          await own.close();
        }
      },
      3,
      0,
    );
    const coldBaseline = await medianMs(
      async () => {
        const own = await launchChromium(chromium);
        try {
          await own.print(plain);
        } finally {
          await own.close();
        }
      },
      3,
      0,
    );
    return [
      {
        figure: `PDF export, ${pages} pages (model, layout, 2 printings, page numbers), median ms`,
        concord: warm,
        baseline,
        baselineName: `Chromium printing the same text as plain HTML once (${plainPages} pages, default page)`,
        unit: 'ms',
      },
      {
        figure: `PDF export, ${pages} pages, with starting and stopping Chromium, median ms`,
        concord: cold,
        baseline: coldBaseline,
        baselineName: `start Chromium, print the plain HTML (${plainPages} pages) once, stop`,
        unit: 'ms',
      },
    ];
  },
};

export default benchmark;
