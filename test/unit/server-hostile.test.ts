/**
 * Hostile updates through the real sync server (a child process): the 35-byte `orgs["x"] = "x"`, the
 * constitution nested 10,000 deep and a frame holding clock 5 of a client whose clocks 0–4 exist nowhere are
 * refused and logged, reach neither the store nor any peer, and after them every replica still reads
 * cleanly and its "Save a copy as…" opens again — also after a restart. Honest edits keep flowing.
 */
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { serverCommands } from '../../server/commands.ts';
import { encodeWorkspaceFile, readWorkspace } from '../../src/file/format.ts';
import { readBlocks } from '../../src/constitution/root.ts';
import { inspectWorkspace } from '../../src/workspace/doc-shape.ts';
import { addOrganization, listOrganizations } from '../../src/workspace/workspace.ts';
import { concord, tempDir } from './cli-helpers.ts';
import { workspaceWith } from './core-helpers.ts';
import { deepConstitutionUpdate, orgsStringUpdate, pendingStructUpdate } from './hostile-docs.ts';
import { connectClient, rawSocket, spawnServer, storedDoc, synced, updateFrame, waitFor, type ChildServer, type Client } from './server-helpers.ts';

const room = 'w_hostile';
const cleanup: Array<() => void> = [];
afterEach(() => cleanup.splice(0).forEach((done) => done()));

async function invite(dir: string, org: string): Promise<string> {
  const made = await concord(['invite', '--data', dir, '--workspace', room, '--org', org, '--role', 'delegate', '--json'], serverCommands);
  return String(Reflect.get(JSON.parse(made.out), 'token'));
}

function join(server: ChildServer, token: string, doc = new Y.Doc()): Client {
  const client = connectClient(`ws://127.0.0.1:${server.port}`, room, token, doc);
  cleanup.push(() => client.destroy());
  return client;
}

/** What a delegate's "Save a copy as…" would write, read back as "Open…" would. */
function saveAndReopen(doc: Y.Doc): { missingHistory: boolean; damaged: number } {
  const { damage } = readWorkspace(encodeWorkspaceFile(doc), 'copy.concord');
  return { missingHistory: damage.missingHistory, damaged: damage.skipped.length };
}

/** Send `update` on a raw connection; resolves once the server has logged its refusal. */
async function sendHostile(server: ChildServer, token: string, update: Uint8Array): Promise<string> {
  const socket = await rawSocket(`ws://127.0.0.1:${server.port}/${room}`, token);
  cleanup.push(() => socket.ws.terminate());
  const seen = server.events.length;
  socket.send(updateFrame(update));
  const refusal = (): Record<string, unknown> | undefined => server.events.slice(seen).find((e) => e.event === 'update.refused');
  await waitFor(() => refusal() !== undefined, 'the refusal to be logged', 30_000);
  return JSON.stringify(refusal() ?? {});
}

it('refuses hostile updates before storing or relaying them, and every replica stays sound across a restart', { timeout: 90_000 }, async () => {
  const dir = tempDir();
  const [ana, ben, eve] = [await invite(dir, 'A'), await invite(dir, 'B'), await invite(dir, 'E')];
  let server = await spawnServer(dir);
  cleanup.push(() => server.process.kill('SIGKILL'));
  const first = join(server, ana, workspaceWith(['preamble:We unite.', 'clause:Open to all.']));
  const second = join(server, ben);
  await Promise.all([synced(first), synced(second)]);
  await waitFor(() => readBlocks(second.doc).length === 2, 'the workspace to reach the second delegate');

  const refusals = [];
  for (const update of [orgsStringUpdate(), deepConstitutionUpdate(10_000, first.doc), pendingStructUpdate()]) refusals.push(await sendHostile(server, eve, update));
  expect(refusals.map((line) => String(Reflect.get(JSON.parse(line), 'reason')))).toEqual([
    '"x" under orgs has the wrong type',
    'a constitution block holds nested blocks',
    'it depends on changes nobody has',
  ]);

  // Honest edits still flow, and reach the other delegate after the refused ones would have.
  addOrganization(first.doc, { name: 'Partido', short: 'PSL' });
  await waitFor(() => listOrganizations(second.doc).length === 1, 'an honest change to be relayed');
  for (const replica of [first, second]) {
    expect(inspectWorkspace(replica.doc)).toEqual([]);
    expect(replica.doc.store.pendingStructs).toBeNull();
    expect(saveAndReopen(replica.doc)).toEqual({ missingHistory: false, damaged: 0 });
  }

  server.process.kill('SIGKILL');
  await server.exited;
  const stored = await storedDoc(dir, room);
  expect(inspectWorkspace(stored)).toEqual([]);
  expect(stored.store.pendingStructs).toBeNull();

  server = await spawnServer(dir);
  const late = join(server, ben);
  await synced(late);
  await waitFor(() => listOrganizations(late.doc).length === 1, 'the stored workspace after a restart');
  expect(late.doc.store.pendingStructs).toBeNull();
  expect(saveAndReopen(late.doc)).toEqual({ missingHistory: false, damaged: 0 });
});
