/**
 * What the server's commands of the `concord` CLI do (listed, and loaded only when run, by server/commands.ts):
 *   concord serve --data DIR [--port N] [--host H] [--public-url ws://…]
 *   concord invite --data DIR --workspace ID --org SHORT --role delegate|chair|observer [--server ws://…] [--json]
 *   concord invite --data DIR --revoke TOKEN|ID [--json]
 *   concord invite --data DIR --list [--json]
 * `invite` works on DIR/invitations.json whether or not a server is running on DIR; a running server
 * picks the change up within a second (and closes a revoked invitation's connections).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { printJson, requireFlag, stringFlag, UsageError, type CommandAction } from '../cli/command.ts';
import type { Say } from '../cli/words.ts';
import { normalizeServer } from '../src/sync/join-link.ts';
import { isRole } from '../src/sync/token-check.ts';
import { InvitationStore, isExpired, type Invitation } from './invitations.ts';
import { parseLimits, type Limits } from './limits.ts';
import { jsonLogger } from './log.ts';
import { invitationLinks, startServer } from './server.ts';
import { findAppDir } from './static.ts';

async function readLimits(path: string | undefined): Promise<Partial<Limits>> {
  if (path === undefined) return {};
  try {
    return parseLimits(JSON.parse(await readFile(path, 'utf8')));
  } catch (error) {
    throw new UsageError('usage.limits', { path, reason: error instanceof Error ? error.message : String(error) });
  }
}

/** Where `serve` records its address, so `invite` can put it in links. */
const SERVER_FILE = 'server.json';

function parsePort(text: string | undefined): number {
  if (text === undefined) return 4321;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('usage.port', { value: text });
  return port;
}

export const serve: CommandAction = {
  options: { data: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'public-url': { type: 'string' }, limits: { type: 'string' }, app: { type: 'string' } },
  async run(args, io) {
    const dataDir = requireFlag(args, 'data');
    const publicUrl = stringFlag(args, 'public-url');
    // If whoever reads the logs goes away (a closed pipe), keep serving without logs rather than crash.
    process.stdout.on('error', () => undefined);
    // Listen for the stop signal before the server says it is listening, so a stop right after is clean.
    const stopped = new Promise<string>((resolve) => {
      process.once('SIGTERM', () => resolve('SIGTERM'));
      process.once('SIGINT', () => resolve('SIGINT'));
    });
    const server = await startServer({
      dataDir,
      port: parsePort(stringFlag(args, 'port')),
      host: stringFlag(args, 'host') ?? '127.0.0.1',
      publicUrl: publicUrl === undefined ? undefined : normalizeServer(publicUrl),
      limits: await readLimits(stringFlag(args, 'limits')),
      log: jsonLogger((line) => io.out(line)),
      appDir: stringFlag(args, 'app') ?? findAppDir(import.meta.dirname),
    });
    const serverFile = join(dataDir, SERVER_FILE);
    await writeFile(serverFile, `${JSON.stringify({ url: server.url, port: server.port, pid: process.pid })}\n`);
    const signal = await stopped;
    jsonLogger((line) => io.out(line))('server.stopping', { signal });
    await server.close();
    await rm(serverFile, { force: true });
    return 0;
  },
};

async function defaultServer(dataDir: string): Promise<string> {
  try {
    const data: unknown = JSON.parse(await readFile(join(dataDir, SERVER_FILE), 'utf8'));
    const url = typeof data === 'object' && data !== null && Object.hasOwn(data, 'url') ? Reflect.get(data, 'url') : undefined;
    if (typeof url === 'string') return normalizeServer(url);
  } catch {
    // No server has run on this directory: fall through to the default address.
  }
  return 'ws://localhost:4321';
}

/** `--expires`: a duration from now (30m, 12h, 7d) or a date and time (2026-12-31, 2026-12-31T18:00Z). */
export function parseExpiry(text: string, now = Date.now()): string {
  const duration = /^(\d{1,6})([mhd])$/.exec(text.trim());
  const unit: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };
  const at = duration ? now + Number(duration[1]) * (unit[duration[2] ?? 'd'] ?? 0) : Date.parse(text);
  if (Number.isNaN(at)) throw new UsageError('usage.expires', { value: text });
  return new Date(at).toISOString();
}

/** Where an invitation stands, in words. */
function stateOf(invitation: Invitation, say: Say): string {
  if (invitation.revokedAt) return say('act.invite.state.revoked', { at: invitation.revokedAt });
  const at = invitation.createdAt;
  if (invitation.expiresAt === undefined) return say('act.invite.state.created', { at });
  return say(isExpired(invitation) ? 'act.invite.state.expired' : 'act.invite.state.expires', { at, expiresAt: invitation.expiresAt });
}

/** One invitation on one line, in the reader's language. */
function describe(invitation: Invitation, say: Say): string {
  const { id, workspace, org } = invitation;
  return say('act.invite.line', { id, workspace, org, role: say(`act.invite.role.${invitation.role}`), state: stateOf(invitation, say) });
}

export const invite: CommandAction = {
  options: {
    data: { type: 'string' },
    workspace: { type: 'string' },
    org: { type: 'string' },
    role: { type: 'string' },
    server: { type: 'string' },
    revoke: { type: 'string' },
    expires: { type: 'string' },
    list: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(args, io) {
    const dataDir = requireFlag(args, 'data');
    const store = new InvitationStore(dataDir);
    const asJson = args.values.json === true;
    const revoke = stringFlag(args, 'revoke');
    if (revoke !== undefined) {
      const invitation = await store.revoke(revoke);
      if (asJson) printJson(io, invitation);
      else io.out(`${io.say('act.invite.revoked', { invitation: describe(invitation, io.say), dir: dataDir })}\n`);
      return 0;
    }
    if (args.values.list === true) {
      await store.refresh();
      const all = store.all();
      if (asJson) printJson(io, all);
      else io.out(`${all.length === 0 ? io.say('act.invite.none') : all.map((one) => describe(one, io.say)).join('\n')}\n`);
      return 0;
    }
    const role = requireFlag(args, 'role');
    if (!isRole(role)) throw new UsageError('usage.role', { value: role });
    const serverFlag = stringFlag(args, 'server');
    const server = serverFlag === undefined ? await defaultServer(dataDir) : normalizeServer(serverFlag);
    const expires = stringFlag(args, 'expires');
    const { token, invitation } = await store.create({
      workspace: requireFlag(args, 'workspace'),
      org: requireFlag(args, 'org'),
      role,
      ...(expires === undefined ? {} : { expiresAt: parseExpiry(expires) }),
    });
    const links = invitationLinks(server, invitation.workspace, token);
    if (asJson) printJson(io, { ...invitation, token, server, ...links });
    else {
      const { id, org, workspace, expiresAt } = invitation;
      const what = { id, org, workspace, role: io.say(`act.invite.role.${invitation.role}`) };
      const lines = [
        expiresAt ? io.say('act.invite.createdUntil', { ...what, expiresAt }) : io.say('act.invite.created', what),
        io.say('act.invite.token', { token }),
        io.say('act.invite.joinLink', { link: links.appLink }),
        io.say('act.invite.webLink', { link: links.webLink }),
      ];
      io.out(`${lines.join('\n')}\n`);
    }
    return 0;
  },
};
