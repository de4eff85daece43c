/**
 * The sync server behind a TLS-terminating reverse proxy, as the README tells a coalition to host it: a
 * TLS proxy (self-signed certificate for localhost) in front of `startServer`, whose invitations carry
 * the proxy's wss:// address. The client's own steps — the token check over https (checkInvitation) and
 * y-websocket's provider over wss (providerArguments) — work through it, and two delegates sync.
 * Also: tokens are compared with every stored hash in constant time, and rotation by revoking.
 */
import { request } from 'node:https';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { connect } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseJoinLink } from '../../src/sync/join-link.ts';
import { checkInvitation, type PostJson } from '../../src/sync/token-check.ts';
import { startServer, type RunningServer } from '../../server/server.ts';
import { syncTwoDelegates, trustingWebSocket } from './server-helpers.ts';

const crypto = vi.hoisted(() => ({ comparisons: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return {
    ...real,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      crypto.comparisons += 1;
      return real.timingSafeEqual(a, b);
    },
  };
});

let dataDir: string;
let server: RunningServer;
let proxy: TlsServer;
let ca: string;
let wssUrl: string;

/** A TLS terminator like nginx's `proxy_pass` for WebSockets: decrypts and pipes each connection through. */
function tlsProxy(key: string, cert: string, backendPort: () => number): Promise<{ proxy: TlsServer; port: number }> {
  const proxy = createTlsServer({ key, cert }, (tls) => {
    const backend = connect(backendPort(), '127.0.0.1');
    tls.pipe(backend).pipe(tls);
    tls.on('error', () => backend.destroy());
    backend.on('error', () => tls.destroy());
  });
  return new Promise((resolve) =>
    proxy.listen(0, '127.0.0.1', () => {
      const address = proxy.address();
      resolve({ proxy, port: typeof address === 'object' && address !== null ? address.port : 0 });
    }),
  );
}

const postJson: PostJson = (url, payload) =>
  new Promise((resolve, reject) => {
    const req = request(url, { ca, method: 'POST' }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });

beforeAll(async () => {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 2 * 86_400_000),
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  ca = pems.cert;
  dataDir = await mkdtemp(join(tmpdir(), 'concord-tls-'));
  // The server listens on loopback only; the proxy is the address delegates reach.
  let backendPort = 0;
  const started = await tlsProxy(pems.private, pems.cert, () => backendPort);
  proxy = started.proxy;
  wssUrl = `wss://localhost:${started.port}`;
  server = await startServer({ dataDir, port: 0, host: '127.0.0.1', log: () => undefined, publicUrl: wssUrl });
  backendPort = server.port;
});

afterAll(async () => {
  await server.close();
  await new Promise((resolve) => proxy.close(resolve));
  await rm(dataDir, { recursive: true, force: true });
});

describe('behind a TLS-terminating reverse proxy', () => {
  it('hands out wss:// invitations that the client checks over https and syncs over wss', async () => {
    const one = parseJoinLink((await server.invite({ workspace: 'w_tls', org: 'RED', role: 'delegate' })).appLink);
    const two = parseJoinLink((await server.invite({ workspace: 'w_tls', org: 'BLUE', role: 'delegate' })).appLink);
    expect(one.server).toBe(wssUrl);
    expect(await checkInvitation(one, postJson)).toEqual({ kind: 'admitted', org: 'RED', role: 'delegate' });

    await syncTwoDelegates([one, two], trustingWebSocket(ca), 'Article I. Over TLS.');
  });

  it('refuses a client that does not trust the certificate (no silent downgrade)', async () => {
    const invitation = parseJoinLink((await server.invite({ workspace: 'w_tls', org: 'GRN', role: 'delegate' })).appLink);
    const refusal = await checkInvitation(
      invitation,
      (url) =>
        new Promise((resolve, reject) =>
          request(url, { method: 'POST' }, (response) => resolve({ status: response.statusCode ?? 0, body: null }))
            .on('error', reject)
            .end(),
        ),
    );
    expect(refusal.kind).toBe('unreachable');
  });
});

describe('tokens', () => {
  it('are compared with every stored hash in constant time, whichever matches', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 5; i += 1) tokens.push((await server.invite({ workspace: 'w_ct', org: `O${i}`, role: 'delegate' })).token);
    const stored = server.invitations().length;
    for (const token of [tokens[0] ?? '', tokens[4] ?? '', 'not-a-token']) {
      crypto.comparisons = 0;
      await postJson(`${wssUrl.replace('wss', 'https')}/api/check`, { workspace: 'w_ct', token });
      expect(crypto.comparisons).toBe(stored);
    }
  });

  it('are stored only as hashes, and rotate by revoking the old and minting a new one', async () => {
    const old = await server.invite({ workspace: 'w_rot', org: 'RED', role: 'delegate' });
    const file = await readFile(join(dataDir, 'invitations.json'), 'utf8');
    expect(file).not.toContain(old.token);
    await server.revoke(old.token);
    const fresh = await server.invite({ workspace: 'w_rot', org: 'RED', role: 'delegate' });
    const check = (token: string) => checkInvitation({ server: wssUrl, workspace: 'w_rot', token }, postJson);
    expect((await check(old.token)).kind).toBe('refused');
    expect(await check(fresh.token)).toEqual({ kind: 'admitted', org: 'RED', role: 'delegate' });
  });
});
