// `npm start`: opens the desktop app. First it makes sure Electron's program is here (the electron package
// downloads it on first use); where it cannot be had — no network, a blocked download — it says so in
// two lines and points to `npm run web`, the same app in a browser, instead of ending in a stack trace.
// Then it builds Concord and runs Electron on it.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The Electron executable, fetched if need be in a child process so that its failure can be read. */
function electronExecutable() {
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write("\\n" + require("electron"))'], { cwd: root, encoding: 'utf8' });
  const path = probe.stdout.trim().split('\n').at(-1) ?? '';
  if (probe.status === 0 && path !== '') return { path };
  const reason = probe.stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /^\w*Error:/.test(line));
  return { reason: reason ?? `exit code ${probe.status}` };
}

const electron = electronExecutable();
if (!('path' in electron)) {
  console.error(`Concord cannot open the desktop app here: Electron's program is not installed and could not be downloaded (${electron.reason}).`);
  console.error('Run `npm run web` and open http://localhost:5173 for the same app in your browser.');
  process.exit(1);
}
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const app = spawn(electron.path, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
app.on('exit', (code) => process.exit(code ?? 0));
