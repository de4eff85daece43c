/**
 * A file (or pasted text) → an ImportDraft: checks size, picks the reader by format, runs the layout
 * analysis and the outline, and turns every failure into a ConcordError naming the file. Platform-neutral:
 * the caller reads the bytes and, for PDFs, provides pdf.js.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { newId } from '../ids.ts';
import { ConcordError } from '../workspace/errors.ts';
import { toLines, linesBlock, type Block } from './blocks.ts';
import { decodeText } from './decode-text.ts';
import { errorReason } from './error-reason.ts';
import { checkTitle, type ImportDraft } from './draft.ts';
import { baseName, detectFormat, type ImportFormat } from './formats.ts';
import { layoutBlocks } from './layout.ts';
import { buildOutline } from './outline.ts';
import { readDocx } from './read-docx.ts';
import { readHtmlDocument } from './read-html.ts';
import { readMarkdown } from './read-markdown.ts';
import { readOdt } from './read-odt.ts';
import { readPdf, type PdfReadOptions } from './read-pdf.ts';
import { sizeText } from './size-text.ts';

export interface ImportInput {
  /** The file's name; only its extension and base name are used. */
  fileName: string;
  bytes: Uint8Array;
}

export interface ImportOptions extends PdfReadOptions {
  /** Largest file accepted, in bytes (default 25 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

interface Parsed {
  blocks: Block[];
  title?: string;
  encoding?: string;
}

async function parse(format: ImportFormat, input: ImportInput, fileName: string, options: ImportOptions): Promise<Parsed> {
  switch (format) {
    case 'docx':
      return readDocx(input.bytes, fileName);
    case 'odt':
      return { blocks: readOdt(input.bytes, fileName) };
    case 'pdf':
      return readPdf(input.bytes, fileName, options);
    case 'html': {
      const { text, encoding } = decodeText(input.bytes, fileName);
      return { ...readHtmlDocument(text), encoding };
    }
    case 'md': {
      const { text, encoding } = decodeText(input.bytes, fileName);
      return { blocks: readMarkdown(text), encoding };
    }
    case 'txt':
    case 'paste': {
      const { text, encoding } = decodeText(input.bytes, fileName);
      return { blocks: [linesBlock(toLines(text))], encoding };
    }
  }
}

function hasText(blocks: readonly Block[]): boolean {
  return blocks.some((block) => (block.kind === 'heading' ? /[\p{L}\p{N}]/u.test(block.text) : block.lines.some((line) => /[\p{L}\p{N}]/u.test(line.text))));
}

async function draftOf(input: ImportInput, format: ImportFormat | undefined, options: ImportOptions): Promise<ImportDraft> {
  const fileName = input.fileName.split(/[\\/]/).pop() || input.fileName;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.bytes.length === 0) throw new ConcordError('import.empty.zero-bytes', { fileName });
  if (input.bytes.length > maxBytes) {
    throw new ConcordError('import.too-large', { fileName, size: sizeText(input.bytes.length), limit: sizeText(maxBytes) });
  }
  const chosen = format ?? detectFormat(fileName, input.bytes);
  const digest = bytesToHex(sha256(input.bytes));
  let parsed: Parsed;
  try {
    options.onProgress?.(0);
    parsed = await parse(chosen, input, fileName, options);
  } catch (error) {
    if (error instanceof ConcordError) throw error;
    throw new ConcordError('import.corrupt.unreadable', { fileName, reason: errorReason(error) });
  }
  if (!hasText(parsed.blocks)) throw new ConcordError('import.empty.no-text', { fileName });
  const outline = buildOutline(layoutBlocks(parsed.blocks));
  const principles = outline.principles
    .filter((p) => /[\p{L}\p{N}]/u.test(p.text))
    .map((p) => ({ id: newId('p_'), path: p.path, ...(p.label === undefined ? {} : { label: p.label }), text: p.text }));
  if (principles.length === 0) {
    throw new ConcordError('import.no-principles.no-text', { fileName });
  }
  options.onProgress?.(1);
  const title = [outline.title, parsed.title, baseName(fileName)].find((t) => t !== undefined && t.trim() !== '') ?? fileName;
  return {
    fileName,
    format: chosen,
    title: checkTitle(title.length > 200 ? `${title.slice(0, 199)}…` : title),
    digest,
    size: input.bytes.length,
    ...(parsed.encoding === undefined ? {} : { encoding: parsed.encoding }),
    principles,
  };
}

/** Read a file into a draft (nothing is stored). Throws ConcordError with a message naming the file. */
export function readImportDraft(input: ImportInput, options: ImportOptions = {}): Promise<ImportDraft> {
  return draftOf(input, undefined, options);
}

/** Pasted text into a draft, read as plain text. */
export function draftFromText(text: string, options: ImportOptions & { title?: string } = {}): Promise<ImportDraft> {
  const bytes = new TextEncoder().encode(text);
  return draftOf({ fileName: 'Pasted text', bytes }, 'paste', options).then((draft) => (options.title === undefined ? draft : { ...draft, title: checkTitle(options.title) }));
}
