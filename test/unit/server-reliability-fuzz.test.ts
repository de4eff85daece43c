/**
 * Fuzz: 10,000 random and mutated y-websocket frames (bit flips, truncations, junk tails, forged lengths,
 * wrong message types, on top of real sync, update and awareness frames) sent to a running server —
 * half by an observer into a room with a drafted document, half by a delegate into a second room. Each
 * frame is followed by a probe (query awareness) so it is known to have been processed; a connection the
 * server closes is replaced. Each frame is counted as survived only when the server answered the probe or
 * closed the connection properly and took a new one (well-formed hostile Yjs updates are in
 * server-reliability-hostile.test.ts). Afterwards the server still serves clients, the first room's document is
 * exactly as drafted, and the second room's store holds exactly what the server serves.
 * The frames come from a seeded generator (CONCORD_FUZZ_SEED to replay, CONCORD_FUZZ_FRAMES for more).
 */
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { RoomStore } from '../../server/persistence.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { recordFigures } from '../figures.ts';
import { connectClient, contentOf, rawSocket, synced, syncStep1Frame, updateFrame, waitFor, type RawSocket } from './server-helpers.ts';

const FRAMES = Number(process.env.CONCORD_FUZZ_FRAMES ?? 10_000);
const SEED = Number(process.env.CONCORD_FUZZ_SEED ?? 20_251_124);

/** xorshift32: a small seeded generator, so a failing run can be replayed. */
function generator(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n) => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % n;
  };
}

function sampleFrames(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = doc.getText('t');
  text.insert(0, 'Article I. Name. Article II. Purpose.');
  text.format(0, 10, { bold: true });
  text.delete(11, 5);
  doc.getMap('m').set('chair', 'RED');
  doc.getMap('m').set('rule', { quorum: 0.5 });
  doc.getArray('a').push([1, 'two', { three: 3 }]);
  doc.getXmlFragment('x').insert(0, [new Y.XmlText('clause')]);
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: 'Fuzz', colour: '#123456' }, cursor: { anchor: 3, head: 9 } });
  const awarenessFrame = (() => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
    return encoding.toUint8Array(encoder);
  })();
  awareness.destroy();
  return [...updates.map(updateFrame), updateFrame(Y.encodeStateAsUpdate(doc)), syncStep1Frame(doc), awarenessFrame, new Uint8Array([3])];
}

function mutate(base: Uint8Array, random: (n: number) => number): Uint8Array {
  const bytes = Uint8Array.from(base);
  switch (random(8)) {
    case 0: {
      for (let i = random(4); i >= 0; i -= 1) {
        const at = random(bytes.length);
        bytes[at] = (bytes[at] ?? 0) ^ (1 << random(8));
      }
      return bytes;
    }
    case 1:
      return bytes.slice(0, random(bytes.length));
    case 2:
      return Uint8Array.from([...bytes, ...Array.from({ length: 1 + random(16) }, () => random(256))]);
    case 3: {
      bytes[Math.min(bytes.length - 1, 2 + random(4))] = 0xff; // a varint that never ends, or a huge length
      return bytes;
    }
    case 4: {
      bytes[random(Math.min(2, bytes.length))] = random(6); // another message type or sync step
      return bytes;
    }
    case 5: {
      const at = random(bytes.length);
      bytes[at] = random(256);
      return bytes;
    }
    case 6: {
      const from = random(bytes.length);
      return Uint8Array.from([...bytes.slice(0, from), ...bytes.slice(random(bytes.length))]);
    }
    default:
      return Uint8Array.from({ length: random(48) }, () => random(256));
  }
}

let server: TestServer;
beforeAll(async () => {
  // Query-awareness answered at once: the fuzz uses it as a probe after every frame.
  server = await startTestServer({ limits: { messagesPerSecond: 1e6, burst: 1e6, connectionsPerToken: 1e6, presenceQueryIntervalMs: 0 } });
});
afterAll(() => server.close());

/**
 * Send `frames` fuzzed frames, each followed by a probe. A frame is counted as survived when the server dealt
 * with it properly: it answered the probe, or it closed the connection with a close frame (not a dropped
 * socket, 1006) and then accepted a new connection.
 */
async function fuzz(room: string, token: string, frames: number, random: (n: number) => number): Promise<{ closes: number; survived: number }> {
  const samples = sampleFrames();
  const url = `${server.url}/${room}`;
  let socket: RawSocket = await rawSocket(url, token);
  let closes = 0;
  let survived = 0;
  for (let i = 0; i < frames; i += 1) {
    const base = samples[random(samples.length)] ?? new Uint8Array();
    const frame = random(10) === 0 ? base : mutate(base, random);
    // The probe's reply (an awareness frame) comes after any reply to the fuzzed frame.
    const probed = socket.frames.length + 1;
    socket.send(frame);
    socket.send(new Uint8Array([3]));
    while (socket.ws.readyState === socket.ws.OPEN && !socket.frames.slice(probed - 1).some((f) => f[0] === 1)) await socket.next();
    if (socket.ws.readyState === socket.ws.OPEN) survived += 1;
    else {
      closes += 1;
      const { code } = await socket.closed;
      socket = await rawSocket(url, token);
      if (code !== 1006) survived += 1;
    }
    if (socket.frames.length > 1000) socket.frames.length = 0;
  }
  socket.ws.close();
  return { closes, survived };
}

it(`survives ${FRAMES} random and mutated frames (seed ${SEED})`, { timeout: 300_000 }, async () => {
  const random = generator(SEED);
  const drafted = connectClient(server.url, 'w_fuzz_a', await server.invite('w_fuzz_a', 'chair', 'RED'));
  await synced(drafted);
  drafted.text.insert(0, 'Preamble. Article I: name. Article II: members.');
  drafted.doc.getMap('m').set('chair', 'RED');
  const witness = connectClient(server.url, 'w_fuzz_a', await server.invite('w_fuzz_a', 'observer', 'W'));
  await waitFor(() => contentOf(witness.doc) === contentOf(drafted.doc), 'the draft to reach the witness');
  const draft = contentOf(drafted.doc);
  drafted.destroy();

  const observerRun = await fuzz('w_fuzz_a', await server.invite('w_fuzz_a', 'observer', 'OBS'), FRAMES / 2, random);
  const writerRun = await fuzz('w_fuzz_b', await server.invite('w_fuzz_b', 'delegate', 'DEL'), FRAMES / 2, random);
  const survived = observerRun.survived + writerRun.survived;
  recordFigures('fuzz', { frames: FRAMES, survived, closedConnections: observerRun.closes + writerRun.closes, intact: 'not yet checked' });
  expect(survived).toBe(FRAMES);
  expect(observerRun.closes + writerRun.closes).toBeGreaterThan(FRAMES / 10);

  // The server still serves: a new delegate's edit reaches the witness.
  expect(contentOf(witness.doc)).toBe(draft);
  const later = connectClient(server.url, 'w_fuzz_a', await server.invite('w_fuzz_a', 'delegate', 'BLUE'));
  await waitFor(() => contentOf(later.doc) === draft, 'a new client to receive the draft intact');
  later.text.insert(later.text.length, ' Article III.');
  await waitFor(() => witness.text.toString().endsWith('Article III.'), 'the witness to receive a new edit');
  const finalA = contentOf(later.doc);

  const readerB = connectClient(server.url, 'w_fuzz_b', await server.invite('w_fuzz_b', 'observer', 'R'));
  await synced(readerB);
  const servedB = Y.encodeStateAsUpdate(readerB.doc);
  for (const c of [witness, later, readerB]) c.destroy();

  await server.stop();
  const store = await RoomStore.open(server.dataDir);
  const storedA = new Y.Doc();
  Y.applyUpdate(storedA, await store.load('w_fuzz_a'));
  const storedB = new Y.Doc();
  Y.applyUpdate(storedB, await store.load('w_fuzz_b'));
  await store.close();
  expect(contentOf(storedA)).toBe(finalA);
  const served = new Y.Doc();
  Y.applyUpdate(served, servedB);
  expect(Y.encodeStateVector(storedB)).toEqual(Y.encodeStateVector(served));
  expect(contentOf(storedB)).toBe(contentOf(served));
  // The server, its rooms and its store came through intact.
  recordFigures('fuzz', { frames: FRAMES, survived, closedConnections: observerRun.closes + writerRun.closes, intact: 'yes' });
  await server.restart();
});
