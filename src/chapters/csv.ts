/**
 * Chapters from a CSV file (a spreadsheet saved as CSV): read with papaparse (commas, semicolons or tabs;
 * quoted fields over several lines), every row checked, and every problem reported with the line of the
 * file it is on. Importing is all or nothing: a file with any bad row adds no chapter at all. The template
 * the app offers for download is `chaptersTemplate`.
 */
import Papa from 'papaparse';
import type * as Y from 'yjs';
import { decodeText, type DecodedText } from '../import/decode-text.ts';
import { ConcordError } from '../workspace/errors.ts';
import { findOrganization, listOrganizations, readMeta, type Organization } from '../workspace/workspace.ts';
import {
  addChapters,
  chapterContext,
  chapterIdentity,
  ChapterIndex,
  checkChapter,
  listChapters,
  suggestedCoalitionName,
  type Chapter,
  type ChapterContext,
  type ChapterInput,
} from './chapters.ts';
import { placeKey } from './places.ts';

/** The columns a chapters file has, in the template's order; each with the headings it may be given under. */
const COLUMNS = {
  organization: ['organization', 'organisation', 'org', 'member', 'member organization'],
  localName: ['local name', 'chapter', 'chapter name', 'name'],
  coalitionName: ['coalition name', 'coalition chapter', 'coalition chapter name'],
  city: ['city', 'town'],
  region: ['state', 'region', 'state or region', 'province'],
  country: ['country'],
  contact: ['contact', 'email', 'e mail'],
  headquarters: ['headquarters', 'hq', 'head office'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lng', 'lon', 'long'],
} as const;
type Column = keyof typeof COLUMNS;

const TEMPLATE_HEADINGS: Readonly<Record<Column, string>> = {
  organization: 'Organization',
  localName: 'Local name',
  coalitionName: 'Coalition name',
  city: 'City',
  region: 'State or region',
  country: 'Country',
  contact: 'Contact',
  headquarters: 'Headquarters',
  latitude: 'Latitude',
  longitude: 'Longitude',
};

/** The largest file and the most rows a chapters file may have. */
const CSV_MAX_BYTES = 2_000_000;
export const CSV_MAX_ROWS = 5_000;

export interface CsvProblem {
  /** The line of the file (1 is the headings). */
  line: number;
  message: string;
}

/** A refused chapters file: every problem with its line. Nothing was imported. */
export class ChaptersCsvError extends ConcordError {
  readonly problems: readonly CsvProblem[];
  constructor(fileName: string, problems: readonly CsvProblem[]) {
    const shown = problems.slice(0, 20).map((p) => `  line ${p.line}: ${p.message}`);
    if (problems.length > 20) shown.push(`  …and ${problems.length - 20} more.`);
    super(problems.length === 1 ? 'chapters.bad-csv.one' : 'chapters.bad-csv.many', { fileName, count: problems.length, problems: shown.join('\n') });
    this.problems = problems;
  }
}

/** A CSV file to fill in: the headings and one example row for the coalition. */
export function chaptersTemplate(coalition: string, orgShort = 'ORG'): string {
  const example: Record<Column, string> = {
    organization: orgShort,
    localName: 'Downtown branch',
    coalitionName: suggestedCoalitionName(coalition || 'Our coalition', 'New York'),
    city: 'New York',
    region: 'NY',
    country: 'United States',
    contact: 'secretary@example.org',
    headquarters: 'yes',
    latitude: '',
    longitude: '',
  };
  return `${Papa.unparse({ fields: Object.values(TEMPLATE_HEADINGS), data: [Object.values(example)] }, { newline: '\r\n' })}\r\n`;
}

function isColumn(name: string): name is Column {
  return Object.hasOwn(COLUMNS, name);
}

function columnOf(heading: string): Column | undefined {
  const key = placeKey(heading);
  return Object.keys(COLUMNS)
    .filter(isColumn)
    .find((column) => COLUMNS[column].some((name) => name === key));
}

/** Text of a file's bytes: UTF-8 (with or without a byte-order mark) or UTF-16 with a mark; anything else is refused at the line it goes wrong on. */
function decodeCsv(bytes: Uint8Array, fileName: string): string | CsvProblem {
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes, fileName);
  } catch (error) {
    return { line: 1, message: error instanceof Error ? error.message : String(error) };
  }
  if (decoded.encoding !== 'windows-1252') return decoded.text;
  const loose = new TextDecoder('utf-8').decode(bytes);
  const line = loose.slice(0, Math.max(0, loose.indexOf('\uFFFD'))).split('\n').length;
  return {
    line,
    message:
      'the file is not saved as UTF-8 (it looks like Windows-1252 or Latin-1, so names with accents would come out wrong). Save it again as "CSV UTF-8" and import that file.',
  };
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'hq', 'si', 'oui', 'ja']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

function number(raw: string): number | undefined {
  const clean = raw.trim().replace(',', '.');
  return clean === '' ? undefined : /^[-+]?\d+(\.\d+)?$/.test(clean) ? Number(clean) : Number.NaN;
}

interface RowContext {
  chapters: ChapterContext;
  orgs: Organization[];
  /** The organization the file is imported for, if one was chosen. */
  forOrg: Organization | undefined;
}

/** One row as a chapter, or what is wrong with it. */
function readRow(cells: Partial<Record<Column, string>>, context: RowContext): ChapterInput | string {
  const named = (cells.organization ?? '').trim();
  let org = context.forOrg;
  if (named !== '') {
    const found = context.orgs.find((o) => o.id === named || o.short.toLowerCase() === named.toLowerCase() || placeKey(o.name) === placeKey(named));
    if (!found) return `"${named}" is not a member organization of this coalition (use its short name: ${context.orgs.map((o) => o.short).join(', ') || 'none yet'}).`;
    if (org && found.id !== org.id) return `the row is for ${found.short}, but this file is imported for ${org.short}.`;
    org = found;
  }
  if (!org) return 'the organization is missing (fill in the Organization column, or import the file for one organization).';
  const hq = placeKey(cells.headquarters ?? '');
  if (!YES.has(hq) && !NO.has(hq)) return `"${cells.headquarters ?? ''}" is not a headquarters value: write yes or leave it empty.`;
  const latitude = number(cells.latitude ?? '');
  const longitude = number(cells.longitude ?? '');
  try {
    return checkChapter(context.chapters, {
      org: org.id,
      localName: cells.localName ?? '',
      coalitionName: cells.coalitionName ?? '',
      city: cells.city ?? '',
      region: cells.region ?? '',
      country: cells.country ?? '',
      contact: cells.contact ?? '',
      headquarters: YES.has(hq),
      latitude,
      longitude,
    });
  } catch (error) {
    return error instanceof Error ? error.message.replace(/^./, (c) => c.toLowerCase()) : String(error);
  }
}

interface ParsedRow {
  line: number;
  cells: string[];
  error: string;
}

/** The rows of a CSV text with the line each starts on, and papaparse's complaint about each (""). */
function csvRows(raw: string): ParsedRow[] {
  const text = raw.replace(/\r\n?/g, '\n');
  // Lines counted as parsing moves on (rows come in order), never from the start again.
  let counted = 0;
  let newlines = 0;
  const lineAt = (index: number): number => {
    for (let at = text.indexOf('\n', counted); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) newlines += 1;
    counted = Math.max(counted, index);
    return newlines + 1;
  };
  const rows: ParsedRow[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    newline: '\n',
    step(result) {
      const blank = /^\n*/.exec(text.slice(start, result.meta.cursor))?.[0].length ?? 0;
      const complaint = result.errors[0];
      const line = complaint?.index === undefined ? lineAt(start + blank) : lineAt(complaint.index);
      rows.push({ line, cells: result.data, error: complaint ? complaintWords(complaint.code) : '' });
      start = result.meta.cursor;
    },
  });
  return rows;
}

function complaintWords(code: string): string {
  if (code === 'MissingQuotes') return 'a quoted field is never closed (a " is missing).';
  if (code === 'InvalidQuotes') return 'a field has a " in the wrong place (write "" for a quote inside a quoted field).';
  return 'the row cannot be read as CSV.';
}

/** Every chapter of a CSV file, or every problem with its line; `orgRef` imports the file for one organization. */
function parseChaptersCsv(doc: Y.Doc, bytes: Uint8Array, fileName: string, orgRef?: string): { chapters: ChapterInput[]; problems: CsvProblem[] } {
  const none: ChapterInput[] = [];
  if (bytes.length > CSV_MAX_BYTES)
    return {
      chapters: none,
      problems: [{ line: 1, message: `the file is larger than ${CSV_MAX_BYTES / 1_000_000} MB; a chapters list is much smaller. Check that it is the right file.` }],
    };
  const forOrg = orgRef === undefined ? undefined : findOrganization(doc, orgRef);
  if (orgRef !== undefined && !forOrg) throw new ConcordError('org.unknown.named', { ref: orgRef });
  const text = decodeCsv(bytes, fileName);
  if (typeof text !== 'string') return { chapters: none, problems: [text] };
  const [header, ...rows] = csvRows(text);
  if (!header) return { chapters: none, problems: [{ line: 1, message: 'the file is empty: it needs a line of headings and one line per chapter (download the template).' }] };
  const problems: CsvProblem[] = [];
  const columns = header.cells.map(columnOf);
  header.cells.forEach((heading, i) => {
    const column = columns[i];
    if (column === undefined && heading.trim() !== '')
      problems.push({ line: header.line, message: `the column "${heading}" is not one Concord knows (${Object.values(TEMPLATE_HEADINGS).join(', ')}).` });
    if (column !== undefined && columns.indexOf(column) !== i)
      problems.push({ line: header.line, message: `the column "${TEMPLATE_HEADINGS[column]}" is there twice (as "${heading}").` });
  });
  const required: Column[] = ['localName', 'city', 'country', ...(forOrg ? [] : (['organization'] as const))];
  for (const column of required) if (!columns.includes(column)) problems.push({ line: header.line, message: `the column "${TEMPLATE_HEADINGS[column]}" is missing.` });
  if (problems.length > 0) return { chapters: none, problems };
  if (rows.length === 0) return { chapters: none, problems: [{ line: header.line, message: 'the file lists no chapter: add one line per chapter under the headings.' }] };
  if (rows.length > CSV_MAX_ROWS)
    return { chapters: none, problems: [{ line: header.line, message: `the file lists ${rows.length} chapters; at most ${CSV_MAX_ROWS} can be imported at once.` }] };
  const context: RowContext = { chapters: chapterContext(doc), orgs: listOrganizations(doc), forOrg };
  const chapters: ChapterInput[] = [];
  const accepted = new ChapterIndex(listChapters(doc));
  const seen = new Map<string, number>();
  for (const row of rows) {
    const problem = (message: string): void => void problems.push({ line: row.line, message });
    if (row.error !== '') {
      problem(row.error);
      continue;
    }
    if (row.cells.length !== columns.length) {
      problem(
        `the row has ${row.cells.length} field${row.cells.length === 1 ? '' : 's'} where the headings have ${columns.length}${row.cells.length > columns.length ? ' (a comma inside a name needs the name in quotes)' : ''}.`,
      );
      continue;
    }
    const cells: Partial<Record<Column, string>> = {};
    row.cells.forEach((cell, i) => {
      const column = columns[i];
      if (column !== undefined) cells[column] = cell;
    });
    const chapter = readRow(cells, context);
    if (typeof chapter === 'string') {
      problem(chapter);
      continue;
    }
    const earlier = seen.get(chapterIdentity(chapter));
    if (earlier !== undefined) {
      problem(`the same chapter ("${chapter.localName}" in ${chapter.city}) is already on line ${earlier}.`);
      continue;
    }
    seen.set(chapterIdentity(chapter), row.line);
    const clash = accepted.clash(chapter);
    if (clash) {
      problem(clash.message.replace(/^./, (c) => c.toLowerCase()));
      continue;
    }
    accepted.add(chapter);
    chapters.push(chapter);
  }
  return { chapters: problems.length > 0 ? none : chapters, problems };
}

/** Import a CSV file's chapters, all or none: a ChaptersCsvError (every problem by line) leaves the workspace as it was. */
export function importChaptersCsv(doc: Y.Doc, bytes: Uint8Array, fileName: string, orgRef?: string): Chapter[] {
  const { chapters, problems } = parseChaptersCsv(doc, bytes, fileName, orgRef);
  if (problems.length > 0) throw new ChaptersCsvError(fileName, problems);
  return addChapters(doc, chapters);
}

/** The coalition's name, for the template's example row. */
export function templateFor(doc: Y.Doc, orgShort?: string): string {
  return chaptersTemplate(readMeta(doc).name, orgShort);
}
