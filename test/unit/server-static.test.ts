/**
 * The sync server serves the built web app: / and /join answer with the app's page (never cached), its
 * assets with their types, and nothing outside the app's folder however the path is spelled.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAppDir } from '../../server/static.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { tempDir } from './cli-helpers.ts';

let server: TestServer;
let appDir: string;
beforeAll(async () => {
  const root = tempDir();
  appDir = join(root, 'app');
  await mkdir(join(appDir, 'assets'), { recursive: true });
  await writeFile(join(appDir, 'index.html'), '<!doctype html><title>Concord</title>');
  await writeFile(join(appDir, 'assets', 'main-abc.js'), 'console.log(1);');
  await writeFile(join(root, 'secret.txt'), 'not for the web');
  server = await startTestServer({ appDir });
});
afterAll(() => server.close());

/** GET a raw path (fetch would normalize the dots away). */
function get(path: string): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the web app on the sync server', () => {
  it('answers / and an invitation’s /join link with the app, uncached', async () => {
    const minted = await server.inviteFull('w_static');
    for (const path of ['/', new URL(minted.webLink).pathname + new URL(minted.webLink).search]) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.body).toBe('<!doctype html><title>Concord</title>');
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
    }
    const asset = await get('/assets/main-abc.js');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.body).toBe('console.log(1);');
  });

  it('serves nothing outside the app’s folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00index.html', '/assets/', '/nope.js']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('not for the web');
    }
  });

  it('is found where the build puts it, never in the sources', () => {
    const repo = join(import.meta.dirname, '..', '..');
    expect(findAppDir(join(repo, 'server'))).toBe(existsSync(join(repo, 'out', 'renderer', 'assets')) ? join(repo, 'out', 'renderer') : undefined);
    expect(findAppDir(join(repo, 'out', 'cli'))).toBe(findAppDir(join(repo, 'server')));
    expect(findAppDir(join(tempDir(), 'server'))).toBeUndefined();
  });

  it('keeps its own routes: health and the token check', async () => {
    expect((await get('/health')).status).toBe(200);
    expect((await get('/api/check?workspace=w_static')).status).toBe(405);
    const check = await fetch(`http://127.0.0.1:${server.port}/api/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspace: 'w_static' }),
    });
    expect(check.status).toBe(401);
  });
});
