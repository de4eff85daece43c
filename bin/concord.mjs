#!/usr/bin/env node
// The `concord` command: runs the bundled CLI (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/concord.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('concord: the CLI is not built yet. Run `npm run build` (or `npm install`) in the Concord folder first.\n');
  process.exit(70);
}
await import(bundle);
