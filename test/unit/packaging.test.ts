/**
 * Packaging without the Electron download: what `npm run dist` would put in app.asar, worked out from
 * electron-builder.yml's `files` patterns over the built out/ tree, is complete (the main process, its
 * preload, the renderer and every file they load; the npm packages the main process requires are
 * production dependencies, which electron-builder ships) and holds nothing it should not (source maps,
 * sources, tests, the CLI). electron-builder's own validation of the config is in shell-security.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minimatch } from 'minimatch';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let shipped: string[] = [];
let pkg: { main: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** electron-builder's rule: patterns in order, a later `!pattern` takes out what an earlier one put in. */
function selected(files: readonly string[], patterns: readonly string[]): string[] {
  return files.filter((file) =>
    patterns.reduce((inside, pattern) => (pattern.startsWith('!') ? inside && !minimatch(file, pattern.slice(1), { dot: true }) : inside || minimatch(file, pattern, { dot: true })), false),
  );
}

/** The `files` patterns as electron-builder normalizes them: strings, or `{ filter: [...] }` sets. */
function patternsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(patternsOf);
  if (typeof value === 'object' && value !== null) return patternsOf(Reflect.get(value, 'filter'));
  return [];
}

beforeAll(async () => {
  // The shell is rebuilt here (esbuild, a second); the renderer only when missing (the end-to-end tests build it).
  execFileSync(process.execPath, ['scripts/build.mjs', 'electron'], { cwd: root });
  if (!existsSync(join(root, 'out/renderer/index.html'))) execFileSync(process.execPath, ['scripts/build.mjs', 'renderer'], { cwd: root });
  const { getConfig } = await import('app-builder-lib/out/util/config/config.js');
  const config: unknown = await getConfig(root, join(root, 'electron-builder.yml'), null);
  const patterns = patternsOf(typeof config === 'object' && config !== null ? Reflect.get(config, 'files') : undefined);
  expect(patterns.length).toBeGreaterThan(0);
  pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  shipped = selected([...filesUnder('out'), 'package.json'], patterns);
}, 120_000);

describe('app.asar (electron-builder.yml files)', () => {
  it('holds the main process, its preload and the renderer', () => {
    expect(pkg.main).toBe('out/electron/main.cjs');
    for (const file of [pkg.main, 'out/electron/preload.cjs', 'out/renderer/index.html', 'package.json']) expect(shipped, file).toContain(file);
  });

  it('holds every file the main process and the renderer load', () => {
    const main = readFileSync(join(root, pkg.main), 'utf8');
    const nextToMain = [...main.matchAll(/join\)\(__dirname, "([^"]+)"\)/g)].map((m) => posix.join('out/electron', m[1] ?? ''));
    expect(nextToMain).toEqual(['out/electron/preload.cjs']);
    for (const file of nextToMain) expect(shipped, file).toContain(file);
    expect(main).toMatch(/resolve\)\(__dirname, "\.\.", "renderer"\)/);
    const html = readFileSync(join(root, 'out/renderer/index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => posix.join('out/renderer', m[1] ?? ''));
    expect(assets.length).toBeGreaterThan(0);
    // Follow the chunks' imports and workers from the entry on.
    const seen = new Set<string>();
    const queue = [...assets];
    while (queue.length > 0) {
      const file = queue.pop() ?? '';
      if (seen.has(file)) continue;
      seen.add(file);
      expect(shipped, `${file} (loaded by the renderer)`).toContain(file);
      if (!file.endsWith('.js') && !file.endsWith('.mjs')) continue;
      const code = readFileSync(join(root, file), 'utf8');
      for (const match of code.matchAll(/(?:from|import\(|new URL\()\s*["'`](\.{1,2}\/[^"'`]+\.(?:m?js|css|wasm))["'`]/g)) {
        queue.push(posix.normalize(posix.join(dirname(file), match[1] ?? '')));
      }
    }
    expect(seen.size).toBeGreaterThan(assets.length);
  });

  it('needs only production dependencies at run time (electron-builder ships those, not devDependencies)', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const file of shipped.filter((f) => f.startsWith('out/electron/') && f.endsWith('.cjs'))) {
      for (const [, name] of readFileSync(join(root, file), 'utf8').matchAll(/require\("([^"]+)"\)/g)) {
        if (name === undefined || name === 'electron' || builtins.has(name) || name.startsWith('.')) continue;
        const packageName = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? name);
        expect(Object.keys(pkg.dependencies), `${file} requires ${name}`).toContain(packageName);
      }
    }
    // The renderer's libraries are bundled by Vite: as dependencies they would be copied into app.asar again.
    for (const bundled of ['react', 'react-dom', 'slate-react', '@slate-yjs/react', 'electron', 'vite']) expect(Object.keys(pkg.dependencies)).not.toContain(bundled);
  });

  it('leaves out source maps, sources, tests and the command line', () => {
    const unwanted = shipped.filter((file) => /\.map$|\.tsx?$|(^|\/)(test|tests|bench|src|renderer|electron|server)\//.test(file.replace(/^out\/(electron|renderer)\//, '')) || file.startsWith('out/cli/'));
    expect(unwanted).toEqual([]);
    // The patterns do take something out: maps exist in out/ and are not shipped.
    expect(filesUnder('out').some((file) => file.endsWith('.map'))).toBe(true);
  });
});
