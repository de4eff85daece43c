/**
 * The central directory of a ZIP file: for every entry its name, compression method, flags, the sizes it
 * declares and where its data lies — read without inflating anything, so that the sizes a file declares can
 * be checked before a byte is unpacked. ZIP64 sizes and offsets are read; anything that points outside the
 * file throws a ZipDamage naming what is wrong.
 */

export interface ZipDirectoryEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  method: number;
  /** General-purpose flags; bit 0 says the entry is encrypted. */
  flags: number;
  compressedSize: number;
  /** The uncompressed size the directory declares (which a hostile file may understate). */
  declaredSize: number;
  /** Offset of the entry's compressed data in the file. */
  dataStart: number;
}

/** A ZIP whose structure is inconsistent; the reason is written for a message. */
export class ZipDamage extends Error {
  override readonly name = 'ZipDamage';
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const UNKNOWN32 = 0xffffffff;

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function check(condition: boolean, reason: string): void {
  if (!condition) throw new ZipDamage(reason);
}

/** Offset of the end-of-central-directory record: in the last 64 KiB (+22 bytes), or -1. */
export function endOfDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 65_557);
  for (let i = view.byteLength - 22; i >= stop; i -= 1) if (view.getUint32(i, true) === END_OF_DIRECTORY) return i;
  return -1;
}

function directoryBounds(view: DataView, end: number): { count: number; offset: number } {
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count !== 0xffff && offset !== UNKNOWN32) return { count, offset };
  const locator = end - 20;
  check(locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR, 'its ZIP64 directory locator is missing');
  const end64 = u64(view, locator + 8);
  check(end64 + 56 <= view.byteLength && view.getUint32(end64, true) === ZIP64_END, 'its ZIP64 directory record is missing');
  return { count: u64(view, end64 + 32), offset: u64(view, end64 + 48) };
}

/** The sizes and offset that the 32-bit fields mark as "in the ZIP64 extra field", read from it. */
function zip64Fields(view: DataView, extraStart: number, extraEnd: number, wanted: readonly number[]): number[] {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      check(at + 4 + wanted.length * 8 <= extraEnd, 'a ZIP64 size field is cut short');
      return wanted.map((_, i) => u64(view, at + 4 + i * 8));
    }
    at += 4 + size;
  }
  throw new ZipDamage('a ZIP64 size field is missing');
}

/** Every entry the central directory lists, in its order. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  check(end >= 0, 'its directory is missing');
  const { count, offset } = directoryBounds(view, end);
  const names = new TextDecoder('utf-8');
  const entries: ZipDirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    check(at + 46 <= bytes.length && view.getUint32(at, true) === DIRECTORY_ENTRY, 'its directory is damaged');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const extraStart = at + 46 + nameLength;
    check(extraStart + extraLength <= bytes.length, 'its directory is cut short');
    let declaredSize = view.getUint32(at + 24, true);
    let compressedSize = view.getUint32(at + 20, true);
    let localOffset = view.getUint32(at + 42, true);
    const large = [declaredSize, compressedSize, localOffset].filter((n) => n === UNKNOWN32);
    if (large.length > 0) {
      const values = zip64Fields(view, extraStart, extraStart + extraLength, large);
      if (declaredSize === UNKNOWN32) declaredSize = values.shift() ?? UNKNOWN32;
      if (compressedSize === UNKNOWN32) compressedSize = values.shift() ?? UNKNOWN32;
      if (localOffset === UNKNOWN32) localOffset = values.shift() ?? UNKNOWN32;
    }
    const name = names.decode(bytes.subarray(at + 46, extraStart));
    check(localOffset + 30 <= bytes.length && view.getUint32(localOffset, true) === LOCAL_HEADER, `the header of ${name} is missing`);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    check(dataStart + compressedSize <= bytes.length, `the data of ${name} runs past the end of the file`);
    entries.push({ name, method: view.getUint16(at + 10, true), flags: view.getUint16(at + 8, true), compressedSize, declaredSize, dataStart });
    at = extraStart + extraLength + commentLength;
  }
  return entries;
}
