/**
 * Bad input: every kind of file that cannot be imported gets its own clear message, naming the file, with a
 * stable code — and the workspace the import ran against stays byte-identical: each bad file goes through
 * `concord import` into a real workspace file holding a source already. Zip bombs and a PDF of 150,000 pages
 * (generated here, small) are refused quickly with their own messages. Text in other encodings is read, not
 * refused.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { nodePdfJs } from '../../cli/pdfjs.ts';
import { commitImport, readImportDraft, suggestSource, type ImportInput } from '../../src/import/index.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { requireOrganization } from '../../src/workspace/workspace.ts';
import { CORPUS } from '../fixtures/corpus-path.ts';
import { manyPagePdf, understate, zipBomb } from '../fixtures/import/bombs.ts';
import { fixtureFile, workspace } from '../fixtures/import/helpers.ts';
import { recordFigures } from '../figures.ts';
import { concord, tempDir } from './cli-helpers.ts';

const MB = 1024 * 1024;

/** Deterministic bytes that are no known format (and contain zeros). */
function garbage(length: number, seed = 7): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state >> 23;
  });
}

const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(CORPUS, name)));
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const half = (bytes: Uint8Array): Uint8Array => bytes.slice(0, Math.floor(bytes.length / 2));

/** A valid ZIP whose first entry's compressed data is then damaged. */
function damagedZip(): Uint8Array {
  const zip = zipSync({ 'word/document.xml': strToU8('<w:document>'.repeat(500)) }, { level: 9 });
  const copy = zip.slice();
  for (let i = 60; i < 90; i += 1) copy[i] = 0xff;
  return copy;
}

interface BadCase {
  name: string;
  input: ImportInput;
  code: string;
  /** Words the message must contain besides the file name. */
  says: RegExp;
  /** `concord import --max-mb`, for a limit other than the default. */
  maxMb?: number;
  /** Counted, with its time, among the bombs of the reliability figures. */
  bomb?: true;
}

/** One part of 110 MB of spaces, 100 KB deflated; its directory tells the truth, or says 6 KB. */
const bigPart = zipBomb([{ name: 'word/document.xml', unpacked: 110 * MB }]);
const understated = understate(bigPart, 'word/document.xml', 6000);
const TOO_LARGE_UNPACKED = /too large once unpacked: its contents come to more than 100 MB/;

const BAD: BadCase[] = [
  { name: 'empty .txt', input: { fileName: 'empty.txt', bytes: new Uint8Array() }, code: 'import.empty', says: /empty/ },
  { name: 'empty .docx', input: { fileName: 'empty.docx', bytes: new Uint8Array() }, code: 'import.empty', says: /empty/ },
  { name: 'empty .pdf', input: { fileName: 'empty.pdf', bytes: new Uint8Array() }, code: 'import.empty', says: /empty/ },
  { name: 'only white space', input: { fileName: 'blank.md', bytes: text('  \n\n\t\n') }, code: 'import.empty', says: /no text/ },
  { name: 'only rules and punctuation', input: { fileName: 'rules.txt', bytes: text('=====\n-----\n* * *\n') }, code: 'import.empty', says: /no text/ },
  { name: 'binary garbage as .docx', input: { fileName: 'garbage.docx', bytes: garbage(4000) }, code: 'import.not-docx', says: /not a Word document/ },
  { name: 'binary garbage as .pdf', input: { fileName: 'garbage.pdf', bytes: garbage(4000) }, code: 'import.not-pdf', says: /not a PDF/ },
  { name: 'binary garbage as .odt', input: { fileName: 'garbage.odt', bytes: garbage(4000) }, code: 'import.not-odt', says: /not an OpenDocument/ },
  { name: 'binary garbage as .txt', input: { fileName: 'garbage.txt', bytes: garbage(4000) }, code: 'import.binary', says: /binary/ },
  { name: 'binary garbage as .html', input: { fileName: 'garbage.html', bytes: garbage(4000, 3) }, code: 'import.binary', says: /binary/ },
  { name: 'truncated .docx', input: { fileName: 'cut.docx', bytes: half(corpus('debian-constitution.docx')) }, code: 'import.truncated', says: /cut short/ },
  { name: 'truncated .odt', input: { fileName: 'cut.odt', bytes: half(corpus('debian-constitution.odt')) }, code: 'import.truncated', says: /cut short/ },
  { name: 'truncated .pdf', input: { fileName: 'cut.pdf', bytes: half(corpus('debian-constitution.pdf')) }, code: 'import.truncated', says: /cut short/ },
  { name: 'a .docx with damaged data', input: { fileName: 'damaged.docx', bytes: damagedZip() }, code: 'import.corrupt', says: /damaged/ },
  {
    name: 'a PDF header over garbage',
    input: { fileName: 'fake.pdf', bytes: new Uint8Array([...text('%PDF-1.7\n'), ...garbage(3000), ...text('\n%%EOF\n')]) },
    code: 'import.corrupt',
    says: /damaged/,
  },
  {
    name: 'a Word document whose XML is broken',
    input: { fileName: 'broken.docx', bytes: zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') }) },
    code: 'import.corrupt',
    says: /damaged and cannot be read as a Word document/,
  },
  {
    name: 'a ZIP that is no Word document',
    input: { fileName: 'archive.docx', bytes: zipSync({ 'notes.txt': strToU8('hello') }) },
    code: 'import.not-docx',
    says: /no word\/document\.xml/,
  },
  { name: 'a ZIP that is no OpenDocument', input: { fileName: 'archive.odt', bytes: zipSync({ 'notes.txt': strToU8('hello') }) }, code: 'import.not-odt', says: /no content\.xml/ },
  {
    name: 'a password-protected Word file',
    input: { fileName: 'locked.docx', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...garbage(2000)]) },
    code: 'import.encrypted',
    says: /password/,
  },
  { name: 'a PDF encrypted with AES-256 and a password', input: fixtureFile('encrypted-aes256.pdf'), code: 'import.pdf-encrypted', says: /password/ },
  { name: 'a PDF encrypted with RC4 and a password', input: fixtureFile('encrypted-rc4.pdf'), code: 'import.pdf-encrypted', says: /password/ },
  { name: 'a scanned PDF without a text layer', input: fixtureFile('scanned-no-text.pdf'), code: 'import.pdf-no-text', says: /OCR/ },
  {
    name: 'a file over a configured limit',
    input: { fileName: 'long.txt', bytes: text('A principle.\n'.repeat(200)) },
    maxMb: 1 / 1024,
    code: 'import.too-large',
    says: /too large to import \(2\.5 KB; the limit is 1\.0 KB\)/,
  },
  { name: 'a file over the default 25 MB', input: { fileName: 'huge.txt', bytes: new Uint8Array(25 * 1024 * 1024 + 1).fill(65) }, code: 'import.too-large', says: /25 MB/ },
  { name: 'an unknown extension', input: { fileName: 'principles.xyz', bytes: text('We believe.') }, code: 'import.unknown-format', says: /"\.xyz" files cannot be imported/ },
  { name: 'an old Word .doc', input: { fileName: 'old.doc', bytes: garbage(100) }, code: 'import.unknown-format', says: /save it as \.docx/ },
  { name: 'a Rich Text file', input: { fileName: 'notes.rtf', bytes: text('{\\rtf1 hello}') }, code: 'import.unknown-format', says: /Rich Text/ },
  { name: 'no extension at all', input: { fileName: 'README', bytes: text('We believe.') }, code: 'import.unknown-format', says: /no file extension/ },
  { name: 'Markdown with headings only', input: { fileName: 'outline.md', bytes: text('# Title\n\n## One\n\n## Two\n') }, code: 'import.no-principles', says: /No principles/ },
  { name: 'a title and nothing else', input: { fileName: 'title.txt', bytes: text('Our Principles\n') }, code: 'import.no-principles', says: /No principles/ },
  { name: 'a .docx bomb declaring its 110 MB', input: { fileName: 'bomb.docx', bytes: bigPart }, code: 'import.too-large-unpacked', says: TOO_LARGE_UNPACKED, bomb: true },
  {
    name: 'a .docx bomb whose directory says 6 KB',
    input: { fileName: 'liar.docx', bytes: understated },
    code: 'import.too-large-unpacked',
    says: TOO_LARGE_UNPACKED,
    bomb: true,
  },
  {
    name: 'a .docx bomb spread over six pictures of 20 MB each declaring 1 KB',
    input: {
      fileName: 'pictures.docx',
      bytes: zipBomb(
        [1, 2, 3, 4, 5, 6].map((n) => ({ name: `word/media/image${n}.png`, unpacked: 20 * MB, declared: 1000 })),
        { 'word/document.xml': '<w:document/>' },
      ),
    },
    code: 'import.too-large-unpacked',
    says: TOO_LARGE_UNPACKED,
    bomb: true,
  },
  {
    name: 'an .odt bomb: content.xml and styles.xml of 60 MB each declaring 100 bytes',
    input: {
      fileName: 'bomb.odt',
      bytes: zipBomb(
        [
          { name: 'content.xml', unpacked: 60 * MB, declared: 100 },
          { name: 'styles.xml', unpacked: 60 * MB, declared: 100 },
        ],
        { mimetype: 'application/vnd.oasis.opendocument.text' },
      ),
    },
    code: 'import.too-large-unpacked',
    says: TOO_LARGE_UNPACKED,
    bomb: true,
  },
  {
    name: 'a .docx whose part holds less than it declares',
    input: { fileName: 'short.docx', bytes: zipBomb([{ name: 'word/document.xml', unpacked: 2 * MB, declared: 3 * MB }]) },
    code: 'import.corrupt',
    says: /damaged and cannot be opened as a Word document \(\.docx\) \(word\/document\.xml does not hold the size it declares\)/,
  },
  {
    name: 'a PDF of 150,000 pages under the 25 MB limit',
    input: { fileName: 'pages.pdf', bytes: manyPagePdf(150_000) },
    code: 'import.pdf-too-many-pages',
    says: /has 150,000 pages; Concord imports PDFs of up to 2,000 pages/,
    bomb: true,
  },
];

async function failure(input: ImportInput, options: { pdfjs?: undefined } = {}): Promise<ConcordError> {
  try {
    await readImportDraft(input, { pdfjs: nodePdfJs, ...options });
  } catch (error) {
    if (error instanceof ConcordError) return error;
    throw error;
  }
  throw new Error(`${input.fileName} was imported, but should have been refused`);
}

interface ImportReport {
  files: { ok: boolean; error?: { code: string; message: string } }[];
}

/** A workspace file holding one organization and one imported source, made once and copied per case. */
let seeded = '';
beforeAll(async () => {
  const dir = tempDir();
  seeded = join(dir, 'seeded.concord');
  const zen = join(dir, 'zen-of-python.txt');
  copyFileSync(resolve(CORPUS, 'zen-of-python.txt'), zen);
  for (const argv of [
    ['init', seeded, '--name', 'Coalition'],
    ['org', 'add', seeded, '--name', 'Debian', '--short', 'dsa'],
    ['import', seeded, '--org', 'dsa', zen],
  ]) {
    expect((await concord(argv)).code).toBe(0);
  }
});

let handled = 0;
const zipBombTimes: number[] = [];
let hugePdfMs = 0;
afterAll(() => {
  recordFigures('bad-files', { files: BAD.length, handled });
  const bombs = BAD.filter((c) => c.bomb === true).length;
  const refused = zipBombTimes.length + (hugePdfMs > 0 ? 1 : 0);
  recordFigures('import-bombs', { bombs, refused, slowestZipMs: Math.round(Math.max(0, ...zipBombTimes)), hugePdfPages: 150_000, hugePdfMs: Math.round(hugePdfMs) });
});

describe('bad input', () => {
  it('covers at least 20 bad files', () => {
    expect(BAD.length).toBeGreaterThanOrEqual(20);
  });

  it.each(BAD)('$name: "$code", a message naming the file, the workspace file unchanged', { timeout: 60_000 }, async ({ input, code, says, maxMb, bomb }) => {
    const dir = tempDir();
    const file = join(dir, 'coalition.concord');
    copyFileSync(seeded, file);
    const before = readFileSync(file);
    const path = join(dir, input.fileName);
    writeFileSync(path, input.bytes);
    const started = performance.now();
    const result = await concord(['import', file, '--org', 'dsa', path, '--json', ...(maxMb === undefined ? [] : ['--max-mb', String(maxMb)])]);
    const took = performance.now() - started;
    expect(result.code).toBe(1);
    const report: ImportReport = JSON.parse(result.out);
    const error = report.files[0]?.error;
    expect(error?.code).toBe(code);
    expect(error?.message).toContain(input.fileName);
    expect(error?.message).toMatch(says);
    expect(readFileSync(file).equals(before)).toBe(true);
    handled += 1;
    if (code === 'import.pdf-too-many-pages') hugePdfMs = took;
    else if (bomb) zipBombTimes.push(took);
  });

  it('a PDF that takes longer than the time limit is stopped, and the workspace it was read for is unchanged', async () => {
    const doc = workspace();
    const before = Y.encodeStateAsUpdate(doc);
    const input = { fileName: 'slow.pdf', bytes: manyPagePdf(1500) };
    // What the app does: read the draft (in its worker), then commit it to the workspace.
    const error = await readImportDraft(input, { pdfjs: nodePdfJs, maxPdfSeconds: 0.05 })
      .then((draft) => commitImport(doc, 'dsa', draft, suggestSource(doc, requireOrganization(doc, 'dsa').id, draft)?.id))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ConcordError);
    expect(error instanceof ConcordError ? [error.code, error.message] : []).toEqual([
      'import.pdf-too-slow',
      expect.stringMatching(/^slow\.pdf took too long to read: it was stopped after 0\.05 seconds/),
    ]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('documents within the limits still import: the real .docx, .odt and .pdf, and a PDF of 40 pages', async () => {
    for (const name of ['debian-constitution.docx', 'debian-constitution.odt', 'debian-constitution.pdf']) {
      const draft = await readImportDraft({ fileName: name, bytes: corpus(name) }, { pdfjs: nodePdfJs });
      expect(draft.principles.length).toBeGreaterThan(100);
    }
    const pages = await readImportDraft({ fileName: 'pages.pdf', bytes: manyPagePdf(40) }, { pdfjs: nodePdfJs });
    expect(pages.principles.map((p) => p.text)).toContain('Every delegate votes.');
  });

  it('PDFs are refused clearly where no PDF reader was provided', async () => {
    const error = await failure({ fileName: 'zen.pdf', bytes: corpus('zen-of-python.pdf') }, { pdfjs: undefined });
    expect(error.code).toBe('import.pdf-unavailable');
  });

  it('the original bytes are not detached or changed by reading (pdf.js takes what it is given)', async () => {
    const bytes = corpus('zen-of-python.pdf');
    const copy = bytes.slice();
    await readImportDraft({ fileName: 'zen.pdf', bytes }, { pdfjs: nodePdfJs });
    expect(bytes).toEqual(copy);
  });
});

describe('text in other encodings is read, not refused', () => {
  const sample = 'Größe und Würde — “Égalité”, 50 €.\n\nSecond principle: café.\n';

  function utf16(textValue: string, littleEndian: boolean): Uint8Array {
    const out = new Uint8Array(2 + textValue.length * 2);
    out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < textValue.length; i += 1) {
      const code = textValue.charCodeAt(i);
      out[2 + i * 2] = littleEndian ? code & 0xff : code >> 8;
      out[3 + i * 2] = littleEndian ? code >> 8 : code & 0xff;
    }
    return out;
  }

  /** Windows-1252 for the characters of the sample. */
  function cp1252(textValue: string): Uint8Array {
    const special: Record<string, number> = { '€': 0x80, '—': 0x97, '“': 0x93, '”': 0x94 };
    return Uint8Array.from([...textValue], (c) => special[c] ?? c.charCodeAt(0));
  }

  it.each([
    ['UTF-16 LE with BOM', 'le.txt', utf16(sample, true), 'utf-16le'],
    ['UTF-16 BE with BOM', 'be.txt', utf16(sample, false), 'utf-16be'],
    ['UTF-16 LE without BOM', 'nobom.txt', utf16(sample, true).slice(2), 'utf-16le'],
    ['Windows-1252', 'latin.txt', cp1252(sample), 'windows-1252'],
    ['UTF-8 with BOM', 'bom.md', new Uint8Array([0xef, 0xbb, 0xbf, ...text(sample)]), 'utf-8'],
    ['Windows-1252 HTML', 'latin.html', cp1252(`<p>${sample.replace('\n\n', '</p><p>')}</p>`), 'windows-1252'],
  ])('%s', async (_, fileName, bytes, encoding) => {
    const draft = await readImportDraft({ fileName, bytes });
    expect(draft.encoding).toBe(encoding);
    expect(draft.principles.map((p) => p.text)).toEqual(['Größe und Würde — “Égalité”, 50 €.', 'Second principle: café.']);
  });
});

describe('committing refuses bad drafts and leaves the workspace byte-identical', () => {
  async function zenDraft() {
    return readImportDraft({ fileName: 'zen.txt', bytes: corpus('zen-of-python.txt') });
  }

  it.each([
    ['an unknown organization', 'org.unknown', async (doc: Y.Doc) => commitImport(doc, 'nobody', await zenDraft())],
    ['a draft with every principle dropped', 'import.no-principles', async (doc: Y.Doc) => commitImport(doc, 'dsa', { ...(await zenDraft()), principles: [] })],
    ['an empty title', 'source.no-title', async (doc: Y.Doc) => commitImport(doc, 'dsa', { ...(await zenDraft()), title: '   ' })],
    ['an unknown source to add a version to', 'source.unknown', async (doc: Y.Doc) => commitImport(doc, 'dsa', await zenDraft(), 's_nosuchsource')],
    [
      "another organization's source",
      'source.other-org',
      async (doc: Y.Doc) => {
        const { source } = commitImport(doc, 'fsf', await zenDraft());
        const before = Y.encodeStateAsUpdate(doc);
        try {
          commitImport(doc, 'dsa', await zenDraft(), source.id);
        } finally {
          expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
        }
      },
    ],
    [
      'the same file again as a new version',
      'import.unchanged',
      async (doc: Y.Doc) => {
        const { source } = commitImport(doc, 'dsa', await zenDraft());
        const before = Y.encodeStateAsUpdate(doc);
        try {
          commitImport(doc, 'dsa', await zenDraft(), source.id);
        } finally {
          expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
        }
      },
    ],
    [
      'two principles with one id',
      'draft.duplicate-id',
      async (doc: Y.Doc) => {
        const draft = await zenDraft();
        const [first, second] = draft.principles;
        if (!first || !second) throw new Error('the Zen has principles');
        commitImport(doc, 'dsa', { ...draft, principles: [first, { ...second, id: first.id }] });
      },
    ],
  ])('%s', async (_, code, act) => {
    const doc = workspace();
    const before = Y.encodeStateAsUpdate(doc);
    const error = await act(doc).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConcordError);
    expect(error instanceof ConcordError ? error.code : '').toBe(code);
    if (code !== 'source.other-org' && code !== 'import.unchanged') expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
