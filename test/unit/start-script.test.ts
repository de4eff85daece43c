/**
 * `npm start` where Electron's program cannot be downloaded: a clear message that points to `npm run web`,
 * not a stack trace. The download is made to fail here without the network (a mirror on a closed port).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Where Electron's program is installed, npm start would really open the app: this test is for machines without it. */
const electronInstalled = existsSync(join(root, 'node_modules/electron/path.txt'));

describe('npm start without Electron', () => {
  it.skipIf(electronInstalled)('says what happened and points to npm run web, with no stack trace', () => {
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: mkdtempSync(join(tmpdir(), 'concord-no-electron-')) },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Concord cannot open the desktop app here');
    expect(run.stderr).toContain('npm run web');
    expect(run.stderr + run.stdout).not.toMatch(/^\s+at /m);
  });
});
