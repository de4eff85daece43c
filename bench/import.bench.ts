/**
 * Import time per format, on the Debian constitution (36 KB of text; 11 PDF pages): Concord's whole read
 * (parse + layout analysis + outline into a draft) against the raw parser alone on the same bytes — pdf.js
 * text extraction, mammoth, mdast-util-from-markdown, htmlparser2, fflate + htmlparser2, TextDecoder. And
 * full-text search over twelve organizations' principles against a plain substring scan of the same texts.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { nodePdfJs } from '../cli/pdfjs.ts';
import { commitImport, readImportDraft } from '../src/import/index.ts';
import { searchPrinciples } from '../src/workspace/principle-search.ts';
import { currentPrinciples } from '../src/workspace/sources.ts';
import { workspace } from '../test/fixtures/import/helpers.ts';
import { corpusPath } from '../test/fixtures/corpus-path.ts';
import { addOrganization } from '../src/workspace/workspace.ts';
import { medianMs, type Benchmark, type BenchRow } from './bench.ts';

const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(corpusPath(name)));

function parseHtml(text: string, xmlMode = false): void {
  const parser = new Parser({}, { xmlMode });
  parser.write(text);
  parser.end();
}

async function pdfText(bytes: Uint8Array): Promise<void> {
  const pdfjs = await nodePdfJs();
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 });
  const document = await task.promise;
  for (let n = 1; n <= document.numPages; n += 1) await (await document.getPage(n)).getTextContent();
  await task.destroy();
}

const BASELINES: Record<string, { name: string; run: (bytes: Uint8Array) => unknown }> = {
  txt: { name: 'TextDecoder alone', run: (bytes) => new TextDecoder().decode(bytes) },
  md: { name: 'mdast-util-from-markdown alone', run: (bytes) => fromMarkdown(new TextDecoder().decode(bytes)) },
  html: { name: 'htmlparser2 alone', run: (bytes) => parseHtml(new TextDecoder().decode(bytes)) },
  docx: {
    name: 'mammoth.convertToHtml alone',
    run: (bytes) => {
      const arrayBuffer = bytes.slice().buffer;
      const input = { arrayBuffer, buffer: arrayBuffer };
      return mammoth.convertToHtml(input);
    },
  },
  odt: {
    name: 'fflate unzip + htmlparser2 (XML) alone',
    run: (bytes) => {
      const entries = unzipSync(bytes, { filter: (f) => f.name === 'content.xml' || f.name === 'styles.xml' });
      for (const entry of Object.values(entries)) parseHtml(new TextDecoder().decode(entry), true);
    },
  },
  pdf: { name: 'pdf.js getTextContent of every page alone', run: pdfText },
};

const benchmark: Benchmark = {
  name: 'import',
  async run() {
    const rows: BenchRow[] = [];
    for (const [format, baseline] of Object.entries(BASELINES)) {
      const fileName = `debian-constitution.${format}`;
      const bytes = bytesOf(fileName);
      const concord = await medianMs(() => readImportDraft({ fileName, bytes }, { pdfjs: nodePdfJs }), format === 'pdf' ? 5 : 9);
      const raw = await medianMs(() => baseline.run(bytes), format === 'pdf' ? 5 : 9);
      rows.push({ figure: `import .${format} (Debian constitution), median`, concord, baseline: raw, baselineName: baseline.name, unit: 'ms' });
    }
    // Search: twelve organizations, each with the whole constitution (about 2,000 principles in all).
    const doc = workspace();
    const draft = await readImportDraft({ fileName: 'debian-constitution.txt', bytes: bytesOf('debian-constitution.txt') });
    for (let i = 0; i < 12; i += 1) {
      const org = addOrganization(doc, { name: `Member ${i}`, short: `m${i}` });
      commitImport(doc, org.id, draft);
    }
    const texts = currentPrinciples(doc).map((p) => `${p.path.join(' ')} ${p.text}`.toLowerCase());
    const search = await medianMs(() => searchPrinciples(doc, 'casting vote'));
    const scan = await medianMs(() => texts.filter((t) => t.includes('casting') && t.includes('vote')));
    rows.push({
      figure: `search "casting vote" over ${texts.length} principles, median`,
      concord: search,
      baseline: scan,
      baselineName: 'substring scan of the texts',
      unit: 'ms',
    });
    return rows;
  },
};

export default benchmark;
