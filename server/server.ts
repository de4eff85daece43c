/**
 * The Concord sync server: an HTTP server whose WebSocket upgrades speak the y-websocket protocol, one
 * room per coalition workspace (room name = workspace id = the URL path). `concord serve` runs it, and
 * the Electron shell hosts a meeting with the same `startServer`.
 *
 * An upgrade is admitted only with a valid, unrevoked invitation token for that room (`?token=`, the
 * y-websocket `params` option); otherwise it is refused with HTTP 401/403 before any document data
 * flows. HTTP routes: GET /health, GET /api/check (see src/sync/token-check.ts for the contract) and
 * GET /join (the web app, already joining, when `appDir` is given — else a page pointing to the desktop
 * app); /api/admin/… for the chair's Invitations panel (admin.ts); every other GET is a file of the web
 * app (static.ts). A new workspace gets onto the server simply by its
 * first writer connecting: the room starts empty and y-websocket's sync uploads the writer's document.
 */
import { watch, type FSWatcher } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { appJoinLink, isRoomName, webJoinLink } from '../src/sync/join-link.ts';
import { CLOSE_EXPIRED, CLOSE_REVOKED } from '../src/sync/token-check.ts';
import { CLOSE_GOING_AWAY, CLOSE_SERVER_ERROR, Connection } from './connection.ts';
import { INVITATIONS_FILE, InvitationStore, isExpired, type Invitation, type NewInvitation, type Verdict } from './invitations.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import { jsonLogger, type Logger } from './log.ts';
import { RoomStore } from './persistence.ts';
import type { Room } from './room.ts';
import { Rooms } from './rooms.ts';
import { appFiles } from './static.ts';
import { handleAdmin, type AdminActions } from './admin.ts';

export interface ServerOptions {
  /** Directory of the store (rooms/) and the invitations (invitations.json); created if missing. */
  dataDir: string;
  /** 0 picks a free port. Default 4321. */
  port?: number;
  /** Default 127.0.0.1; use 0.0.0.0 to serve the LAN. */
  host?: string;
  /** The ws(s):// address clients should use in join links (default ws://host:port). */
  publicUrl?: string;
  limits?: Partial<Limits>;
  /** Structured log sink (default: JSON lines on stdout). */
  log?: Logger;
  /** The built web app to serve at / and /join (see static.ts); without it, /join is a page linking to the desktop app. */
  appDir?: string;
}

export interface MintedInvitation {
  token: string;
  invitation: Invitation;
  /** concord://join?server=…&workspace=…&token=… */
  appLink: string;
  /** http://host:port/join?workspace=…&token=… */
  webLink: string;
}

export interface RunningServer {
  port: number;
  host: string;
  /** The ws:// address join links carry. */
  url: string;
  invite(input: NewInvitation): Promise<MintedInvitation>;
  /** Revoke by token or invitation id; its open connections are closed (code 4403). */
  revoke(tokenOrId: string): Promise<Invitation>;
  invitations(): Invitation[];
  /** Stop accepting, close every connection, finish and compact pending writes, close the store. */
  close(): Promise<void>;
}

/** Links for an invitation on the server at `url`. */
export function invitationLinks(url: string, workspace: string, token: string): { appLink: string; webLink: string } {
  return { appLink: appJoinLink({ server: url, workspace, token }), webLink: webJoinLink({ server: url, workspace, token }) };
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** The app (another origin under `npm run web`) may send the chair's token in a header. */
function preflight(response: ServerResponse): void {
  response.writeHead(204, {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST',
    'access-control-allow-headers': 'authorization, content-type',
    'access-control-max-age': '600',
  });
  response.end();
}

function refuseUpgrade(socket: Duplex, status: number, text: string, body: unknown): void {
  const payload = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n\r\n${payload}`,
  );
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 503: 'Service Unavailable' };

const REFUSAL_MESSAGES: Record<string, string> = {
  'missing-token': 'An invitation token is required (the token URL parameter).',
  'unknown-token': 'This invitation token is not valid on this server.',
  revoked: 'This invitation has been revoked.',
  expired: 'This invitation has expired.',
  'wrong-workspace': 'This invitation is for another workspace.',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? jsonLogger((line) => void process.stdout.write(line));
  const host = options.host ?? '127.0.0.1';
  await mkdir(options.dataDir, { recursive: true });
  const invitations = new InvitationStore(options.dataDir);
  await invitations.refresh();
  const store = await RoomStore.open(options.dataDir);
  const connections = new Set<Connection>();
  const app = options.appDir === undefined ? undefined : appFiles(options.appDir);
  const started = Date.now();
  let closing = false;

  const onRoomFailure = (room: Room, error: unknown): void => {
    log('room.failed', { room: room.name, error: error instanceof Error ? error.message : String(error) });
    for (const connection of connections) if (connection.room === room.name) connection.close(CLOSE_SERVER_ERROR, 'storage failure');
  };
  const rooms = new Rooms(store, log, onRoomFailure);

  /** Verify, re-reading the invitations file first when the cache does not know the token. */
  const verify = async (token: string | undefined, room: string): Promise<Verdict> => {
    const first = invitations.verify(token, room);
    if (first.ok || first.reason !== 'unknown-token') return first;
    return (await invitations.refresh().catch(() => false)) ? invitations.verify(token, room) : first;
  };

  const admin: AdminActions = {
    verify,
    list: () => invitations.all(),
    invite: (input) => running.invite(input),
    revoke: (id) => running.revoke(id),
  };

  const closeRevoked = (): void => {
    const revoked = invitations.revokedIds();
    for (const connection of connections) {
      if (revoked.has(connection.invitation.id) && connection.isOpen) {
        const expired = isExpired(connection.invitation);
        log(expired ? 'connection.expired' : 'connection.revoked', { connection: connection.id, invitation: connection.invitation.id });
        connection.close(expired ? CLOSE_EXPIRED : CLOSE_REVOKED, expired ? 'invitation expired' : 'invitation revoked');
      }
    }
  };
  const refreshInvitations = (): void => {
    invitations.refresh().then(
      () => closeRevoked(), // also every second, for invitations that expired meanwhile
      (error: unknown) => log('invitations.unreadable', { error: error instanceof Error ? error.message : String(error) }),
    );
  };

  const http = createServer((request: IncomingMessage, response: ServerResponse) => {
    handleHttp(request, response).catch((error: unknown) => {
      log('http.error', { path: request.url?.split('?')[0], error: error instanceof Error ? error.message : String(error) });
      if (!response.headersSent) json(response, 500, { ok: false, message: 'internal error' });
      else response.destroy();
    });
  });

  const handleHttp = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://server');
    if (url.pathname.startsWith('/api/admin/')) {
      if (request.method === 'OPTIONS') return preflight(response);
      return handleAdmin(request, url, admin, (status, body) => json(response, status, body));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return json(response, 405, { ok: false, message: 'GET only' });
    if (url.pathname === '/health') {
      return json(response, 200, { ok: true, rooms: rooms.openCount, connections: connections.size, uptimeSeconds: Math.round((Date.now() - started) / 1000) });
    }
    if (url.pathname === '/api/check') {
      const workspace = url.searchParams.get('workspace') ?? '';
      const verdict = await verify(url.searchParams.get('token') ?? undefined, workspace);
      if (verdict.ok) return json(response, 200, { ok: true, workspace, org: verdict.invitation.org, role: verdict.invitation.role });
      return json(response, verdict.status, { ok: false, reason: verdict.reason, message: REFUSAL_MESSAGES[verdict.reason] });
    }
    const head = request.method === 'HEAD';
    if (url.pathname === '/join' && app) return app.serveIndex(response, head);
    if (url.pathname === '/join') {
      const workspace = url.searchParams.get('workspace') ?? '';
      const token = url.searchParams.get('token') ?? '';
      const link = appJoinLink({ server: publicUrl, workspace, token });
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
      return void response.end(
        `<!doctype html><meta charset="utf-8"><title>Concord invitation</title><p>You are invited to a Concord workspace.</p><p><a href="${escapeHtml(link)}">Open it in Concord</a>, or paste this page's address into Concord's “Join” dialog.</p>`,
      );
    }
    if (app && (await app.serve(url.pathname, response, head))) return;
    return json(response, 404, { ok: false, message: 'not found' });
  };

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });

  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    admit(request, socket, head).catch((error: unknown) => {
      log('upgrade.error', { error: error instanceof Error ? error.message : String(error) });
      socket.destroy();
    });
  });

  const admit = async (request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://server');
    let room = '';
    try {
      room = decodeURIComponent(url.pathname.slice(1));
    } catch {
      room = ''; // a broken %-escape names no room
    }
    const address = request.socket.remoteAddress ?? '';
    const refuse = (status: number, reason: string, invitation?: string): void => {
      log('upgrade.refused', { room: isRoomName(room) ? room : '(invalid)', status, reason, invitation, address });
      refuseUpgrade(socket, status, STATUS_TEXT[status] ?? 'Refused', { ok: false, reason, message: REFUSAL_MESSAGES[reason] ?? reason });
    };
    if (closing) return refuse(503, 'shutting-down');
    if (!isRoomName(room)) return refuse(404, 'no-such-room');
    const verdict = await verify(url.searchParams.get('token') ?? undefined, room);
    if (!verdict.ok) return refuse(verdict.status, verdict.reason, verdict.invitation?.id);
    const invitation = verdict.invitation;
    const open = [...connections].filter((c) => c.invitation.id === invitation.id && c.isOpen).length;
    if (open >= limits.connectionsPerToken) return refuse(429, 'too-many-connections', invitation.id);
    if (socket.destroyed) return;
    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new Connection(ws, invitation, room, limits, log, (closed) => {
        connections.delete(closed);
        rooms.release(room);
      });
      connections.add(connection);
      log('connection.opened', { connection: connection.id, room, invitation: invitation.id, org: invitation.org, role: invitation.role, address });
      rooms.acquire(room).then(
        (loaded) => connection.attach(loaded),
        (error: unknown) => {
          log('room.load-failed', { room, error: error instanceof Error ? error.message : String(error) });
          connection.close(CLOSE_SERVER_ERROR, 'cannot load workspace');
        },
      );
    });
  };

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 4321, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const listening = http.address();
  const port = typeof listening === 'object' && listening !== null ? listening.port : (options.port ?? 4321);
  const urlHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const publicUrl = options.publicUrl ?? `ws://${urlHost}:${port}`;

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(options.dataDir, (_event, file) => {
      if (file === null || file === INVITATIONS_FILE) refreshInvitations();
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    watcher = undefined; // The poll below still notices changes.
  }
  const poll = setInterval(refreshInvitations, 1000);
  poll.unref();
  const reachableFrom = host === '127.0.0.1' || host === '::1' || host === 'localhost' ? 'this computer only' : 'other computers too';
  log('server.listening', { host, port, url: publicUrl, reachableFrom, dataDir: options.dataDir, webApp: app ? `${publicUrl.replace(/^ws/, 'http')}/` : 'not served (build it: npm run build)' });

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      closing = true;
      clearInterval(poll);
      watcher?.close();
      const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
      const open = [...connections];
      for (const connection of open) connection.close(CLOSE_GOING_AWAY, 'server shutting down');
      await Promise.all(open.map((c) => c.finished));
      http.closeAllConnections();
      await httpClosed;
      await rooms.settled();
      await store.close();
      log('server.stopped', { port });
    })();
    return closed;
  };

  const running: RunningServer = {
    port,
    host,
    url: publicUrl,
    async invite(input) {
      const { token, invitation } = await invitations.create(input);
      log('invitation.created', { invitation: invitation.id, room: invitation.workspace, org: invitation.org, role: invitation.role });
      return { token, invitation, ...invitationLinks(publicUrl, invitation.workspace, token) };
    },
    async revoke(tokenOrId) {
      const invitation = await invitations.revoke(tokenOrId);
      log('invitation.revoked', { invitation: invitation.id });
      closeRevoked();
      return invitation;
    },
    invitations: () => invitations.all(),
    close,
  };
  return running;
}
