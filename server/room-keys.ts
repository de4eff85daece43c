/**
 * The keys of the rooms' LevelDB store, in y-leveldb's layout so the stock y-websocket server's LevelDB
 * persistence reads the same store: a key is a list of parts, each a tag byte (0 a string, 1 a number)
 * then the string (lib0's varString) or the number (32 bits, big-endian, so keys sort by clock).
 *
 *   ['v1', room, 'update', clock]   one update of the room's log
 *   ['v1_sv', room]                 the room's state vector and the clock it was written at (lists the rooms)
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type RoomKey = ReadonlyArray<string | number>;

const STRING = 0;
const UINT32 = 1;

/** The end of a room's update range, exclusive: the highest 32-bit clock (2 ** 32 would wrap to 0). */
export const CLOCK_END = 0xffff_ffff;

export const updateKey = (room: string, clock: number): RoomKey => ['v1', room, 'update', clock];
export const stateVectorKey = (room: string): RoomKey => ['v1_sv', room];
/** The range of every room's state-vector key ("v1_sw" sorts right after "v1_sv"). */
export const ROOMS_RANGE = { gte: ['v1_sv'], lt: ['v1_sw'] } as const;

export function encodeKey(key: RoomKey): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of key) {
    if (typeof part === 'string') {
      encoding.writeUint8(encoder, STRING);
      encoding.writeVarString(encoder, part);
    } else {
      encoding.writeUint8(encoder, UINT32);
      encoding.writeUint32BigEndian(encoder, part);
    }
  }
  return encoding.toUint8Array(encoder);
}

export function decodeKey(bytes: Uint8Array): RoomKey {
  const decoder = decoding.createDecoder(bytes);
  const key: Array<string | number> = [];
  while (decoding.hasContent(decoder)) {
    const tag = decoding.readUint8(decoder);
    if (tag === STRING) key.push(decoding.readVarString(decoder));
    else if (tag === UINT32) key.push(decoding.readUint32BigEndian(decoder));
    else throw new Error(`unknown key part ${tag} in the store`);
  }
  return key;
}

/** The state-vector entry's value: the clock it was written at, then the state vector (y-leveldb's layout). */
export function encodeStateVectorEntry(clock: number, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}
