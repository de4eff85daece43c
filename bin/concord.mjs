#!/usr/bin/env node
// The `concord` command: runs the bundled CLI (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/concord.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('concord: the CLI is not built yet. Run `npm run build` (or `npm install`) in the Concord folder first.\n');
  process.exit(70);
}
// Node keeps the bundle's compiled code (in the system's temp folder, checked against the sources), so a
// command after the first starts without compiling it again; where the cache cannot be written, it just compiles.
enableCompileCache();
await import(bundle);
