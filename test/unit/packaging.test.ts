/**
 * Packaging without the Electron download: a real `electron-builder --linux dir` with a stand-in for
 * Electron's program makes app.asar, which stays within its size budget and carries of node_modules only
 * the native addon the bundled main process loads; and what electron-builder.yml's `files` patterns select
 * from the built out/ tree is complete (the main process, its preload, the renderer and every file they
 * load) and holds nothing it should not (source maps, sources, tests, the CLI). electron-builder's own
 * validation of the config is in shell-security.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minimatch } from 'minimatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
/**
 * What app.asar and its unpacked native addons may weigh together: measured 2 December at 14.7 + 4.7 MiB,
 * 6.4 MiB of it the English word vectors Compare loads for similarity of meaning (issue 19).
 */
const ASAR_BUDGET_BYTES = 21 * 1024 * 1024;
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
    patterns.reduce(
      (inside, pattern) => (pattern.startsWith('!') ? inside && !minimatch(file, pattern.slice(1), { dot: true }) : inside || minimatch(file, pattern, { dot: true })),
      false,
    ),
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

const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const sizeOf = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => sum + (entry.isDirectory() ? sizeOf(join(dir, entry.name)) : statSync(join(dir, entry.name)).size), 0);

/** The packages the bundled main process still loads from node_modules (native addons), and what they require. */
const NATIVE_CLOSURE = [
  'base64-js',
  'buffer',
  'catering',
  'classic-level',
  'ieee754',
  'is-buffer',
  'level-transcoder',
  'module-error',
  'napi-macros',
  'node-gyp-build',
  'queue-microtask',
];

describe('app.asar as electron-builder makes it', () => {
  let asar: string[] = [];
  let packedBytes = 0;
  let unpackedBytes = 0;
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  beforeAll(async () => {
    // A real `electron-builder --linux dir`, offline: Electron's program is a stand-in file (electronDist), so
    // the fuses, which patch that program, are left out here (shell-security.test.ts validates them).
    const { build, Platform } = await import('electron-builder');
    const { getConfig } = await import('app-builder-lib/out/util/config/config.js');
    const { electronFuses: _fuses, ...config } = await getConfig(root, join(root, 'electron-builder.yml'), null);
    const electronDist = mkdtempSync(join(tmpdir(), 'concord-electron-dist-'));
    writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
    const output = mkdtempSync(join(tmpdir(), 'concord-dist-'));
    made.push(electronDist, output);
    const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
    // Given as a file: a config object would be merged with electron-builder.yml, fuses included.
    const configFile = join(output, 'electron-builder.json');
    writeFileSync(configFile, JSON.stringify({ ...config, electronDist, electronVersion, npmRebuild: false, directories: { ...config.directories, output } }));
    await build({ projectDir: root, targets: Platform.LINUX.createTarget('dir'), config: configFile });
    const resources = join(output, 'linux-unpacked', 'resources');
    const { listPackage } = await import('@electron/asar');
    asar = listPackage(join(resources, 'app.asar'), { isPack: false }).map((path) => path.replace(/^[/\\]/, '').replaceAll('\\', '/'));
    packedBytes = statSync(join(resources, 'app.asar')).size;
    unpackedBytes = existsSync(join(resources, 'app.asar.unpacked')) ? sizeOf(join(resources, 'app.asar.unpacked')) : 0;
  }, 240_000);

  it('stays within its budget: the main process is bundled, so the renderer’s and CLI’s libraries do not ship', () => {
    console.log(`app.asar: ${mib(packedBytes)}, beside it unpacked (native addons): ${mib(unpackedBytes)}; budget ${mib(ASAR_BUDGET_BYTES)} together`);
    expect(packedBytes + unpackedBytes).toBeLessThanOrEqual(ASAR_BUDGET_BYTES);
    for (const file of [pkg.main, 'out/electron/preload.cjs', 'out/renderer/index.html', 'package.json']) expect(asar, file).toContain(file);
  });

  it('carries of node_modules only the native addon the main process requires, and what it requires', () => {
    const main = readFileSync(join(root, pkg.main), 'utf8');
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    // ws tries these optional speed-ups inside try/catch and works without them.
    const optional = new Set(['bufferutil', 'utf-8-validate']);
    const required = [...main.matchAll(/require\("([^"./][^"]*)"\)/g)].map((m) => m[1] ?? '').filter((name) => name !== 'electron' && !builtins.has(name) && !optional.has(name));
    expect(required).toEqual(['classic-level']);
    const packages = new Set(asar.flatMap((path) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? []));
    expect([...packages].sort()).toEqual(NATIVE_CLOSURE);
  });
});

describe('the app icon', () => {
  it('is made by the build from assets/icon.svg in every size electron-builder takes', () => {
    execFileSync(process.execPath, ['scripts/build.mjs', 'icons'], { cwd: root });
    /** A PNG's width and height, from its IHDR chunk. */
    const size = (file: string): [number, number] => {
      const png = readFileSync(join(root, file));
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size('build/icon.png')).toEqual([1024, 1024]);
    for (const n of [16, 32, 48, 64, 128, 256, 512]) expect(size(`build/icons/${n}x${n}.png`)).toEqual([n, n]);
  });
});

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

  it('keeps the renderer’s libraries out of the production dependencies (Vite bundles them; electron-builder would copy them again)', () => {
    for (const bundled of ['react', 'react-dom', 'slate-react', '@slate-yjs/react', 'electron', 'vite']) expect(Object.keys(pkg.dependencies)).not.toContain(bundled);
  });

  it('leaves out source maps, sources, tests and the command line', () => {
    const unwanted = shipped.filter(
      (file) => /\.map$|\.tsx?$|(^|\/)(test|tests|bench|src|renderer|electron|server)\//.test(file.replace(/^out\/(electron|renderer)\//, '')) || file.startsWith('out/cli/'),
    );
    expect(unwanted).toEqual([]);
    // The patterns do take something out: maps exist in out/ and are not shipped.
    expect(filesUnder('out').some((file) => file.endsWith('.map'))).toBe(true);
  });
});
