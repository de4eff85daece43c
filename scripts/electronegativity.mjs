// `npm run audit:electron`: Electronegativity (Doyensec's Electron security scanner) over the built
// shell and renderer (out/electron, out/renderer: the JavaScript that ships, after bundling). Fails on
// any finding and on any file it could not parse — the scanner itself exits 0 either way and skips what
// it cannot read, so this script counts for it. A justified finding is silenced with the comment the
// tool honours, `/* eng-disable CHECK_ID */` (`<!-- eng-disable CHECK_ID -->` in HTML), on the finding's
// line or on the file's first line. Bundling drops comments, so main.cjs gets its one exception as a
// banner with the reason beside it (scripts/build.mjs); renderer/index.html carries its own.
//
// The scanner only reads *.js and *.html, so the built *.cjs and *.mjs files are scanned under a .js
// name in a staging folder; its parser does not know private class members (#x, pdf.js has them), so the
// renderer's (minified) bundles are staged with those lowered by esbuild. The Electron version comes from
// the installed electron package. AvailableSecurityFixesGlobalCheck is left out: it asks the internet.
// Report: test-results/electronegativity.sarif.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const SCANNED = ['out/electron', 'out/renderer'];
const REQUIRED = ['out/electron/main.cjs', 'out/electron/preload.cjs', 'out/renderer/index.html'];
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const REPORT = join(root, 'test-results', 'electronegativity.sarif');

for (const file of REQUIRED) {
  if (!statSync(join(root, file), { throwIfNoEntry: false })) {
    console.error(`electronegativity: ${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

// The scanner's TypeScript parser (typescript-estree 4) needs TypeScript's JavaScript API, which the
// project's TypeScript 7 no longer has: give it the TypeScript 4 the scanner ships with.
const scannerTypeScript = require.resolve('typescript', { paths: [dirname(require.resolve('@doyensec/electronegativity/package.json'))] });
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent?.filename?.includes(`${join('node_modules', '@typescript-eslint')}`)) return scannerTypeScript;
  if (request === 'typescript' && parent?.filename?.includes(`${join('node_modules', 'tsutils')}`)) return scannerTypeScript;
  return resolveFilename.call(this, request, parent, ...rest);
};

const PRIVATE_MEMBERS_LOWERED = Object.fromEntries(
  [
    'class-private-field',
    'class-private-method',
    'class-private-accessor',
    'class-private-static-field',
    'class-private-static-method',
    'class-private-static-accessor',
    'class-private-brand-check',
    'class-static-blocks',
  ].map((f) => [f, false]),
);

/** Copy the built files the scanner should read, each under a name it reads (.cjs/.mjs → .js). */
async function stage() {
  const staging = mkdtempSync(join(tmpdir(), 'concord-eng-'));
  const files = [];
  const walk = async (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.(c|m)?js$|\.html$/.test(entry.name)) {
        const target = join(staging, path.replace(/\.(c|m)js$/, '.js'));
        mkdirSync(dirname(target), { recursive: true });
        if (path.startsWith(join('out', 'renderer')) && !path.endsWith('.html')) {
          const { code } = await transform(readFileSync(join(root, path), 'utf8'), { loader: 'js', target: 'esnext', supported: PRIVATE_MEMBERS_LOWERED });
          writeFileSync(target, code);
        } else cpSync(join(root, path), target);
        files.push(path);
      }
    }
  };
  for (const dir of SCANNED) await walk(dir);
  return { staging, files };
}

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const { staging, files } = await stage();
try {
  const { default: run } = await import('@doyensec/electronegativity');
  mkdirSync(dirname(REPORT), { recursive: true });
  const result = await run({
    input: staging,
    output: REPORT,
    isSarif: true,
    excludeFromScan: EXCLUDED_CHECKS,
    isRelative: true,
    electronVersionOverride: electronVersion,
    customScan: [],
    parserPlugins: [],
  });
  const unparsed = result.errors.filter((error) => !error.tolerable);
  for (const issue of result.issues) {
    console.log(`finding: ${issue.id} (${issue.severity.name}, ${issue.confidence.name}) in ${issue.file}:${issue.location.line} — ${issue.description}`);
  }
  for (const error of unparsed) console.log(`not scanned: ${relative(staging, error.file)}: ${error.message}`);
  console.log(
    `Electronegativity (Electron ${electronVersion}): ${result.atomicChecks + result.globalChecks} checks over ${files.length} built files; ${result.issues.length} findings, ${unparsed.length} files not parsed (report: ${relative(root, REPORT)})`,
  );
  process.exitCode = result.issues.length === 0 && unparsed.length === 0 ? 0 : 1;
} finally {
  rmSync(staging, { recursive: true, force: true });
}
