/**
 * "Host a meeting" over TLS with a pinned certificate: a meeting started by electron/meeting.ts (against
 * the fake Electron) serves wss:// with a certificate made on the spot, every invitation it mints carries
 * that certificate's SHA-256 fingerprint, and a client that pins the fingerprint syncs a document while
 * a client without the pin — or with another one — is refused. Also the desktop app's pinning decision
 * (electron/certificate-pinning.ts), as Electron's session calls it.
 */
import { X509Certificate } from 'node:crypto';
import { request } from 'node:https';
import { connect as tlsConnect, type PeerCertificate } from 'node:tls';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { ACCEPT, CHROMIUM_VERDICT, certificateVerdict, installCertificatePinning, pinsFromLinks, type CertificateSession } from '../../electron/certificate-pinning.ts';
import { parseJoinLink, providerArguments, type Invitation } from '../../src/sync/join-link.ts';
import { syncTwoDelegates, trustingWebSocket } from './server-helpers.ts';

const fake = await vi.hoisted(async () => (await import('./fake-electron.ts')).createFakeElectron());
vi.mock('electron', () => fake.electron);
const { inviteToMeeting, startMeeting, stopMeeting } = await import('../../electron/meeting.ts');

/** host and port of a wss:// server address. */
function endpoint(server: string): { host: string; port: number } {
  const match = /^wss:\/\/([^/:]+):(\d+)/.exec(server);
  if (!match) throw new Error(`not a wss address: ${server}`);
  return { host: match[1] ?? '', port: Number(match[2]) };
}

/**
 * What a pinning client does: read the server's certificate without sending anything, refuse unless its
 * fingerprint is the pinned one, then trust that certificate alone as authority, so no token leaves before
 * the server proved it holds the pinned certificate's key.
 */
async function pinnedCertificate(server: string, fingerprint: string): Promise<string> {
  const { host, port } = endpoint(server);
  const presented = await new Promise<PeerCertificate>((resolve, reject) => {
    const socket = tlsConnect({ host, port, rejectUnauthorized: false }, () => {
      resolve(socket.getPeerCertificate());
      socket.end();
    });
    socket.on('error', reject);
  });
  if (presented.fingerprint256 !== fingerprint) throw new Error(`certificate ${presented.fingerprint256} is not the pinned ${fingerprint}`);
  return `-----BEGIN CERTIFICATE-----\n${presented.raw.toString('base64')}\n-----END CERTIFICATE-----\n`;
}

/** Open a plain `ws` client (the system's certificate authorities only); resolves how it ended. */
function unpinnedAttempt(invitation: Invitation): Promise<string> {
  const { serverUrl, room, protocols } = providerArguments(invitation);
  return new Promise((resolve) => {
    const socket = new WebSocket(`${serverUrl}/${room}`, protocols);
    socket.on('open', () => {
      socket.close();
      resolve('opened');
    });
    socket.on('error', (error) => resolve(`refused: ${error.message}`));
  });
}

describe('a meeting hosted on the laptop', () => {
  let one: Invitation;
  let two: Invitation;
  beforeAll(async () => {
    const { url } = await startMeeting();
    expect(url).toMatch(/^wss:\/\//);
    one = parseJoinLink((await inviteToMeeting('w_lan', 'RED', 'delegate')).appLink);
    two = parseJoinLink((await inviteToMeeting('w_lan', 'BLUE', 'delegate')).webLink);
  });
  afterAll(() => stopMeeting());

  it('puts its certificate fingerprint in every invitation, in both spellings', () => {
    expect(one.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(two.fingerprint).toBe(one.fingerprint);
    expect(one.server.startsWith('wss://')).toBe(true);
  });

  it('syncs a document between two delegates whose clients pin that fingerprint', async () => {
    const fingerprint = one.fingerprint ?? '';
    await syncTwoDelegates([one, two], trustingWebSocket(await pinnedCertificate(one.server, fingerprint)), 'Article I. In the meeting room.');
  });

  it('puts the fingerprint in the invitations the chair makes in the Invitations panel too', async () => {
    const chair = parseJoinLink((await inviteToMeeting('w_lan', 'CHAIR', 'chair')).appLink);
    const fingerprint = chair.fingerprint ?? '';
    const ca = await pinnedCertificate(chair.server, fingerprint);
    const minted = await new Promise<unknown>((resolve, reject) => {
      const post = request(
        `${chair.server.replace(/^wss/, 'https')}/api/admin/invitations`,
        { method: 'POST', ca, headers: { authorization: `Bearer ${chair.token}`, 'content-type': 'application/json' } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        },
      );
      post.on('error', reject);
      post.end(JSON.stringify({ workspace: 'w_lan', org: 'GRN', role: 'delegate' }));
    });
    const appLink = typeof minted === 'object' && minted !== null && 'appLink' in minted && typeof minted.appLink === 'string' ? minted.appLink : '';
    expect(parseJoinLink(appLink).fingerprint).toBe(fingerprint);
  });

  it('refuses a client without the pin, and one pinning another certificate', async () => {
    expect(await unpinnedAttempt(one)).toMatch(/^refused: .*(self[- ]signed|certificate)/i);
    const other = new X509Certificate((await generate([{ name: 'commonName', value: 'impostor' }], { keyType: 'ec' })).cert).fingerprint256;
    await expect(pinnedCertificate(one.server, other)).rejects.toThrow(/is not the pinned/);
  });
});

type VerifyProc = Parameters<CertificateSession['setCertificateVerifyProc']>[0];

describe('the desktop app pins a meeting certificate', () => {
  const host = '192.168.1.20';
  let pem: string;
  let fingerprint: string;
  let link: string;
  beforeAll(async () => {
    pem = (await generate([{ name: 'commonName', value: 'Concord meeting' }], { keyType: 'ec' })).cert;
    fingerprint = new X509Certificate(pem).fingerprint256;
    link = `concord://join?server=${encodeURIComponent(`wss://${host}:4321`)}&workspace=w_lan&token=tok_abcdefghijklmnop&fingerprint=${fingerprint}`;
  });

  it('accepts a rejected certificate only for the pinned host with the pinned fingerprint', () => {
    const pins = pinsFromLinks([link, 'not a link', `concord://join?server=${encodeURIComponent('wss://10.0.0.9:4321')}&workspace=w_x&token=tok_abcdefghijklmnop`]);
    expect(pins).toEqual([{ host, fingerprint }]);
    const verdict = (hostname: string, presented: string | null) => certificateVerdict({ hostname, fingerprint: presented, chromiumAccepted: false }, pins);
    expect(verdict(host, fingerprint)).toBe(ACCEPT);
    expect(verdict('192.168.1.21', fingerprint)).toBe(CHROMIUM_VERDICT);
    expect(verdict('10.0.0.9', fingerprint)).toBe(CHROMIUM_VERDICT);
    expect(verdict(host, fingerprint.replace(/^../, fingerprint.startsWith('00') ? '11' : '00'))).toBe(CHROMIUM_VERDICT);
    expect(verdict(host, null)).toBe(CHROMIUM_VERDICT);
    expect(certificateVerdict({ hostname: host, fingerprint, chromiumAccepted: false }, [])).toBe(CHROMIUM_VERDICT);
  });

  it('decides the session’s certificate checks from the join links held', async () => {
    let proc: VerifyProc | null = null;
    installCertificatePinning({ setCertificateVerifyProc: (installed) => void (proc = installed) }, async () => pinsFromLinks([link]));
    const check = (hostname: string, data: string, errorCode: number) =>
      new Promise<number>((resolve) => {
        if (proc === null) throw new Error('no certificate verify proc installed');
        proc({ hostname, certificate: { data }, errorCode }, resolve);
      });
    const impostor = (await generate([{ name: 'commonName', value: 'impostor' }], { keyType: 'ec' })).cert;
    expect(await check(host, pem, -202)).toBe(ACCEPT);
    expect(await check(host, impostor, -202)).toBe(CHROMIUM_VERDICT);
    expect(await check('192.168.1.99', pem, -202)).toBe(CHROMIUM_VERDICT);
    expect(await check(host, 'garbage', -202)).toBe(CHROMIUM_VERDICT);
    expect(await check('concord.example.org', impostor, 0)).toBe(CHROMIUM_VERDICT);
  });
});
