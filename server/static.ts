/**
 * The built web app (out/renderer), served by the sync server itself: same origin as the sync endpoint,
 * so an invitation's web link (http://host:port/join?workspace=…&token=…) opens Concord in any browser,
 * already joining. Only files inside the app's folder are served (no traversal, no directory listings);
 * index.html is never cached, the hashed assets are.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const COMMON_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' };

/**
 * Where the built web app is, for a server module at `moduleDir` (run from server/, or bundled in out/cli):
 * out/renderer, recognised by its built assets (renderer/ beside server/ holds the sources, never served).
 */
export function findAppDir(moduleDir: string): string | undefined {
  const candidates = [join(moduleDir, '..', 'out', 'renderer'), join(moduleDir, '..', 'renderer')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'assets')));
}

export interface AppFiles {
  readonly dir: string;
  /** Answer a GET/HEAD for `pathname` from the app; false when no such file (the caller answers 404). */
  serve(pathname: string, response: ServerResponse, head: boolean): Promise<boolean>;
  /** The app's page itself (what /join answers with). */
  serveIndex(response: ServerResponse, head: boolean): Promise<void>;
}

export function appFiles(dir: string): AppFiles {
  const root = resolve(dir);
  const send = async (file: string, response: ServerResponse, head: boolean): Promise<void> => {
    const body = await readFile(file);
    const isIndex = file === join(root, 'index.html');
    response.writeHead(200, {
      ...COMMON_HEADERS,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.byteLength,
      'cache-control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    response.end(head ? undefined : body);
  };
  return {
    dir: root,
    async serve(pathname, response, head) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        return false;
      }
      if (decoded.includes('\0')) return false;
      const relative = decoded === '/' ? 'index.html' : normalize(decoded).replace(/^[/\\]+/, '');
      const file = resolve(root, relative);
      if (file !== root && !file.startsWith(root + sep)) return false;
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return false;
      await send(file, response, head);
      return true;
    },
    serveIndex: (response, head) => send(join(root, 'index.html'), response, head),
  };
}
