/**
 * Bytes of a text file → string. A byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise the bytes are read
 * as UTF-8 if they are valid UTF-8, and as Windows-1252 (the usual encoding of older Western files, a superset
 * of Latin-1) if they are not. Binary data is refused rather than shown as mojibake.
 */
import { ConcordError } from '../workspace/errors.ts';

export interface DecodedText {
  text: string;
  /** The encoding the text was read in: "utf-8", "utf-16le", "utf-16be" or "windows-1252". */
  encoding: string;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** UTF-16 without a byte-order mark: ASCII text in it has a zero byte in every other position. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 512);
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function decodeWith(bytes: Uint8Array, encoding: string, fatal: boolean, skip: number): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes.subarray(skip));
}

/** Decode a text file, or throw "import.binary" when it is not text at all. */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  let decoded: DecodedText;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) decoded = { text: decodeWith(bytes, 'utf-8', false, 3), encoding: 'utf-8' };
  else if (startsWith(bytes, [0xff, 0xfe])) decoded = { text: decodeWith(bytes, 'utf-16le', false, 2), encoding: 'utf-16le' };
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = { text: decodeWith(bytes, 'utf-16be', false, 2), encoding: 'utf-16be' };
  else {
    const utf16 = guessUtf16(bytes);
    if (utf16) decoded = { text: decodeWith(bytes, utf16, false, 0), encoding: utf16 };
    else {
      try {
        decoded = { text: decodeWith(bytes, 'utf-8', true, 0), encoding: 'utf-8' };
      } catch {
        decoded = { text: decodeWith(bytes, 'windows-1252', false, 0), encoding: 'windows-1252' };
      }
    }
  }
  if (looksBinary(decoded.text)) {
    throw new ConcordError('import.binary', { fileName });
  }
  return decoded;
}

/** Text has no NUL characters and few other control characters. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (const char of sample) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 32 && char !== '\n' && char !== '\r' && char !== '\t' && char !== '\f') || code === 0xfffd) control += 1;
  }
  return control > Math.max(8, sample.length * 0.02);
}
