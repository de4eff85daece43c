/**
 * Reading the ZIP container of .docx and .odt files with fflate, and telling apart the ways it goes wrong:
 * not a ZIP at all, cut short (no central directory at the end), damaged, or a ZIP without the part the
 * format needs.
 */
import { unzipSync } from 'fflate';
import { ConcordError } from '../workspace/errors.ts';
import { errorReason } from './error-reason.ts';

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const END_OF_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
/** Password-protected Office files (and old .doc files) are OLE compound documents, not ZIPs. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, i) => bytes[at + i] === byte);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, LOCAL_HEADER);
}

export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, COMPOUND_FILE);
}

/** The end-of-central-directory record sits in the last 64 KiB (+22 bytes) of every complete ZIP. */
function hasEndOfDirectory(bytes: Uint8Array): boolean {
  const stop = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= stop; i -= 1) if (startsWith(bytes, END_OF_DIRECTORY, i)) return true;
  return false;
}

/** What the format is called in messages, e.g. "a Word document (.docx)". */
export interface ZipFormat {
  name: string;
  code: string;
}

/**
 * The named entries of a ZIP file (those present), or a ConcordError saying what is wrong with it:
 * `import.encrypted` for a password-protected Office file, `import.not-<format>` when it is no ZIP,
 * `import.truncated` when it is cut short, `import.corrupt` when it is damaged.
 */
export function readZipEntries(bytes: Uint8Array, fileName: string, format: ZipFormat, wanted: readonly string[]): Map<string, Uint8Array> {
  if (isCompoundFile(bytes)) {
    throw new ConcordError(
      `${fileName} is protected with a password, or is an old-style Office file rather than ${format.name}. Open it in your word processor, remove the password if it has one, save it as ${format.name}, and import that copy.`,
      'import.encrypted',
    );
  }
  if (!isZip(bytes)) {
    throw new ConcordError(`${fileName} is not ${format.name}: its contents are not in that format (the file may be damaged or misnamed).`, format.code);
  }
  if (!hasEndOfDirectory(bytes)) {
    throw new ConcordError(`${fileName} is incomplete: the file is cut short, perhaps by an interrupted download or copy. Get a complete copy and import it again.`, 'import.truncated');
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (file) => wanted.includes(file.name) });
  } catch (error) {
    throw new ConcordError(`${fileName} is damaged and cannot be opened as ${format.name} (${errorReason(error)}).`, 'import.corrupt');
  }
  return new Map(Object.entries(entries));
}
