/**
 * Helpers for the sync server's tests: stock y-websocket clients (Node's `ws` as their WebSocket, no
 * BroadcastChannel so that only the server connects them), raw protocol sockets, refused upgrades,
 * waiting for a condition, and a server run as a child process (for kill -9).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { afterAll, beforeAll } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { RoomStore } from '../../server/persistence.ts';
import { SYNC_PROTOCOL, providerArguments, type Invitation } from '../../src/sync/join-link.ts';

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text: Y.Text;
  destroy(): void;
}

/**
 * The `ws` package as y-websocket's WebSocket. Node's built-in WebSocket (undici) is no use here: when a
 * connection is refused it fires `error` but never `close`, and y-websocket reconnects only on `close`.
 * `ws` implements the WHATWG interface y-websocket uses (on* handlers, send, close, binaryType, readyState).
 */
export function isWebSocketClass(value: unknown): value is typeof globalThis.WebSocket {
  return typeof value === 'function' && 'CONNECTING' in value && 'OPEN' in value;
}
if (!isWebSocketClass(WebSocket)) throw new Error('ws does not look like a WebSocket class');
export const NodeWebSocket = WebSocket;

export function connectClient(url: string, room: string, token: string | undefined, doc = new Y.Doc(), connect = true, maxBackoffTime = 300): Client {
  const provider = new WebsocketProvider(url, room, doc, {
    protocols: protocolsFor(token),
    WebSocketPolyfill: NodeWebSocket,
    disableBc: true,
    connect,
    maxBackoffTime,
  });
  return {
    doc,
    provider,
    text: doc.getText('t'),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** The subprotocols a client offers: the token travels in them, as the app sends it (none: no token). */
export function protocolsFor(token: string | undefined): string[] {
  return token === undefined ? [SYNC_PROTOCOL] : providerArguments({ server: 'ws://unused', workspace: 'w_unused', token }).protocols;
}

/** y-websocket's WebSocket over TLS: `ws`, trusting `authority` (a test CA or a pinned certificate) alone. */
export function trustingWebSocket(authority: string): typeof globalThis.WebSocket {
  class TrustingWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { ca: authority });
    }
  }
  const candidate: unknown = TrustingWebSocket;
  if (!isWebSocketClass(candidate)) throw new Error('not a WebSocket class');
  return candidate;
}

/** Two delegates join by their invitations through `WebSocketPolyfill`; both sync, and `text` typed by the first reaches the second. */
export async function syncTwoDelegates(invitations: readonly [Invitation, Invitation], WebSocketPolyfill: typeof globalThis.WebSocket, text: string): Promise<void> {
  const docs = [new Y.Doc(), new Y.Doc()];
  const providers = invitations.map((invitation, i) => {
    const { serverUrl, room, protocols } = providerArguments(invitation);
    return new WebsocketProvider(serverUrl, room, docs[i] ?? new Y.Doc(), { protocols, WebSocketPolyfill, disableBc: true });
  });
  try {
    await waitFor(() => providers.every((p) => p.synced), 'both clients to sync');
    docs[0]?.getText('t').insert(0, text);
    await waitFor(() => docs[1]?.getText('t').toString() === text, 'the edit to reach the other delegate');
  } finally {
    for (const provider of providers) provider.destroy();
  }
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function synced(client: Client): Promise<void> {
  return waitFor(() => client.provider.synced, 'sync');
}

/** The state of a document as a comparable string (content, not encoding details). */
/** The document a (stopped) server stored for `room` in `dataDir`, read back from disk. */
export async function storedDoc(dataDir: string, room: string): Promise<Y.Doc> {
  const store = await RoomStore.open(dataDir);
  const stored = new Y.Doc();
  Y.applyUpdate(stored, await store.load(room));
  await store.close();
  return stored;
}

export function contentOf(doc: Y.Doc): string {
  const fields = Object.entries(doc.getMap('m').toJSON()).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([doc.getText('t').toString(), fields, doc.getArray('a').toJSON()]);
}

/** Open a WebSocket and report the HTTP status of a refused upgrade (or 101 when it was accepted). */
export async function upgradeStatus(url: string, token?: string): Promise<{ status: number; body: string }> {
  const ws = new WebSocket(url, protocolsFor(token));
  return new Promise((resolve, reject) => {
    ws.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    ws.on('open', () => {
      ws.close();
      resolve({ status: 101, body: '' });
    });
    ws.on('error', (error) => {
      if (!String(error.message).includes('Unexpected server response')) reject(error);
    });
  });
}

/** A raw protocol socket: collects every frame the server sends. */
export interface RawSocket {
  ws: WebSocket;
  frames: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
  send(frame: Uint8Array): void;
  /** Resolves at the next frame from the server or when the socket closes. */
  next(): Promise<void>;
}

export async function rawSocket(url: string, token?: string): Promise<RawSocket> {
  const ws = new WebSocket(url, protocolsFor(token));
  const frames: Uint8Array[] = [];
  ws.binaryType = 'nodebuffer';
  let waiting: Array<() => void> = [];
  const wake = (): void => {
    const woken = waiting;
    waiting = [];
    for (const resolve of woken) resolve();
  };
  ws.on('message', (data) => {
    if (data instanceof Buffer) frames.push(new Uint8Array(data));
    wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
      wake();
    }),
  );
  await once(ws, 'open');
  const next = (): Promise<void> => (ws.readyState === ws.CLOSED ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve)));
  return { ws, frames, closed, send: (frame) => ws.send(frame), next };
}

export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Apply every sync payload (step 2 or update) among `frames` to `doc`. */
export function applySyncFrames(doc: Y.Doc, frames: readonly Uint8Array[]): void {
  for (const frame of frames) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== 0) continue;
    if (decoding.readVarUint(decoder) === 0) continue;
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  }
}

/** A sync server in a child process (`node server/main.ts`), for kill -9 and memory measurements. */
export interface ChildServer {
  process: ChildProcess;
  port: number;
  exited: Promise<number | null>;
  /** Every log event it has written so far (its JSON lines, parsed), oldest first. */
  events: Array<Record<string, unknown>>;
  /** The server.listening log line, as printed. */
  startLine: string;
}

const root = join(import.meta.dirname, '..', '..');

/** Start `entry` (default the TypeScript source; the bench passes the esbuild bundle out/server/main.mjs). */
/** A server as a child process; `args` are the further `serve` arguments (by default it listens on 127.0.0.1 only). */
export async function spawnServer(dataDir: string, port = 0, entry = join(root, 'server', 'main.ts'), args: readonly string[] = ['--host', '127.0.0.1']): Promise<ChildServer> {
  const child = spawn(process.execPath, [entry, '--data', dataDir, '--port', String(port), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines = createInterface({ input: child.stdout ?? process.stdin });
  const events: Array<Record<string, unknown>> = [];
  let startLine = '';
  const listening = await new Promise<number>((resolve, reject) => {
    lines.on('line', (line) => {
      if (process.env.CONCORD_SERVER_LOG) process.stderr.write(`[server] ${line}\n`);
      try {
        const event: unknown = JSON.parse(line);
        if (typeof event === 'object' && event !== null) events.push({ ...event });
        if (typeof event === 'object' && event !== null && Reflect.get(event, 'event') === 'server.listening') {
          startLine = line;
          resolve(Number(Reflect.get(event, 'port')));
        }
      } catch {
        // not a log line
      }
    });
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  return { process: child, port: listening, exited, events, startLine };
}

/**
 * One child server for a test file: started in beforeAll on a fresh data directory (`prepare` may write
 * files there and return extra `serve` arguments), stopped and removed in afterAll.
 */
export function childServerForSuite(prefix: string, prepare: (dir: string) => string[] = () => []): { readonly child: ChildServer; readonly dir: string } {
  let child: ChildServer | undefined;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  beforeAll(async () => {
    child = await spawnServer(dir, 0, undefined, ['--host', '127.0.0.1', ...prepare(dir)]);
  }, 60_000);
  afterAll(async () => {
    child?.process.kill('SIGTERM');
    await child?.exited;
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
  return {
    get child() {
      if (child === undefined) throw new Error('the child server is started in beforeAll');
      return child;
    },
    dir,
  };
}
