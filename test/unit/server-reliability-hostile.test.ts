/**
 * Hostile but well-formed Yjs updates, sent by a delegate through the real server (a child process) into a
 * room holding a real workspace (organizations, an imported source, a constitution, keys bound, a
 * motion with signed votes): wrong types under the roots (`orgs["x"] = "x"`), blocks nested 10,000 deep,
 * a frame whose structs wait for a dependency nobody has, deletions in the statements root, and seeded random
 * Yjs structures. Each update is counted as refused when a fresh client afterwards receives the server's
 * document unchanged. Then what every replica makes of what the server accepted is checked: the delegate
 * who had joined before the attack and a fresh client — every reader still works, the replica can be saved
 * as a `.concord` file and opened again, and the statements root still holds every signed statement.
 * CONCORD_HOSTILE_SEED replays the random structures.
 */
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverCommands } from '../../server/commands.ts';
import { readBlocks } from '../../src/constitution/document.ts';
import { encodeWorkspaceFile, readWorkspaceFile } from '../../src/file/format.ts';
import { commitImport, draftFromText } from '../../src/import/index.ts';
import { coverage } from '../../src/provenance/coverage.ts';
import { provenanceFacts } from '../../src/provenance/export-facts.ts';
import { gutterMarks } from '../../src/provenance/gutter.ts';
import { threadsByClause } from '../../src/provenance/comments.ts';
import { readHistory } from '../../src/provenance/history.ts';
import { currentContent, listVersions } from '../../src/provenance/versions.ts';
import { readParliament } from '../../src/ratify/parliament.ts';
import { readSetupSettings } from '../../src/ratify/settings.ts';
import { statementsArray } from '../../src/ratify/statement-log.ts';
import { summarizeParliament } from '../../src/ratify/summary.ts';
import { summarizeWorkspace } from '../../src/workspace/summary.ts';
import { addOrganization } from '../../src/workspace/workspace.ts';
import { mulberry32 } from '../fixtures/compare/reword.ts';
import { recordFigures } from '../figures.ts';
import { concord, tempDir } from './cli-helpers.ts';
import { TEXT, ratifyWhole } from './ratify-helpers.ts';
import { workspaceWith } from './core-helpers.ts';
import { connectClient, rawSocket, spawnServer, synced, updateFrame, waitFor, type ChildServer, type RawSocket } from './server-helpers.ts';

const SEED = Number(process.env.CONCORD_HOSTILE_SEED ?? 20_261_202);
const RANDOM_UPDATES = 60;

/** A hostile change, made on the attacker's replica of the room's workspace. */
type Attack = (replica: Y.Doc, random: (n: number) => number) => void;

/** A seeded integer source in [0, n), so that a failing run can be replayed. */
function generator(seed: number): (n: number) => number {
  const next = mulberry32(seed);
  return (n) => Math.floor(next() * n);
}

/** The roots of a workspace and the type each is made with. */
const ROOTS: ReadonlyArray<[string, 'map' | 'array' | 'xml']> = [
  ['meta', 'map'],
  ['orgs', 'map'],
  ['sources', 'map'],
  ['constitution', 'xml'],
  ['provenance', 'map'],
  ['statements', 'array'],
  ['comments', 'map'],
  ['versions', 'map'],
];

function randomValue(random: (n: number) => number, depth = 0): unknown {
  switch (random(depth > 2 ? 7 : 12)) {
    case 0:
      return random(1000) - 500;
    case 1:
      return 'x'.repeat(random(5));
    case 2:
      return random(2) === 0;
    case 3:
      return null;
    case 4:
      return { id: 'x', text: 7, path: 'not an array' };
    case 5:
      return [random(9), 'y', null];
    case 6:
      return new Uint8Array([random(256), random(256)]);
    case 7: {
      const map = new Y.Map<unknown>();
      for (let i = random(3); i >= 0; i -= 1) map.set(['id', 'name', 'text', 'short', 'kind'][random(5)] ?? 'id', randomValue(random, depth + 1));
      return map;
    }
    case 8: {
      const array = new Y.Array<unknown>();
      array.push([randomValue(random, depth + 1)]);
      return array;
    }
    case 9:
      return new Y.Text('text');
    case 10:
      return new Y.XmlText('xml');
    default:
      return new Y.XmlElement('p');
  }
}

/** One random change under a random root: set or replace a key, insert or delete items, embed a type. */
function randomChange(replica: Y.Doc, random: (n: number) => number): void {
  const [name, kind] = ROOTS[random(ROOTS.length)] ?? ['orgs', 'map'];
  if (kind === 'map') {
    const map = replica.getMap<unknown>(name);
    const keys = [...map.keys()];
    const key = keys.length > 0 && random(3) > 0 ? (keys[random(keys.length)] ?? 'k') : `k${random(100)}`;
    if (random(4) === 0) map.delete(key);
    else map.set(key, randomValue(random));
  } else if (kind === 'array') {
    const array = replica.getArray<unknown>(name);
    if (array.length > 0 && random(3) === 0) array.delete(random(array.length), 1);
    else array.insert(random(array.length + 1), [randomValue(random)]);
  } else {
    const xml = replica.get(name, Y.XmlText);
    const at = random(xml.length + 1);
    const roll = random(4);
    if (roll === 0) xml.insertEmbed(at, new Y.XmlText('nested'));
    else if (roll === 1) xml.insert(at, 'loose text');
    else if (roll === 2 && xml.length > 0) xml.delete(random(xml.length), 1);
    else xml.format(0, Math.max(1, xml.length), { type: 'nonsense', id: 7 });
  }
}

/**
 * From the findings of issue 14: "One small update bricks every replica" (the first three), and writes an
 * ordinary delegate may not make (deleting the signed statements).
 */
const ATTACKS: ReadonlyArray<{ name: string; attack: Attack }> = [
  { name: 'a string where an organization belongs (orgs["x"] = "x")', attack: (r) => r.getMap('orgs').set('x', 'x') },
  {
    name: 'wrong types over existing values (an organization, a source and the coalition name)',
    attack: (r) => {
      const [org] = r.getMap('orgs').keys();
      const [source] = r.getMap('sources').keys();
      if (org !== undefined) r.getMap('orgs').set(org, 42);
      if (source !== undefined) r.getMap('sources').set(source, new Y.Array());
      r.getMap('meta').set('name', { not: 'a name' });
    },
  },
  {
    name: 'constitution blocks nested 10,000 deep',
    attack: (r) => {
      let parent = r.get('constitution', Y.XmlText);
      for (let depth = 0; depth < 10_000; depth += 1) {
        const child = new Y.XmlText();
        parent.insertEmbed(0, child, { type: 'clause', id: `deep${depth}` });
        parent = child;
      }
    },
  },
  {
    name: 'deletions in the statements root (every signed key binding, motion, vote and closing)',
    attack: (r) => statementsArray(r).delete(0, statementsArray(r).length),
  },
];

interface Room {
  name: string;
  chair: string;
  attacker: string;
  observer: string;
}

const rooms = new Map<string, Room>();
let server: ChildServer;
let url = '';
/** The named attacks (each must be refused), and random structures (refused unless they happen to be well formed). */
let sent = 0;
let refused = 0;
let randomSent = 0;
let randomRefused = 0;
let replicasChecked = 0;
let replicasIntact = 0;

function roomFor(name: string): Room {
  const room = rooms.get(name);
  if (!room) throw new Error(`no room ${name}`);
  return room;
}

beforeAll(async () => {
  const dir = tempDir();
  const names = [...ATTACKS.map((_, i) => `w_hostile${i}`), 'w_hostile_pending', 'w_hostile_random'];
  const mint = async (room: string, role: string, org: string): Promise<string> => {
    const made = await concord(['invite', '--data', dir, '--workspace', room, '--org', org, '--role', role, '--json'], serverCommands);
    return String(Reflect.get(JSON.parse(made.out), 'token'));
  };
  for (const name of names)
    rooms.set(name, { name, chair: await mint(name, 'chair', 'O1'), attacker: await mint(name, 'delegate', 'O2'), observer: await mint(name, 'observer', 'OBS') });
  server = await spawnServer(dir);
  url = `ws://127.0.0.1:${server.port}`;
}, 120_000);

afterAll(async () => {
  recordFigures('hostile', { sent, refused, randomSent, randomRefused, replicasChecked, replicasIntact });
  server.process.kill('SIGTERM');
  await server.exited;
});

/** A real workspace: text, two organizations, an imported source, keys bound, a motion with votes, closed. */
async function seededWorkspace(): Promise<Y.Doc> {
  const doc = workspaceWith(TEXT);
  const first = addOrganization(doc, { name: 'Organization 1', short: 'O1' });
  addOrganization(doc, { name: 'Organization 2', short: 'O2' });
  commitImport(doc, first.id, await draftFromText('We believe in open meetings.\n\nEvery member has one vote.\n'));
  await ratifyWhole(doc);
  return doc;
}

/** The room as the server now serves it, seen by a client that joins afresh. */
async function served(room: Room): Promise<Y.Doc> {
  const fresh = connectClient(url, room.name, room.observer, new Y.Doc(), true, 50);
  await synced(fresh);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(fresh.doc));
  fresh.destroy();
  return copy;
}

/** Send one update as the attacker and wait until the server has dealt with it (answered a probe, or closed). */
async function sendHostile(socket: RawSocket | undefined, room: Room, update: Uint8Array): Promise<RawSocket> {
  const open = socket && socket.ws.readyState === socket.ws.OPEN ? socket : await rawSocket(`${url}/${room.name}`, room.attacker);
  const probed = open.frames.length;
  open.send(updateFrame(update));
  open.send(new Uint8Array([3]));
  while (open.ws.readyState === open.ws.OPEN && !open.frames.slice(probed).some((f) => f[0] === 1)) await open.next();
  return open;
}

/** The signed statements of a replica (key bindings, motions, votes, closings), as comparable strings. */
function signedLogs(doc: Y.Doc): string[] {
  return statementsArray(doc)
    .toArray()
    .map((entry) => JSON.stringify(entry));
}

/** What a replica makes of the room: every reader runs, it saves and opens again, its signed statements are whole. */
function replicaProblems(doc: Y.Doc, logs: readonly string[]): string[] {
  const problems: string[] = [];
  const readers: Record<string, () => unknown> = {
    'the workspace summary (concord info)': () => summarizeWorkspace(doc),
    'the constitution': () => readBlocks(doc),
    'the parliament and its tally': () => summarizeParliament(doc, new Date(), readParliament(doc)),
    'the ratification settings': () => readSetupSettings(doc),
    coverage: () => coverage(doc),
    'the provenance gutter': () => gutterMarks(doc),
    'the provenance facts for export': () => provenanceFacts(doc),
    'the history of every clause': () => readBlocks(doc).map((b) => readHistory(doc, b.id)),
    'the comment threads': () => threadsByClause(doc),
    'the versions': () => [listVersions(doc), currentContent(doc)],
  };
  for (const [what, read] of Object.entries(readers)) {
    try {
      read();
    } catch (error) {
      problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  try {
    readWorkspaceFile(encodeWorkspaceFile(doc), 'copy.concord').destroy();
  } catch (error) {
    problems.push(`saving a copy: ${error instanceof Error ? error.message : String(error)}`);
  }
  const now = new Set(signedLogs(doc));
  const missing = logs.filter((entry) => !now.has(entry)).length;
  if (missing > 0) problems.push(`${missing} signed entries gone`);
  return problems;
}

/**
 * Seed the room, run `updates` hostile updates through the server, count those refused, then check the
 * replica of the delegate who had joined before and of a fresh client. Returns each replica's problems.
 */
async function attackRoom(room: Room, updates: ReadonlyArray<(replica: Y.Doc) => Uint8Array | undefined>, random = false): Promise<string[]> {
  const chair = connectClient(url, room.name, room.chair, new Y.Doc(), true, 50);
  const seed = await seededWorkspace();
  await synced(chair);
  Y.applyUpdate(chair.doc, Y.encodeStateAsUpdate(seed));
  const logs = signedLogs(seed);
  await waitFor(() => signedLogs(chair.doc).length === logs.length, 'the seed to reach the chair');
  let before = Y.encodeStateAsUpdate(await waitForServed(room, seed));
  let socket: RawSocket | undefined;
  try {
    for (const make of updates) {
      const replica = new Y.Doc();
      Y.applyUpdate(replica, before);
      const update = make(replica);
      if (update === undefined) continue;
      socket = await sendHostile(socket, room, update);
      const after = Y.encodeStateAsUpdate(await served(room));
      const wasRefused = equalBytes(after, before);
      if (random) {
        randomSent += 1;
        randomRefused += wasRefused ? 1 : 0;
      } else {
        sent += 1;
        refused += wasRefused ? 1 : 0;
      }
      before = after;
    }
  } finally {
    socket?.ws.close();
  }
  const fresh = await served(room);
  // The chair's window has received whatever the server relayed by now: a fresh client was served after it.
  const problems = [chair.doc, fresh].map((doc) => replicaProblems(doc, logs));
  chair.destroy();
  replicasChecked += problems.length;
  replicasIntact += problems.filter((p) => p.length === 0).length;
  return problems.flat();
}

/** The served document once it holds the seed (the chair's upload has reached the server). */
async function waitForServed(room: Room, seed: Y.Doc): Promise<Y.Doc> {
  const wanted = Y.encodeStateVector(seed);
  for (let tries = 0; ; tries += 1) {
    const doc = await served(room);
    if (equalBytes(Y.encodeStateVector(doc), wanted)) return doc;
    if (tries > 50) throw new Error('the seed never reached the server');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** The update a change on the attacker's replica produces, or undefined when it changed nothing. */
function changeOf(attack: Attack, random: (n: number) => number): (replica: Y.Doc) => Uint8Array | undefined {
  return (replica) => {
    const updates: Uint8Array[] = [];
    replica.on('update', (update: Uint8Array) => updates.push(update));
    replica.transact(() => attack(replica, random));
    return updates.length === 0 ? undefined : Y.mergeUpdates(updates);
  };
}

/** Clock 5 of a client whose clocks 0–4 nobody has: Yjs keeps it pending and puts it in every sync reply. */
function pendingStruct(replica: Y.Doc): Uint8Array {
  const ghost = new Y.Doc();
  Y.applyUpdate(ghost, Y.encodeStateAsUpdate(replica));
  const updates: Uint8Array[] = [];
  ghost.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i <= 5; i += 1) ghost.getMap('orgs').set(`ghost${i}`, 'x');
  const last = updates[updates.length - 1];
  if (!last) throw new Error('no update');
  return last;
}

/*
 * Each case names its finding in issue 14; before the server validated updates and the readers became
 * total, every one of them broke a replica (the server stored and relayed the update; readers threw).
 */
describe('hostile updates through the server: every replica stays usable', { timeout: 120_000 }, () => {
  ATTACKS.forEach(({ name, attack }, i) => {
    it(name, async () => {
      const problems = await attackRoom(roomFor(`w_hostile${i}`), [changeOf(attack, generator(SEED))]);
      expect(problems).toEqual([]);
    });
  });

  // Finding "One frame with a missing dependency makes every backup unopenable".
  it('a frame whose structs wait for a dependency nobody has', async () => {
    const problems = await attackRoom(roomFor('w_hostile_pending'), [pendingStruct]);
    expect(problems).toEqual([]);
  });

  // Finding "the fuzz never sends well-formed hostile updates": random structures break the readers today.
  it(`${RANDOM_UPDATES} random Yjs structures under the roots (seed ${SEED})`, async () => {
    const random = generator(SEED);
    const updates = Array.from({ length: RANDOM_UPDATES }, () => changeOf(randomChange, random));
    const problems = await attackRoom(roomFor('w_hostile_random'), updates, true);
    expect(problems).toEqual([]);
  });
});
