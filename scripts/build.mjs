// Builds Concord's parts: `node scripts/build.mjs [cli|renderer|electron|server|icons|all]` (default all).
// The renderer goes through Vite; the CLI, the Electron main process and preload through esbuild,
// with npm dependencies left external (they are installed beside the app).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), 'electron'];
const what = process.argv[2] ?? 'all';
/** Packages the desktop main process loads from node_modules at run time: native addons, which cannot be bundled. */
const NATIVE_IN_APP = ['classic-level'];

const node = { bundle: true, platform: 'node', target: 'node22', absWorkingDir: root, external, sourcemap: true, logLevel: 'warning' };
/**
 * Packages the CLI bundles rather than loads module by module from node_modules, as every command that reads
 * a file uses them: zod, whose ~100 modules (every locale among them) cost more than reading the file does —
 * bundled, only what the schemas use is kept (the sources import it as `* as z`, so esbuild drops the rest) —
 * and @noble/hashes, which the file format imports (its default digest; the record's hashes). Neither keeps
 * state another package would have to share.
 */
const BUNDLED_IN_CLI = ['zod', '@noble/hashes'];

const targets = {
  // Split into chunks so each command's module (and the packages it imports) loads only when that command runs.
  cli: () =>
    build({
      ...node,
      external: external.filter((name) => !BUNDLED_IN_CLI.includes(name)),
      entryPoints: { concord: 'bin/concord.ts' },
      outdir: 'out/cli',
      outExtension: { '.js': '.mjs' },
      format: 'esm',
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
    }),
  server: () => build({ ...node, entryPoints: ['server/main.ts'], outfile: 'out/server/main.mjs', format: 'esm' }),
  electron: () =>
    Promise.all([
      // Electronegativity (npm run audit:electron) reads `eng-disable` from a file's first line; bundling drops
      // comments, so the justified exceptions are stated here. OPEN_EXTERNAL_JS_CHECK — main.cjs calls
      // shell.openExternal only in electron/external-links.ts, for http(s)/mailto links the user confirmed
      // in a dialog naming the address (test/unit/shell-inventory.test.ts checks there is no other call).
      // PROTOCOL_HANDLER_JS_CHECK — the app registers as the concord:// handler so that invitation links
      // open it; a link is only passed on to the renderer (electron/launch-args.ts: concord: scheme, at most
      // 4096 characters), which parses it and asks the user before joining (test/unit/shell-main.test.ts).
      // CERTIFICATE_VERIFY_PROC_JS_CHECK — electron/certificate-pinning.ts keeps Chromium's verdict (-3) for
      // every certificate but one Chromium rejected whose SHA-256 fingerprint equals the fingerprint of an
      // invitation the delegate holds for that very host (the LAN meeting's self-signed certificate):
      // pinning, not opting out (test/unit/lan-meeting-tls.test.ts, shell-main.test.ts).
      // The main process is bundled whole, so app.asar carries no node_modules but the one native addon
      // (classic-level, the meeting server's LevelDB) and what it requires: see NATIVE_IN_APP and
      // electron-builder.yml's files.
      build({
        ...node,
        external: ['electron', ...NATIVE_IN_APP],
        entryPoints: ['electron/main.ts'],
        outfile: 'out/electron/main.cjs',
        format: 'cjs',
        banner: { js: '/* eng-disable OPEN_EXTERNAL_JS_CHECK PROTOCOL_HANDLER_JS_CHECK CERTIFICATE_VERIFY_PROC_JS_CHECK */' },
      }),
      // Sandboxed renderers cannot load an ESM preload: CJS it is.
      // …and cannot require npm packages either: everything but electron is bundled in.
      build({ ...node, external: ['electron'], entryPoints: ['electron/preload.ts'], outfile: 'out/electron/preload.cjs', format: 'cjs' }),
    ]),
  icons: async () => (await import('./icons.mjs')).makeIcons(root),
  renderer: async () => {
    const { build: viteBuild } = await import('vite');
    await viteBuild({ configFile: `${root}vite.config.ts`, logLevel: 'warn' });
  },
};

const chosen = what === 'all' ? Object.keys(targets) : [what];
for (const name of chosen) {
  if (!targets[name]) {
    console.error(`build: unknown target "${name}" (one of: ${Object.keys(targets).join(', ')}, all)`);
    process.exit(2);
  }
  await targets[name]();
}
