/**
 * Property: whatever three clients do — random edits to text, map and array, disconnecting, reconnecting —
 * and however often the server restarts in between, once everyone is back online all replicas converge,
 * every client's pending-change count reaches zero, and the server's store holds the same document.
 * Twice: 200 runs with the server in this process, restarted gracefully (CONCORD_PROPERTY_RUNS=N), and 5
 * runs with the server in a child process that is also killed with SIGKILL mid-run, its store read after a
 * last kill -9 (CONCORD_KILL_PROPERTY_RUNS=N).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { serverCommands } from '../../server/commands.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { attachToProvider, trackPendingChanges, type PendingChanges } from '../../src/sync/pending-changes.ts';
import { recordFigures } from '../figures.ts';
import { concord, tempDir } from './cli-helpers.ts';
import { connectClient, contentOf, spawnServer, storedDoc, synced, waitFor, type ChildServer, type Client } from './server-helpers.ts';

const RUNS = Number(process.env.CONCORD_PROPERTY_RUNS ?? 200);
/** Runs with the server in a child process that is killed (each start of it costs about a second). */
const KILL_RUNS = Number(process.env.CONCORD_KILL_PROPERTY_RUNS ?? 5);

type Action =
  | { kind: 'insert'; client: number; at: number; text: string }
  | { kind: 'delete'; client: number; at: number; length: number }
  | { kind: 'set'; client: number; key: string; value: number }
  | { kind: 'push'; client: number; value: number }
  | { kind: 'disconnect'; client: number }
  | { kind: 'reconnect'; client: number }
  | { kind: 'restart' }
  | { kind: 'kill' }
  | { kind: 'pause' };

const client = fc.integer({ min: 0, max: 2 });
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), client, at: fraction, text: fc.string({ minLength: 1, maxLength: 6 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), client, at: fraction, length: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('set' as const), client, key: fc.constantFrom('chair', 'rule', 'term'), value: fc.integer() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('push' as const), client, value: fc.integer() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('disconnect' as const), client }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reconnect' as const), client }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'pause' as const }) },
);

/** The server under test, as the property drives it. */
interface ServerControl {
  url(): string;
  invite(room: string): Promise<string>;
  /** A graceful close and a new server on the same data and port. */
  restart(): Promise<void>;
  /** SIGKILL and a new server on the same data and port (only for a server in a child process). */
  kill(): Promise<void>;
  /** Stop the server (with kill -9 where it is a child process), read what it stored for `room`, start it again. */
  stored(room: string): Promise<Y.Doc>;
}

/** A run of actions with at least one kill -9 of the server somewhere in it. */
const kill: Action = { kind: 'kill' };
const killedRun: fc.Arbitrary<Action[]> = fc
  .tuple(fc.array(fc.oneof({ weight: 12, arbitrary: action }, { weight: 1, arbitrary: fc.constant(kill) }), { minLength: 1, maxLength: 15 }), fc.nat({ max: 15 }))
  .map(([actions, at]) => [...actions.slice(0, at), kill, ...actions.slice(at)]);

let run = 0;
const figures = { runs: 0, converged: 0, killRuns: 0, killConverged: 0, kills: 0, restarts: 0 };
afterAll(() => recordFigures('convergence', figures));

async function apply(step: Action, clients: readonly Client[], server: ServerControl): Promise<void> {
  if (step.kind === 'restart') {
    figures.restarts += 1;
    return server.restart();
  }
  if (step.kind === 'kill') {
    figures.kills += 1;
    return server.kill();
  }
  if (step.kind === 'pause') return new Promise((resolve) => setTimeout(resolve, 3));
  const target = clients[step.client];
  if (target === undefined) throw new Error('no such client');
  const text = target.text;
  if (step.kind === 'insert') text.insert(Math.floor(step.at * text.length), step.text);
  else if (step.kind === 'delete') {
    const at = Math.floor(step.at * text.length);
    text.delete(at, Math.min(step.length, text.length - at));
  } else if (step.kind === 'set') target.doc.getMap('m').set(step.key, step.value);
  else if (step.kind === 'push') target.doc.getArray('a').push([step.value]);
  else if (step.kind === 'disconnect') target.provider.disconnect();
  else target.provider.connect();
}

/** One run: three clients do `actions`, reconnect, converge with nothing pending, and the store holds the same. */
async function converges(actions: readonly Action[], server: ServerControl): Promise<void> {
  const room = `w_prop${(run += 1)}`;
  const token = await server.invite(room);
  const clients = [0, 1, 2].map(() => connectClient(server.url(), room, token, new Y.Doc(), true, 20));
  const pending: PendingChanges[] = clients.map((c) => {
    const changes = trackPendingChanges(c.doc, (origin) => origin === c.provider);
    attachToProvider(c.provider, changes);
    return changes;
  });
  try {
    await Promise.all(clients.map(synced));
    for (const step of actions) await apply(step, clients, server);
    for (const c of clients) c.provider.connect();
    const first = clients[0]?.doc ?? new Y.Doc();
    await waitFor(
      () => clients.every((c) => c.provider.synced && contentOf(c.doc) === contentOf(first)) && pending.every((p) => p.count === 0),
      'convergence and confirmation',
      30_000,
    );
    for (const c of clients) expect(Y.encodeStateVector(c.doc)).toEqual(Y.encodeStateVector(first));
    const expected = contentOf(first);
    for (const c of clients) c.destroy();
    expect(contentOf(await server.stored(room))).toBe(expected);
  } finally {
    for (const c of clients) c.destroy();
  }
}

describe('with the server in this process, closed gracefully', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());
  const control: ServerControl = {
    url: () => server.url,
    invite: (room) => server.invite(room),
    restart: () => server.restart(),
    kill: () => Promise.reject(new Error('no kill -9 in this process')),
    async stored(room) {
      await server.stop();
      const doc = await storedDoc(server.dataDir, room);
      await server.restart();
      return doc;
    },
  };

  it(`converges: 3 clients, random edits, disconnects and server restarts (${RUNS} runs)`, { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
        figures.runs += 1;
        await converges(actions, control);
        figures.converged += 1;
      }),
      { numRuns: RUNS },
    );
  });
});

describe('with the server in a child process, killed with SIGKILL', () => {
  let dir = '';
  let child: ChildServer;
  let port = 0;
  beforeAll(async () => {
    dir = tempDir();
    child = await spawnServer(dir);
    port = child.port;
  }, 60_000);
  afterAll(async () => {
    child.process.kill('SIGTERM');
    await child.exited;
  });
  const stop = async (signal: 'SIGKILL' | 'SIGTERM'): Promise<void> => {
    child.process.kill(signal);
    await child.exited;
  };
  const control: ServerControl = {
    url: () => `ws://127.0.0.1:${port}`,
    async invite(room) {
      // Another process adds the invitation, as `concord invite` does beside a running server; the server
      // notices, and until it has the clients' refused connections are retried.
      const made = await concord(['invite', '--data', dir, '--workspace', room, '--org', 'ORG', '--role', 'delegate', '--json'], serverCommands);
      return String(Reflect.get(JSON.parse(made.out), 'token'));
    },
    async restart() {
      await stop('SIGTERM');
      child = await spawnServer(dir, port);
    },
    async kill() {
      await stop('SIGKILL');
      child = await spawnServer(dir, port);
    },
    async stored(room) {
      await stop('SIGKILL');
      const doc = await storedDoc(dir, room);
      child = await spawnServer(dir, port);
      return doc;
    },
  };

  it(`converges: 3 clients, random edits, disconnects, kill -9 and restarts of the server (${KILL_RUNS} runs, the store read after a kill -9)`, { timeout: 900_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(killedRun, async (actions) => {
        figures.killRuns += 1;
        await converges(actions, control);
        figures.killConverged += 1;
      }),
      { numRuns: KILL_RUNS },
    );
  });
});
