/**
 * Reading the ZIP container of .docx and .odt files within a budget, and telling apart the ways it goes
 * wrong: not a ZIP at all, cut short (no central directory at the end), damaged, a ZIP without the part the
 * format needs, or one that unpacks to more than the budget (a "zip bomb"). The sizes the directory declares
 * are checked before anything is inflated, and the bytes actually produced are counted while inflating
 * (fflate, in small steps), so a file that understates its sizes is stopped at the budget too.
 */
import { Inflate } from 'fflate';
import { ConcordError, type ErrorKey } from '../workspace/errors.ts';
import { errorReason } from './error-reason.ts';
import { sizeText } from './size-text.ts';
import { endOfDirectory, readZipDirectory, ZipDamage, type ZipDirectoryEntry } from './zip-directory.ts';

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
/** Password-protected Office files (and old .doc files) are OLE compound documents, not ZIPs. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The most a document's parts may come to once unpacked, all of them together. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** Compressed bytes handed to the inflater at a time: at most about 4 MB come out of one step. */
const STEP = 4 * 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, i) => bytes[at + i] === byte);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, LOCAL_HEADER);
}

export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, COMPOUND_FILE);
}

/** What the format is called in messages, e.g. "a Word document (.docx)". */
export interface ZipFormat {
  name: string;
  /** The error when the file is no ZIP archive at all. */
  notZip: ErrorKey;
}

/** Which entries to unpack, and the budget for all of them together. */
export interface ZipRead {
  wanted: (name: string) => boolean;
  maxUnpackedBytes?: number;
}

class Unpacking {
  used = 0;
  readonly fileName: string;
  readonly fileSize: number;
  readonly max: number;
  constructor(fileName: string, fileSize: number, max: number) {
    this.fileName = fileName;
    this.fileSize = fileSize;
    this.max = max;
  }

  damaged(format: ZipFormat, reason: string): ConcordError {
    return new ConcordError('import.corrupt.zip', { fileName: this.fileName, format: format.name, reason });
  }

  /** Refuse the file when `total` unpacked bytes (declared, or produced so far) are over the budget. */
  check(total: number): void {
    if (total > this.max) {
      throw new ConcordError('import.too-large-unpacked', { fileName: this.fileName, limit: sizeText(this.max), size: sizeText(this.fileSize) });
    }
  }

  /** Count `n` more unpacked bytes. */
  spend(n: number): void {
    this.used += n;
    this.check(this.used);
  }
}

/** The entry's bytes, or undefined when it does not hold the size it declares. */
function inflateEntry(bytes: Uint8Array, entry: ZipDirectoryEntry, budget: Unpacking, format: ZipFormat): Uint8Array | undefined {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    budget.spend(data.length);
    if (entry.compressedSize !== entry.declaredSize) return undefined;
    return data.slice();
  }
  if (entry.method !== 8) throw budget.damaged(format, `${entry.name} is compressed in a way Concord cannot read`);
  // Chunks are kept only while the entry stays within its declared size; beyond it they are only counted,
  // so that a bomb that understates its size is refused as too large rather than as damaged.
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    budget.spend(chunk.length);
    produced += chunk.length;
    if (produced <= entry.declaredSize) chunks.push(chunk);
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (error) {
    if (error instanceof ConcordError) throw error;
    throw budget.damaged(format, `${entry.name}: ${errorReason(error)}`);
  }
  if (produced !== entry.declaredSize) return undefined;
  const out = new Uint8Array(produced);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * The wanted entries of a ZIP file (those present), or a ConcordError saying what is wrong with it:
 * `import.encrypted` for a password-protected Office file, `import.not-<format>` when it is no ZIP,
 * `import.truncated` when it is cut short, `import.corrupt` when it is damaged, and
 * `import.too-large-unpacked` when the wanted entries declare, or turn out to hold, more than the budget.
 */
export function readZipEntries(bytes: Uint8Array, fileName: string, format: ZipFormat, read: ZipRead): Map<string, Uint8Array> {
  if (isCompoundFile(bytes)) {
    throw new ConcordError('import.encrypted.or-old', { fileName, format: format.name });
  }
  if (!isZip(bytes)) {
    throw new ConcordError(format.notZip, { fileName, format: format.name });
  }
  if (endOfDirectory(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)) < 0) {
    throw new ConcordError('import.truncated', { fileName });
  }
  const budget = new Unpacking(fileName, bytes.length, read.maxUnpackedBytes ?? MAX_UNPACKED_BYTES);
  let directory: ZipDirectoryEntry[];
  try {
    directory = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipDamage) throw budget.damaged(format, error.message);
    throw error;
  }
  const entries = directory.filter((entry) => read.wanted(entry.name));
  // What the directory declares is checked before a byte is unpacked.
  budget.check(entries.reduce((sum, entry) => sum + entry.declaredSize, 0));
  const out = new Map<string, Uint8Array>();
  let wrongSize: string | undefined;
  for (const entry of entries) {
    if ((entry.flags & 1) !== 0) {
      throw new ConcordError('import.encrypted.password', { fileName, format: format.name });
    }
    const unpacked = inflateEntry(bytes, entry, budget, format);
    if (unpacked) out.set(entry.name, unpacked);
    else wrongSize ??= entry.name;
  }
  // Reported only once every entry has been counted: parts that understate their sizes and together come
  // to more than the budget are a bomb, not mere damage.
  if (wrongSize !== undefined) throw budget.damaged(format, `${wrongSize} does not hold the size it declares`);
  return out;
}
