/**
 * Durable before relayed, proven the hard way: the server runs as a child process while three clients
 * edit continuously; it is killed with SIGKILL ten times. After each kill — before anyone reconnects and
 * could re-upload what was lost — the store on disk must contain every update any client had received
 * from the server: each struct (also one still waiting for a dependency: the author kept an edit the
 * killed server had not written, and typed on top of it) and each deletion. At the end all clients, the
 * server and its store converge. Records the clients whose received state was not all stored (must be 0)
 * for the reliability summary.
 */
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoomStore } from '../../server/persistence.ts';
import { concord, tempDir } from './cli-helpers.ts';
import { serverCommands } from '../../server/commands.ts';
import { recordFigures } from '../figures.ts';
import { applySyncFrames, connectClient, contentOf, spawnServer, synced, waitFor, type Client } from './server-helpers.ts';

const KILLS = 10;
const room = 'w_kill';

/** A client whose `relayed` document holds exactly what the server has sent it. */
function watchRelayed(client: Client): Y.Doc {
  const relayed = new Y.Doc();
  let watched: unknown = null;
  const watch = (): void => {
    const ws = client.provider.ws;
    if (ws === null || ws === watched) return;
    watched = ws;
    ws.addEventListener('message', (event) => {
      if (event.data instanceof ArrayBuffer) applySyncFrames(relayed, [new Uint8Array(event.data)]);
    });
  };
  watch();
  client.provider.on('status', watch);
  return relayed;
}

type Ranges = Map<number, Array<[number, number]>>;

function add(ranges: Ranges, client: number, from: number, to: number): void {
  const list = ranges.get(client) ?? [];
  list.push([from, to]);
  ranges.set(client, list);
}

/** The clock ranges of an update's structs (integrated or waiting for a dependency) and of its deletions. */
function rangesOf(update: Uint8Array): { structs: Ranges; deletes: Ranges } {
  const { structs, ds } = Y.decodeUpdate(update);
  const ranges = { structs: new Map(), deletes: new Map() };
  for (const struct of structs) if (!(struct instanceof Y.Skip)) add(ranges.structs, struct.id.client, struct.id.clock, struct.id.clock + struct.length);
  for (const [client, deletes] of ds.clients) for (const d of deletes) add(ranges.deletes, client, d.clock, d.clock + d.len);
  return ranges;
}

function covers(outer: Ranges, inner: Ranges): boolean {
  for (const [client, wanted] of inner) {
    const have = [...(outer.get(client) ?? [])].sort((x, y) => x[0] - y[0]);
    for (const [from, to] of wanted) {
      let reached = from;
      for (const [start, end] of have) if (start <= reached && end > reached) reached = end;
      if (reached < to) return false;
    }
  }
  return true;
}

/**
 * Does the stored log hold everything in `relayed`: each of its structs (also one still waiting for a
 * dependency, which a stored log may hold too) and each of its deletions?
 */
function contains(stored: Uint8Array, relayed: Y.Doc): boolean {
  const store = rangesOf(stored);
  const seen = rangesOf(Y.encodeStateAsUpdate(relayed));
  return covers(store.structs, seen.structs) && covers(store.deletes, seen.deletes);
}

it(`loses nothing any client saw relayed across ${KILLS} kill -9 of the server`, { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const tokens: string[] = [];
  for (const org of ['A', 'B', 'C']) {
    const made = await concord(['invite', '--data', dir, '--workspace', room, '--org', org, '--role', 'delegate', '--json'], serverCommands);
    tokens.push(String(Reflect.get(JSON.parse(made.out), 'token')));
  }
  let child = await spawnServer(dir);
  const port = child.port;
  const clients = tokens.map((token) => connectClient(`ws://127.0.0.1:${port}`, room, token));
  const relayed = clients.map(watchRelayed);
  await Promise.all(clients.map(synced));

  let typed = 0;
  const typists = clients.map((client, i) =>
    setInterval(() => {
      typed += 1;
      const text = client.text;
      if (typed % 7 === 0 && text.length > 10) text.delete(Math.floor(Math.random() * (text.length - 5)), 2);
      else text.insert(Math.floor(Math.random() * (text.length + 1)), `${'abc'[i]}${typed} `);
    }, 4),
  );

  let checked = 0;
  let lost = 0;
  let cycles = 0;
  try {
    for (let kill = 0; kill < KILLS; kill += 1) {
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 250));
      child.process.kill('SIGKILL');
      await child.exited;
      await waitFor(() => clients.every((c) => !c.provider.wsconnected), 'every client to notice the kill');
      const store = await RoomStore.open(dir);
      const stored = await store.load(room);
      await store.close();
      for (const doc of relayed) {
        if (!contains(stored, doc)) lost += 1;
        checked += doc.getText('t').length;
      }
      cycles += 1;
      expect(lost).toBe(0);
      child = await spawnServer(dir, port);
      await waitFor(() => clients.every((c) => c.provider.synced), 'every client to resync', 20_000).catch((error: unknown) => {
        console.log(clients.map((c) => [c.provider.wsconnected, c.provider.wsconnecting, c.provider.synced, c.provider.wsUnsuccessfulReconnects]));
        throw error;
      });
    }
    expect(checked).toBeGreaterThan(0);
  } finally {
    for (const typist of typists) clearInterval(typist);
    recordFigures('kill', { cycles, lost, edits: typed });
  }

  await waitFor(() => clients.every((c) => contentOf(c.doc) === contentOf(clients[0]?.doc ?? new Y.Doc())), 'the clients to converge', 30_000);
  const expected = contentOf(clients[0]?.doc ?? new Y.Doc());
  const fresh = connectClient(`ws://127.0.0.1:${port}`, room, tokens[0]);
  await waitFor(() => contentOf(fresh.doc) === expected, 'a fresh client to see the same document');
  for (const client of [...clients, fresh]) client.destroy();
  child.process.kill('SIGTERM');
  expect(await child.exited).toBe(0);
  const store = await RoomStore.open(dir);
  const final = new Y.Doc();
  Y.applyUpdate(final, await store.load(room));
  await store.close();
  expect(contentOf(final)).toBe(expected);
  expect(typed).toBeGreaterThan(100);
});
