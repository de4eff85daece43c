/**
 * Which reader a file goes to: by its extension, corrected by its first bytes when they plainly say
 * otherwise (a PDF saved as ".docx" is read as the PDF it is). Unknown extensions are refused with advice.
 */
import { ConcordError } from '../workspace/errors.ts';
import { isZip } from './zip.ts';

export type ImportFormat = 'txt' | 'md' | 'docx' | 'odt' | 'pdf' | 'html' | 'paste';

const BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  docx: 'docx',
  odt: 'odt',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/** Advice for formats people often have but that cannot be read directly. */
/** Formats Concord does not read but can say how to convert (the advice is in the errors catalog, import.unknown-format). */
const ADVICE = ['doc', 'rtf', 'pages', 'wpd', 'ott', 'dotx'] as const;

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** "debian-constitution.pdf" → "debian-constitution". */
export function baseName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? base : base.slice(0, dot);
}

function startsWithText(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

/** What the first bytes say the file is, among the binary formats we read. */
function sniff(bytes: Uint8Array): ImportFormat | undefined {
  if (startsWithText(bytes, '%PDF-')) return 'pdf';
  if (isZip(bytes)) {
    // An ODF package stores its media type uncompressed as the first entry, right after the 30-byte header.
    const head = new TextDecoder('latin1').decode(bytes.subarray(30, 120));
    if (head.startsWith('mimetypeapplication/vnd.oasis.opendocument.text')) return 'odt';
    if (new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096))).includes('word/')) return 'docx';
  }
  return undefined;
}

/** The format to read a file as, or a ConcordError ("import.unknown-format") naming what to do instead. */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  const extension = extensionOf(fileName);
  const byName = BY_EXTENSION[extension];
  if (byName === undefined) {
    const formats = SUPPORTED_EXTENSIONS.filter((e) => e !== 'text' && e !== 'markdown' && e !== 'xhtml')
      .map((e) => `.${e}`)
      .join(', ');
    const advice = ADVICE.find((a) => a === extension);
    const key = advice === undefined ? (extension === '' ? 'no-extension' : 'other') : advice;
    throw new ConcordError(`import.unknown-format.${key}`, { fileName, extension, formats });
  }
  return sniff(bytes) ?? byName;
}
