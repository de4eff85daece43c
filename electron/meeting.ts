/**
 * "Host a meeting": the chair's desktop app runs the same sync server as `concord serve`, on this
 * computer's network address, with its data in the app's folder, so delegates in the room can join
 * through invitations without any server of the coalition's own.
 */
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';
import { startServer, type RunningServer } from '../server/server.ts';
import type { InviteRole } from '../renderer/host.ts';

const PREFERRED_PORT = 4321;
let running: Promise<RunningServer> | null = null;

/** This computer's address on the local network (the first non-internal IPv4), or loopback if none. */
function lanAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return '127.0.0.1';
}

async function launch(): Promise<RunningServer> {
  const dataDir = join(app.getPath('userData'), 'meeting-server');
  const host = lanAddress();
  const start = (port: number): Promise<RunningServer> => startServer({ dataDir, port, host: '0.0.0.0', publicUrl: `ws://${host}:${port}` });
  try {
    return await start(PREFERRED_PORT);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      // Another program has the usual port: take any free one and put it in the invitations.
      const probe = await startServer({ dataDir, port: 0, host: '127.0.0.1' });
      const port = probe.port;
      await probe.close();
      return start(port);
    }
    throw error;
  }
}

export async function startMeeting(): Promise<{ url: string }> {
  running ??= launch();
  try {
    return { url: (await running).url };
  } catch (error) {
    running = null;
    throw error;
  }
}

export async function inviteToMeeting(workspace: string, org: string, role: InviteRole): Promise<{ appLink: string; webLink: string }> {
  if (!running) throw new Error('No meeting is being hosted: start one first.');
  const minted = await (await running).invite({ workspace, org, role });
  return { appLink: minted.appLink, webLink: minted.webLink };
}

export async function stopMeeting(): Promise<void> {
  const server = running;
  running = null;
  if (server) await (await server).close();
}
