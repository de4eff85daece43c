/**
 * Invitation join links: what the host hands a delegate, and how the app turns one into the arguments of
 * y-websocket's WebsocketProvider and the request of the server's token check.
 *
 * Two spellings name the same invitation:
 *   concord://join?server=ws%3A%2F%2Fhost%3A4321&workspace=w_…&token=…   (opens the app)
 *   http://host:4321/join#workspace=w_…&token=…                          (works in any browser or chat)
 * The http(s) form's server is the same origin (and path prefix) with ws(s) instead of http(s); its
 * parameters sit in the #fragment, which a browser never sends (the older ?query spelling is still read).
 * A meeting hosted on a laptop adds `fingerprint=` (SHA-256 of its certificate, which the app pins).
 *
 * The token never goes into a URL the app requests: the WebSocket carries it as a subprotocol
 * ("concord-token.TOKEN", offered beside "concord", which the server selects) and the check as a POST
 * body, so reverse proxies' access logs never hold one.
 * No URL global is assumed (the core runs without one), so the parsing is done here by hand.
 */
import { ConcordError } from '../workspace/errors.ts';

export interface Invitation {
  /** The sync server's WebSocket base address, e.g. "ws://192.168.1.20:4321" (no trailing slash). */
  server: string;
  /** The coalition workspace id; it is also the y-websocket room name. */
  workspace: string;
  /** The secret the server admits; sent as a WebSocket subprotocol and in the check's POST body. */
  token: string;
  /** For a meeting hosted on a laptop: the SHA-256 fingerprint of its TLS certificate ("AB:CD:…"). */
  fingerprint?: string;
}

/** What `new WebsocketProvider(serverUrl, room, doc, { protocols })` needs. */
export interface ProviderArguments {
  serverUrl: string;
  room: string;
  protocols: string[];
}

/** The subprotocol the server selects; the token travels beside it. */
export const SYNC_PROTOCOL = 'concord';
const TOKEN_PROTOCOL = 'concord-token.';

const ROOM = /^[A-Za-z0-9_-]{1,128}$/;
const TOKEN = /^[A-Za-z0-9_-]{16,256}$/;
const SERVER = /^(wss?):\/\/([^/?#\s]+)(\/[^?#\s]*)?$/;
const HTTP_LINK = /^(https?):\/\/([^/?#\s]+)(\/[^?#\s]*)?\/join\/?(?:\?([^#\s]*))?(?:#(\S*))?$/;
const FINGERPRINT = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;
const APP_LINK = /^concord:\/\/join\/?\?([^#\s]*)(#.*)?$/;

/** True when `name` can be a room (workspace id) on a Concord server. */
export function isRoomName(name: string): boolean {
  return ROOM.test(name);
}

/** True when `token` has the shape of an invitation token (it says nothing about its validity). */
export function isTokenShaped(token: string): boolean {
  return TOKEN.test(token);
}

function queryParameters(query: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq === -1 ? pair : pair.slice(0, eq);
    const value = eq === -1 ? '' : pair.slice(eq + 1);
    try {
      out.set(decodeURIComponent(key.replace(/\+/g, ' ')), decodeURIComponent(value.replace(/\+/g, ' ')));
    } catch {
      throw new ConcordError('invite.bad-link.escape');
    }
  }
  return out;
}

function trimSlash(path: string | undefined): string {
  return (path ?? '').replace(/\/+$/, '');
}

/** Check a server address and return it without a trailing slash. */
export function normalizeServer(server: string): string {
  const match = SERVER.exec(server.trim());
  if (!match) throw new ConcordError('invite.bad-server', { server });
  return `${match[1]}://${match[2]}${trimSlash(match[3])}`;
}

function checked(server: string, workspace: string | undefined, token: string | undefined, fingerprint?: string): Invitation {
  if (workspace === undefined || !ROOM.test(workspace)) {
    throw new ConcordError('invite.bad-link.workspace');
  }
  if (token === undefined || !TOKEN.test(token)) {
    throw new ConcordError('invite.bad-link.token');
  }
  if (fingerprint !== undefined && !FINGERPRINT.test(fingerprint)) {
    throw new ConcordError('invite.bad-link.fingerprint');
  }
  return { server: normalizeServer(server), workspace, token, ...(fingerprint === undefined ? {} : { fingerprint }) };
}

/** Read a join link in either spelling; throws ConcordError("invite.bad-link") for anything else. */
export function parseJoinLink(link: string): Invitation {
  const text = link.trim();
  const app = APP_LINK.exec(text);
  if (app) {
    const query = queryParameters(app[1] ?? '');
    const server = query.get('server');
    if (server === undefined) throw new ConcordError('invite.bad-link.server');
    return checked(server, query.get('workspace'), query.get('token'), query.get('fingerprint'));
  }
  const http = HTTP_LINK.exec(text);
  if (http) {
    const query = queryParameters(http[4] ?? '');
    for (const [key, value] of queryParameters(http[5] ?? '')) query.set(key, value);
    const scheme = http[1] === 'https' ? 'wss' : 'ws';
    return checked(`${scheme}://${http[2]}${trimSlash(http[3])}`, query.get('workspace'), query.get('token'), query.get('fingerprint'));
  }
  throw new ConcordError('invite.bad-link.foreign');
}

/** The app link for an invitation (concord://join?…). */
export function appJoinLink(invitation: Invitation): string {
  const server = normalizeServer(invitation.server);
  return `concord://join?${linkParameters({ ...invitation, server })}`;
}

function linkParameters(invitation: Invitation): string {
  const server = invitation.server === '' ? '' : `server=${encodeURIComponent(invitation.server)}&`;
  const pin = invitation.fingerprint === undefined ? '' : `&fingerprint=${encodeURIComponent(invitation.fingerprint)}`;
  return `${server}workspace=${encodeURIComponent(invitation.workspace)}&token=${encodeURIComponent(invitation.token)}${pin}`;
}

/** The server's http(s) base address for a ws(s) one: "ws://h:1/p" → "http://h:1/p". */
export function httpBase(server: string): string {
  return normalizeServer(server).replace(/^ws/, 'http');
}

/** The browser-friendly link for an invitation (http(s)://host/join#…: the fragment never reaches a server). */
export function webJoinLink(invitation: Invitation): string {
  return `${httpBase(invitation.server)}/join#${linkParameters({ ...invitation, server: '' })}`;
}

/** The arguments for y-websocket's WebsocketProvider; it connects to `${serverUrl}/${room}`, the token in the subprotocols. */
export function providerArguments(invitation: Invitation): ProviderArguments {
  return { serverUrl: normalizeServer(invitation.server), room: invitation.workspace, protocols: [SYNC_PROTOCOL, `${TOKEN_PROTOCOL}${invitation.token}`] };
}

/** The token a client offered among its subprotocols (the Sec-WebSocket-Protocol header), if any. */
export function tokenFromProtocols(header: string | undefined): string | undefined {
  for (const offered of (header ?? '').split(',')) {
    const protocol = offered.trim();
    if (protocol.startsWith(TOKEN_PROTOCOL)) return protocol.slice(TOKEN_PROTOCOL.length);
  }
  return undefined;
}

/** Where and what to POST to ask the server whether a token is good before connecting (see token-check.ts). */
export function checkRequest(invitation: Invitation): { url: string; body: { workspace: string; token: string } } {
  return { url: `${httpBase(invitation.server)}/api/check`, body: { workspace: invitation.workspace, token: invitation.token } };
}
