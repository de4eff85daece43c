/**
 * A sync server for tests (unit and end-to-end): on 127.0.0.1, a free port, a fresh temporary data
 * directory, logs kept in memory, and one call to mint an invitation.
 *
 *   const server = await startTestServer();
 *   const token = await server.invite('w_abc', 'delegate');
 *   new WebsocketProvider(server.url, 'w_abc', doc, { params: { token }, WebSocketPolyfill: WebSocket });
 *   await server.close();
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../src/sync/token-check.ts';
import type { Limits } from './limits.ts';
import type { LogFields } from './log.ts';
import { startServer, type MintedInvitation, type RunningServer } from './server.ts';

export interface LoggedEvent extends LogFields {
  event: string;
}

export interface TestServer {
  /** ws://127.0.0.1:PORT */
  url: string;
  /** http://127.0.0.1:PORT */
  httpUrl: string;
  port: number;
  dataDir: string;
  server: RunningServer;
  /** Everything the server logged, oldest first. */
  events: LoggedEvent[];
  /** Mint an invitation and return its token (`org` defaults to "ORG"). */
  invite(workspace: string, role?: Role, org?: string): Promise<string>;
  /** Mint an invitation and return it whole (token, links, id). */
  inviteFull(workspace: string, role?: Role, org?: string): Promise<MintedInvitation>;
  /** Stop the server, keeping the data directory (start another on it with `restart`). */
  stop(): Promise<void>;
  /** Start a new server on the same data directory and port (after `stop`). */
  restart(): Promise<void>;
  /** Stop the server and delete the data directory. */
  close(): Promise<void>;
}

export interface TestServerOptions {
  dataDir?: string;
  limits?: Partial<Limits>;
  /** Serve the built web app from this folder (see static.ts). */
  appDir?: string;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'concord-server-')));
  const events: LoggedEvent[] = [];
  const log = (event: string, fields: LogFields = {}): void => void events.push({ ...fields, event });
  const start = (port: number): Promise<RunningServer> =>
    startServer({ dataDir, port, host: '127.0.0.1', log, limits: options.limits, ...(options.appDir === undefined ? {} : { appDir: options.appDir }) });
  let server = await start(0);
  let running = true;
  const port = server.port;
  const handle: TestServer = {
    url: `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    get server() {
      return server;
    },
    events,
    async invite(workspace, role = 'delegate', org = 'ORG') {
      return (await server.invite({ workspace, role, org })).token;
    },
    inviteFull: (workspace, role = 'delegate', org = 'ORG') => server.invite({ workspace, role, org }),
    async stop() {
      if (running) await server.close();
      running = false;
    },
    async restart() {
      if (running) await server.close();
      server = await start(port);
      running = true;
    },
    async close() {
      await handle.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}
