/**
 * The sync server beside the stock @y/websocket-server 0.1.1 (with its LevelDB persistence on, like
 * ours), both run as child processes in the same run: edit-to-peer latency (p50, p99) with 12 clients in
 * one room — one edit at a time, each timed until every other client has it — and the server's resident
 * memory with 100 rooms × 10 synced connections (each room holding a ~6 KB draft). Ours runs from its
 * esbuild bundle (as `npm run server` does), so neither server pays for loading TypeScript.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { InvitationStore } from '../server/invitations.ts';
import { connectClient, spawnServer, waitFor, type Client } from '../test/unit/server-helpers.ts';
import type { Benchmark, BenchRow } from './bench.ts';

const root = join(import.meta.dirname, '..');
const PEERS = 12;
const EDITS = 300;
const ROOMS = 100;
const PER_ROOM = 10;

interface Target {
  url: string;
  process: ChildProcess;
  token(room: string, index: number): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no free port');
  return address.port;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Ours, with two invitations per room (each may hold up to 8 connections). */
async function startOurs(rooms: readonly string[]): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-'));
  const store = new InvitationStore(dir);
  const tokens = new Map<string, string>();
  for (const room of rooms) {
    for (const half of [0, 1]) tokens.set(`${room}/${half}`, (await store.create({ workspace: room, org: 'ORG', role: 'delegate' })).token);
  }
  const child = await spawnServer(dir, 0, join(root, 'out', 'server', 'main.mjs'));
  return {
    url: `ws://127.0.0.1:${child.port}`,
    process: child.process,
    token: (room, index) => tokens.get(`${room}/${index % 2}`) ?? '',
    async stop() {
      await stopChild(child.process);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startStock(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'stock-bench-'));
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'node_modules', '@y', 'websocket-server', 'src', 'server.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: dir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('running') && resolve());
    child.once('exit', (code) => reject(new Error(`stock server exited with ${code}`)));
  });
  return {
    url: `ws://127.0.0.1:${port}`,
    process: child,
    token: () => 'unused',
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function residentMiB(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kib / 1024;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function latency(target: Target): Promise<{ p50: number; p99: number }> {
  const room = 'w_latency';
  const clients = Array.from({ length: PEERS }, (_, i) => connectClient(target.url, room, target.token(room, i)));
  await waitFor(() => clients.every((c) => c.provider.synced), 'the 12 clients to sync', 30_000);
  const samples: number[] = [];
  let current = -1;
  let sentAt = 0;
  let waitingFor = 0;
  let done: () => void = () => undefined;
  clients.forEach((client, index) => {
    const map = client.doc.getMap('m');
    map.observe((event) => {
      if (event.transaction.local || map.get('k') !== current || index === current % PEERS) return;
      samples.push(performance.now() - sentAt);
      waitingFor -= 1;
      if (waitingFor === 0) done();
    });
  });
  for (let edit = 0; edit < EDITS; edit += 1) {
    const arrived = new Promise<void>((resolve) => (done = resolve));
    current = edit;
    waitingFor = PEERS - 1;
    sentAt = performance.now();
    clients[edit % PEERS]?.doc.getMap('m').set('k', edit);
    await arrived;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  for (const client of clients) client.destroy();
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

async function memory(target: Target, rooms: readonly string[]): Promise<number> {
  const draft = new Y.Doc();
  draft.getText('t').insert(0, 'Article I. The coalition is a union of member organizations. '.repeat(100));
  const upload = Y.encodeStateAsUpdate(draft);
  const clients: Client[] = [];
  for (const room of rooms) {
    for (let i = 0; i < PER_ROOM; i += 1) {
      const doc = new Y.Doc();
      if (i === 0) Y.applyUpdate(doc, upload);
      clients.push(connectClient(target.url, room, target.token(room, i), doc));
    }
    await waitFor(() => clients.every((c) => c.provider.synced), `room ${room} to sync`, 30_000);
  }
  await waitFor(() => clients.every((c) => c.text.length === draft.getText('t').length), 'every client to hold the draft', 60_000);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const mib = residentMiB(target.process);
  for (const client of clients) client.destroy();
  return mib;
}

const benchmark: Benchmark = {
  name: 'sync',
  async run() {
    process.setMaxListeners(ROOMS * PER_ROOM + 50); // each y-websocket client listens for the process's exit
    // Ours runs as `npm run server` does: the esbuild bundle, like the stock server's plain JavaScript.
    const build = spawn(process.execPath, [join(root, 'scripts', 'build.mjs'), 'server'], { cwd: root, stdio: 'inherit' });
    if ((await new Promise((resolve) => build.once('exit', resolve))) !== 0) throw new Error('building the server failed');
    const rooms = Array.from({ length: ROOMS }, (_, i) => `w_mem${i}`);
    const ours = await startOurs(['w_latency', ...rooms]);
    const stock = await startStock();
    try {
      const idleOurs = residentMiB(ours.process);
      const idleStock = residentMiB(stock.process);
      // A first round against each warms up the clients' side (JIT) so neither server pays for it.
      await latency(stock);
      await latency(ours);
      const latencyStock = await latency(stock);
      const latencyOurs = await latency(ours);
      const memoryOurs = await memory(ours, rooms);
      const memoryStock = await memory(stock, rooms);
      const baselineName = 'stock @y/websocket-server 0.1.1 (YPERSISTENCE LevelDB), child process';
      const rows: BenchRow[] = [
        { figure: `edit-to-peer latency p50, ${PEERS} clients in one room, ${EDITS} edits`, concord: latencyOurs.p50, baseline: latencyStock.p50, baselineName, unit: 'ms' },
        { figure: `edit-to-peer latency p99, ${PEERS} clients in one room, ${EDITS} edits`, concord: latencyOurs.p99, baseline: latencyStock.p99, baselineName, unit: 'ms' },
        { figure: 'server resident memory, idle', concord: idleOurs, baseline: idleStock, baselineName, unit: 'MiB' },
        {
          figure: `server resident memory, ${ROOMS} rooms × ${PER_ROOM} synced connections (6 KB draft each)`,
          concord: memoryOurs,
          baseline: memoryStock,
          baselineName,
          unit: 'MiB',
        },
      ];
      return rows;
    } finally {
      await ours.stop();
      await stock.stop();
    }
  },
};

export default benchmark;
