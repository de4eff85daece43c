/**
 * "Host a meeting": the chair's desktop app runs the same sync server as `concord serve`, on this
 * computer's network address, with its data in the app's folder, so delegates in the room can join
 * through invitations without any server of the coalition's own.
 *
 * The meeting is served over TLS (https/wss) with a key and self-signed certificate made on the spot for
 * this computer's LAN address; every invitation carries the certificate's SHA-256 fingerprint, which the
 * delegate's app pins (electron/certificate-pinning.ts), so the room's Wi-Fi sees neither tokens nor text.
 */
import { X509Certificate } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';
import { startServer, type RunningServer } from '../server/server.ts';
import type { InviteRole } from '../renderer/host.ts';

const PREFERRED_PORT = 4321;
const CERTIFICATE_DAYS = 7;

interface Meeting {
  server: RunningServer;
  /** The certificate's SHA-256 fingerprint, colon hex ("AB:CD:…"), as join links carry it. */
  fingerprint: string;
}

let running: Promise<Meeting> | null = null;

/** This computer's address on the local network (the first non-internal IPv4), or loopback if none. */
function lanAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return '127.0.0.1';
}

/** A fresh EC key and self-signed certificate naming `host` (and loopback), valid for a week. */
async function meetingCertificate(host: string): Promise<{ key: string; cert: string; fingerprint: string }> {
  const { generate } = await import('selfsigned'); // loaded when a meeting starts, not with the app
  const pems = await generate([{ name: 'commonName', value: 'Concord meeting' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + CERTIFICATE_DAYS * 86_400_000),
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: host },
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert, fingerprint: new X509Certificate(pems.cert).fingerprint256 };
}

async function launch(): Promise<Meeting> {
  const dataDir = join(app.getPath('userData'), 'meeting-server');
  const host = lanAddress();
  const { key, cert, fingerprint } = await meetingCertificate(host);
  const start = (port: number): Promise<RunningServer> => startServer({ dataDir, port, host: '0.0.0.0', publicUrl: `wss://${host}:${port}`, tls: { key, cert } });
  try {
    return { server: await start(PREFERRED_PORT), fingerprint };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      // Another program has the usual port: take any free one and put it in the invitations.
      const probe = await startServer({ dataDir, port: 0, host: '127.0.0.1' });
      const port = probe.port;
      await probe.close();
      return { server: await start(port), fingerprint };
    }
    throw error;
  }
}

export async function startMeeting(): Promise<{ url: string }> {
  running ??= launch();
  try {
    return { url: (await running).server.url };
  } catch (error) {
    running = null;
    throw error;
  }
}

/** The hosted meeting's address and certificate fingerprint, or null when none is running. */
export async function meetingPin(): Promise<{ server: string; fingerprint: string } | null> {
  if (!running) return null;
  try {
    const { server, fingerprint } = await running;
    return { server: server.url, fingerprint };
  } catch {
    return null;
  }
}

export async function inviteToMeeting(workspace: string, org: string, role: InviteRole): Promise<{ appLink: string; webLink: string }> {
  if (!running) throw new Error('No meeting is being hosted: start one first.');
  const minted = await (await running).server.invite({ workspace, org, role });
  return { appLink: minted.appLink, webLink: minted.webLink };
}

export async function stopMeeting(): Promise<void> {
  const meeting = running;
  running = null;
  if (meeting) await (await meeting).server.close();
}
