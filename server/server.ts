/**
 * The Concord sync server: an HTTP server whose WebSocket upgrades speak the y-websocket protocol, one
 * room per coalition workspace (room name = workspace id = the URL path). `concord serve` runs it, and
 * the Electron shell hosts a meeting with the same `startServer`.
 *
 * An upgrade is admitted only with a valid, unrevoked invitation token for that room, carried in the
 * WebSocket subprotocol list (see src/sync/join-link.ts) so that no URL — and no reverse proxy's access
 * log — ever holds it; otherwise it is refused with HTTP 401/403 before any document data flows. HTTP
 * routes: GET /health, POST /api/check (see src/sync/token-check.ts for the contract), GET /join (the web
 * app, already joining, when `appDir` is given — else a page pointing to the desktop app; the token stays in
 * the link's #fragment), /api/admin/… for the chair's Invitations panel (admin.ts), and every other GET a
 * file of the web app (static.ts). A new workspace gets onto the
 * server simply by its first writer connecting: the room starts empty and y-websocket's sync uploads the
 * writer's document.
 *
 * Before any token is checked, sockets are capped per address and in total with short header timeouts
 * (server/pending-sockets.ts); unknown tokens make their address back off (server/guessing-backoff.ts);
 * each invitation has a byte budget; repeated refusals are logged as one line per kind and interval.
 * With `tls` it serves https/wss itself (the meeting hosted on a laptop, see electron/meeting.ts), and its
 * invitations carry the certificate's SHA-256 fingerprint for the client to pin.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerOptions as HttpOptions, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { appJoinLink, isRoomName, SYNC_PROTOCOL, tokenFromProtocols, webJoinLink } from '../src/sync/join-link.ts';
import { CLOSE_EXPIRED, CLOSE_REVOKED, CLOSE_ROOM_DAMAGED } from '../src/sync/token-check.ts';
import { CLOSE_GOING_AWAY, CLOSE_SERVER_ERROR, Connection } from './connection.ts';
import { GuessingBackoff } from './guessing-backoff.ts';
import { INVITATIONS_FILE, InvitationStore, isExpired, type Invitation, type NewInvitation, type Verdict } from './invitations.ts';
import { TokenBucket, DEFAULT_LIMITS, type Limits } from './limits.ts';
import { jsonLogger, type Logger } from './log.ts';
import { PendingSockets } from './pending-sockets.ts';
import { RoomDamaged, RoomStore } from './persistence.ts';
import { RefusalLog } from './refusal-log.ts';
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
  /** Serve https/wss with this key and certificate (PEM) instead of plain http/ws. */
  tls?: { key: string; cert: string };
  /** The built web app to serve at / and /join (see static.ts); without it, /join is a page linking to the desktop app. */
  appDir?: string;
}

export interface MintedInvitation {
  token: string;
  invitation: Invitation;
  /** concord://join?server=…&workspace=…&token=… */
  appLink: string;
  /** http://host:port/join#workspace=…&token=… */
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

/** Links for an invitation on the server at `url` (whose certificate has `fingerprint`, when pinned). */
export function invitationLinks(url: string, workspace: string, token: string, fingerprint?: string): { appLink: string; webLink: string } {
  const invitation = { server: url, workspace, token, ...(fingerprint === undefined ? {} : { fingerprint }) };
  return { appLink: appJoinLink(invitation), webLink: webJoinLink(invitation) };
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
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n\r\n${payload}`);
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 503: 'Service Unavailable' };

const REFUSAL_MESSAGES: Record<string, string> = {
  'missing-token': 'An invitation token is required (in the WebSocket subprotocol, or the JSON body of the check).',
  'too-many-failures': 'Too many unknown tokens from this address: wait before trying again.',
  'unknown-token': 'This invitation token is not valid on this server.',
  revoked: 'This invitation has been revoked.',
  expired: 'This invitation has expired.',
  'wrong-workspace': 'This invitation is for another workspace.',
};

/** The small JSON body of a POST (at most `max` bytes), or undefined when it is not JSON. */
async function readJsonBody(request: IncomingMessage, max: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    if (!(chunk instanceof Buffer)) return undefined;
    size += chunk.byteLength;
    if (size > max) return undefined;
    chunks.push(chunk);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return body;
  } catch {
    return undefined;
  }
}

function stringField(body: unknown, key: string): string | undefined {
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, key)) return undefined;
  const value: unknown = Reflect.get(body, key);
  return typeof value === 'string' ? value : undefined;
}

/**
 * The /join page: its one script builds the app link in the browser from the #fragment, which never reaches
 * a server; the Content-Security-Policy allows that script (by its hash) and nothing else.
 */
function joinPage(server: string): { html: string; csp: string } {
  const serverLiteral = JSON.stringify(server).replace(/</g, '\\u003c');
  const script = `
const p = new URLSearchParams(location.hash.slice(1));
document.getElementById('open').href = 'concord://join?server=' + encodeURIComponent(${serverLiteral}) + '&workspace=' + encodeURIComponent(p.get('workspace') || '') + '&token=' + encodeURIComponent(p.get('token') || '') + (p.get('fingerprint') ? '&fingerprint=' + encodeURIComponent(p.get('fingerprint')) : '');
`;
  return {
    html: `<!doctype html><meta charset="utf-8"><title>Concord invitation</title><p>You are invited to a Concord workspace.</p><p><a id="open" href="concord://join?server=${encodeURIComponent(server)}">Open it in Concord</a>, or paste this page's address into Concord's “Join” dialog.</p><script>${script}</script>`,
    csp: `default-src 'none'; script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`,
  };
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
  const rooms = new Rooms(store, log, onRoomFailure, limits);
  const refusals = new RefusalLog(log, limits.refusalLogIntervalMs);
  const guessing = new GuessingBackoff(limits.failedChecksBeforeBackoff);
  const budgets = new Map<string, TokenBucket>();
  const budgetOf = (invitation: string): TokenBucket => {
    let budget = budgets.get(invitation);
    if (budget === undefined) {
      budget = new TokenBucket(limits.bytesPerSecondPerToken, limits.bytesBurstPerToken);
      budgets.set(invitation, budget);
    }
    return budget;
  };
  const pending = new PendingSockets(limits, (address, reason) => refusals.refuse('socket.dropped', { address, reason }));

  /** Verify, re-reading the invitations file first when the cache does not know the token; unknown tokens count against `address`. */
  const verify = async (token: string | undefined, room: string, address: string): Promise<Verdict> => {
    const first = invitations.verify(token, room);
    if (first.ok || first.reason !== 'unknown-token') return first;
    const second = (await invitations.refresh().catch(() => false)) ? invitations.verify(token, room) : first;
    if (!second.ok && second.reason === 'unknown-token') guessing.fail(address);
    return second;
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

  const httpOptions: HttpOptions = { headersTimeout: limits.headersTimeoutMs, requestTimeout: 2 * limits.headersTimeoutMs, connectionsCheckingInterval: 500 };
  const onRequest = (request: IncomingMessage, response: ServerResponse): void => {
    pending.done(request.socket);
    handleHttp(request, response).catch((error: unknown) => {
      log('http.error', { path: request.url?.split('?')[0], error: error instanceof Error ? error.message : String(error) });
      if (!response.headersSent) json(response, 500, { ok: false, message: 'internal error' });
      else response.destroy();
    });
  };
  const tls = options.tls;
  const http =
    tls === undefined
      ? createServer(httpOptions, onRequest)
      : createHttpsServer({ ...httpOptions, key: tls.key, cert: tls.cert, handshakeTimeout: limits.headersTimeoutMs }, onRequest);
  http.on(tls === undefined ? 'connection' : 'secureConnection', (socket: Socket) => pending.add(socket));

  const handleHttp = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://server');
    const address = request.socket.remoteAddress ?? '';
    if (url.pathname.startsWith('/api/admin/')) {
      if (request.method === 'OPTIONS') return preflight(response);
      return handleAdmin(request, url, admin, (status, body) => json(response, status, body));
    }
    if (url.pathname === '/api/check') {
      if (request.method !== 'POST') return json(response, 405, { ok: false, message: 'POST {"workspace","token"} as JSON' });
      const wait = guessing.waitMs(address);
      if (wait > 0) {
        refusals.refuse('check.refused', { reason: 'too-many-failures', address });
        response.setHeader('retry-after', String(Math.ceil(wait / 1000)));
        return json(response, 429, { ok: false, reason: 'too-many-failures', message: REFUSAL_MESSAGES['too-many-failures'] });
      }
      const body = await readJsonBody(request, 4096);
      const workspace = stringField(body, 'workspace') ?? '';
      const verdict = await verify(stringField(body, 'token'), workspace, address);
      if (verdict.ok) return json(response, 200, { ok: true, workspace, org: verdict.invitation.org, role: verdict.invitation.role });
      refusals.refuse('check.refused', { reason: verdict.reason, address });
      return json(response, verdict.status, { ok: false, reason: verdict.reason, message: REFUSAL_MESSAGES[verdict.reason] });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return json(response, 405, { ok: false, message: 'GET only' });
    if (url.pathname === '/health') {
      const damaged = rooms.damaged();
      return json(response, damaged.length === 0 ? 200 : 503, {
        ok: damaged.length === 0,
        rooms: rooms.openCount,
        connections: connections.size,
        uptimeSeconds: Math.round((Date.now() - started) / 1000),
        ...(damaged.length === 0 ? {} : { damagedRooms: damaged }),
      });
    }
    const head = request.method === 'HEAD';
    if (url.pathname === '/join' && app) return app.serveIndex(response, head);
    if (url.pathname === '/join') {
      const page = joinPage(publicUrl);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'content-security-policy': page.csp });
      return void response.end(page.html);
    }
    if (app && (await app.serve(url.pathname, response, head))) return;
    return json(response, 404, { ok: false, message: 'not found' });
  };

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    handleProtocols: (offered) => (offered.has(SYNC_PROTOCOL) ? SYNC_PROTOCOL : false),
  });

  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    pending.done(request.socket);
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
      refusals.refuse('upgrade.refused', { room: isRoomName(room) ? room : '(invalid)', status, reason, invitation, address });
      refuseUpgrade(socket, status, STATUS_TEXT[status] ?? 'Refused', { ok: false, reason, message: REFUSAL_MESSAGES[reason] ?? reason });
    };
    if (closing) return refuse(503, 'shutting-down');
    if (!isRoomName(room)) return refuse(404, 'no-such-room');
    if (guessing.waitMs(address) > 0) return refuse(429, 'too-many-failures');
    const verdict = await verify(tokenFromProtocols(request.headers['sec-websocket-protocol']), room, address);
    if (!verdict.ok) return refuse(verdict.status, verdict.reason, verdict.invitation?.id);
    const invitation = verdict.invitation;
    const open = [...connections].filter((c) => c.invitation.id === invitation.id && c.isOpen).length;
    if (open >= limits.connectionsPerToken) return refuse(429, 'too-many-connections', invitation.id);
    if (socket.destroyed) return;
    wss.handleUpgrade(request, socket, head, (ws) => {
      const shared = { budget: budgetOf(invitation.id), refusals };
      const connection = new Connection(ws, invitation, room, limits, log, shared, (closed) => {
        connections.delete(closed);
        rooms.release(room);
      });
      connections.add(connection);
      log('connection.opened', { connection: connection.id, room, invitation: invitation.id, org: invitation.org, role: invitation.role, address });
      rooms.acquire(room).then(
        (loaded) => connection.attach(loaded),
        (error: unknown) => {
          if (error instanceof RoomDamaged) {
            refusals.refuse('room.refused', { room, reason: 'damaged', detail: error.message });
            return connection.close(CLOSE_ROOM_DAMAGED, 'workspace damaged on the server');
          }
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
  const publicUrl = options.publicUrl ?? `${tls === undefined ? 'ws' : 'wss'}://${urlHost}:${port}`;
  // Serving TLS itself (a meeting on a laptop, self-signed): every invitation carries the certificate's pin.
  const fingerprint = tls === undefined ? undefined : new X509Certificate(tls.cert).fingerprint256;

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
  log('server.listening', {
    host,
    port,
    url: publicUrl,
    reachableFrom,
    dataDir: options.dataDir,
    webApp: app ? `${publicUrl.replace(/^ws/, 'http')}/` : 'not served (build it: npm run build)',
  });

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
      refusals.flush();
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
      return { token, invitation, ...invitationLinks(publicUrl, invitation.workspace, token, fingerprint) };
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
