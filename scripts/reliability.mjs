// `npm run test:reliability`: the reliability suite — the sync server's kill -9, convergence (partitions
// and restarts), fuzz and soak tests, bad import files, and forged votes — then one summary line per
// figure (scripts/reliability-summary.mjs). The soak runs its full 120 s here (CONCORD_SOAK_SECONDS).
// Extra arguments go to vitest. Exits with vitest's status.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RELIABILITY_FILES = ['server-reliability', 'import-bad-input', 'ratify-attacks'];

const root = fileURLToPath(new URL('..', import.meta.url));
const started = new Date(Date.now() - 1000).toISOString();
const env = { ...process.env, CONCORD_SOAK_SECONDS: process.env.CONCORD_SOAK_SECONDS ?? '120' };
const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', ...RELIABILITY_FILES, ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: 'inherit',
});
spawnSync(process.execPath, ['scripts/reliability-summary.mjs', '--since', started], { cwd: root, stdio: 'inherit' });
process.exit(vitest.status ?? 1);
