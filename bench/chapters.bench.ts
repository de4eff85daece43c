/**
 * Chapters at the size of a large coalition: a CSV file of 5,000 chapters (the most one import takes)
 * spread over 120 US cities. Figures, each beside a baseline measured in the same run:
 * - importing it (decoding, parsing with papaparse, checking every row, the duplicate and headquarters
 *   rules, writing the chapters to the Y.Doc), on a fresh workspace each time, against papaparse alone
 *   parsing the same text with its header row, and against papaparse plus writing every row unchecked
 *   as a Y.Map into a fresh Y.Doc in one transaction (the floor of any import into the workspace);
 * - the overlap (cities and regions of two or more members) of those 5,000 chapters read back from the
 *   Y.Doc, against reading them back alone.
 */
import Papa from 'papaparse';
import * as Y from 'yjs';
import { listChapters } from '../src/chapters/chapters.ts';
import { importChaptersCsv } from '../src/chapters/csv.ts';
import { overlapOf } from '../src/chapters/overlap.ts';
import { newWorkspaceDoc } from '../src/workspace/doc.ts';
import { initWorkspace } from '../src/workspace/init.ts';
import { addOrganization } from '../src/workspace/workspace.ts';
import { medianMs, type Benchmark } from './bench.ts';

const ROWS = 5000;
const ORGS = 12;
const STATES = ['NY', 'TX', 'CA', 'IL', 'VT', 'WA', 'OR', 'FL', 'GA', 'MA', 'PA', 'OH'];

function coalition(): Y.Doc {
  const doc = newWorkspaceDoc();
  initWorkspace(doc, 'Coalition of the Left');
  for (let i = 0; i < ORGS; i += 1) addOrganization(doc, { name: `Organization ${i}`, short: `O${i}` });
  return doc;
}

function csv(): string {
  const lines = ['Organization,Local name,City,State,Country,Headquarters'];
  for (let i = 0; i < ROWS; i += 1) lines.push(`O${i % ORGS},"Local ${i}, branch",City ${i % 120},${STATES[i % STATES.length] ?? 'NY'},USA,${i < ORGS ? 'yes' : ''}`);
  return `${lines.join('\r\n')}\r\n`;
}

const benchmark: Benchmark = {
  name: 'chapters',
  async run() {
    const text = csv();
    const bytes = new TextEncoder().encode(text);
    const docs = Array.from({ length: 9 }, coalition);
    let next = 0;
    const imported = await medianMs(() => importChaptersCsv(docs[next++] ?? coalition(), bytes, 'chapters.csv'), 7, 2);
    const parsed = await medianMs(() => Papa.parse(text, { header: true, skipEmptyLines: 'greedy' }));
    const raw = await medianMs(() => {
      const doc = new Y.Doc();
      const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' }).data;
      doc.transact(() => {
        rows.forEach((row, i) => {
          const map = new Y.Map<unknown>();
          for (const [key, value] of Object.entries(row)) if (value !== '') map.set(key, value);
          doc.getMap('chapters').set(String(i), map);
        });
      });
    });
    const full = docs[0] ?? coalition();
    if (listChapters(full).length !== ROWS) throw new Error('the import did not add every chapter');
    const overlap = await medianMs(() => overlapOf(listChapters(full)));
    const read = await medianMs(() => listChapters(full));
    return [
      {
        figure: `import a CSV of ${ROWS.toLocaleString('en')} chapters (checked, all or none, into the Y.Doc), median`,
        concord: imported,
        baseline: parsed,
        baselineName: 'Papa.parse of the same text alone',
        unit: 'ms',
      },
      {
        figure: `import a CSV of ${ROWS.toLocaleString('en')} chapters, median`,
        concord: imported,
        baseline: raw,
        baselineName: 'Papa.parse + each row written unchecked as a Y.Map',
        unit: 'ms',
      },
      {
        figure: `overlap of ${ROWS.toLocaleString('en')} chapters read from the Y.Doc, median`,
        concord: overlap,
        baseline: read,
        baselineName: 'reading the chapters alone',
        unit: 'ms',
      },
    ];
  },
};

export default benchmark;
