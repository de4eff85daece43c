/**
 * Property: whatever three clients do — random edits to text, map and array, disconnecting, reconnecting —
 * and however often the server restarts in between, once everyone is back online all replicas converge,
 * every client's pending-change count reaches zero, and the server's store holds the same document.
 * 200 runs by default; CONCORD_PROPERTY_RUNS=N for more (e.g. nightly).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { attachToProvider, trackPendingChanges, type PendingChanges } from '../../src/sync/pending-changes.ts';
import { recordFigures } from '../figures.ts';
import { connectClient, contentOf, storedDoc, synced, waitFor, type Client } from './server-helpers.ts';

const RUNS = Number(process.env.CONCORD_PROPERTY_RUNS ?? 200);

type Action =
  | { kind: 'insert'; client: number; at: number; text: string }
  | { kind: 'delete'; client: number; at: number; length: number }
  | { kind: 'set'; client: number; key: string; value: number }
  | { kind: 'push'; client: number; value: number }
  | { kind: 'disconnect'; client: number }
  | { kind: 'reconnect'; client: number }
  | { kind: 'restart' }
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

let server: TestServer;
let run = 0;
let converged = 0;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  recordFigures('convergence', { runs: run, converged });
  await server.close();
});

async function apply(step: Action, clients: readonly Client[]): Promise<void> {
  if (step.kind === 'restart') return server.restart();
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

it(`converges: 3 clients, random edits, disconnects and server restarts (${RUNS} runs)`, { timeout: 600_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
      const room = `w_prop${(run += 1)}`;
      const token = await server.invite(room);
      const clients = [0, 1, 2].map(() => connectClient(server.url, room, token, new Y.Doc(), true, 20));
      const pending: PendingChanges[] = clients.map((c) => {
        const changes = trackPendingChanges(c.doc, (origin) => origin === c.provider);
        attachToProvider(c.provider, changes);
        return changes;
      });
      try {
        await Promise.all(clients.map(synced));
        for (const step of actions) await apply(step, clients);
        for (const c of clients) c.provider.connect();
        const first = clients[0]?.doc ?? new Y.Doc();
        await waitFor(
          () => clients.every((c) => c.provider.synced && contentOf(c.doc) === contentOf(first)) && pending.every((p) => p.count === 0),
          'convergence and confirmation',
        );
        for (const c of clients) expect(Y.encodeStateVector(c.doc)).toEqual(Y.encodeStateVector(first));
        const expected = contentOf(first);
        for (const c of clients) c.destroy();
        await server.stop();
        expect(contentOf(await storedDoc(server.dataDir, room))).toBe(expected);
        converged += 1;
      } finally {
        for (const c of clients) c.destroy();
        await server.restart();
      }
    }),
    { numRuns: RUNS },
  );
});
