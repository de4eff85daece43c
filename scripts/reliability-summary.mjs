// Prints the reliability suite's figures, one line each, from test-results/figures/*.json (written by the
// tests: test/figures.ts, and test/unit/ratify-attacks.test.ts for forged votes). A figure missing, or
// older than `--since ISO-TIME` (the start of this run), reads "not measured".
//   node scripts/reliability-summary.mjs [--since 2026-01-01T00:00:00Z]
import { readFileSync, statSync } from 'node:fs';

const dir = new URL('../test-results/figures/', import.meta.url);
const sinceIndex = process.argv.indexOf('--since');
const since = sinceIndex > 0 ? Date.parse(process.argv[sinceIndex + 1] ?? '') : 0;

function figures(name) {
  const file = new URL(`${name}.json`, dir);
  try {
    if (statSync(file).mtimeMs < since) return null;
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const verdict = (ok) => (ok ? 'ok' : 'FAILED');

const LINES = [
  ['Edits lost over kill -9 cycles', 'kill', (f) => `${f.lost} over ${f.cycles} cycles, ${f.edits} edits typed (must be 0): ${verdict(f.lost === 0)}`],
  [
    'Convergence runs',
    'convergence',
    (f) =>
      `${f.converged} of ${f.runs} converged (3 clients, random edits, disconnects, graceful server restarts); ${f.killConverged} of ${f.killRuns} with the server in a child process killed with SIGKILL ${f.kills} times mid-run and its store read after a kill -9: ${verdict(f.converged === f.runs && f.killRuns > 0 && f.killConverged === f.killRuns && f.kills >= f.killRuns)}`,
  ],
  [
    'Fuzzed frames survived',
    'fuzz',
    (f) =>
      `${f.survived} of ${f.frames} (${f.closedConnections} connections closed by the server), rooms and store intact: ${f.intact}: ${verdict(f.survived === f.frames && f.intact === 'yes')}`,
  ],
  [
    'Hostile Yjs updates refused',
    'hostile',
    (f) =>
      `${f.refused} of ${f.sent} named attacks (wrong types, deep nesting, missing dependency, deleted statements); of ${f.randomSent} random Yjs structures ${f.randomRefused} refused, the rest well formed and accepted: ${verdict(f.sent > 0 && f.refused === f.sent)}`,
  ],
  [
    'Replicas intact after hostile updates',
    'hostile',
    (f) =>
      `${f.replicasIntact} of ${f.replicasChecked} (every reader works, saves and reopens, signed statements whole): ${verdict(f.replicasChecked > 0 && f.replicasIntact === f.replicasChecked)}`,
  ],
  ['Bad import files handled', 'bad-files', (f) => `${f.handled} of ${f.files}, each refused with its message, workspace file unchanged: ${verdict(f.handled === f.files)}`],
  [
    'Zip bombs and huge PDFs refused',
    'import-bombs',
    (f) =>
      `${f.refused} of ${f.bombs}, each with its own message, workspace file unchanged: the slowest zip bomb in ${f.slowestZipMs} ms, the ${f.hugePdfPages.toLocaleString('en')}-page PDF in ${f.hugePdfMs} ms: ${verdict(f.bombs > 0 && f.refused === f.bombs)}`,
  ],
  [
    'Forged votes counted',
    'forged-votes',
    (f) => `${f.forgedVotesCounted} of ${f.forgedVotesTried} forged (must be 0): ${verdict(f.forgedVotesCounted === 0 && f.forgedVotesTried > 0)}`,
  ],
  [
    'Bytes budget held',
    'bytes-budget',
    (f) =>
      `${f.acceptedBytes} bytes taken of ${f.offeredBytes} offered by ${f.connections} connections of one invitation in ${f.seconds} s (budget allowed ${f.allowedBytes}); honest connections closed: ${f.honestConnectionsClosed}: ${verdict(f.acceptedBytes <= f.allowedBytes && f.honestConnectionsClosed === 0)}`,
  ],
  [
    'Observer amplification bounded',
    'observer-amplification',
    (f) =>
      `${f.queries} presence queries got ${f.bytesSent} bytes back in ${f.seconds} s (one answer ${f.answerBytes} bytes, bound ${f.boundBytes}); 2 MB presence refused: ${verdict(f.bytesSent <= f.boundBytes && f.bigPresenceRefused === 1)}`,
  ],
  [
    'Soak',
    'soak',
    (f) =>
      `${f.delegates} delegates × ${f.seconds} s, ${f.edits} edits, ${f.disconnects} disconnects: ${f.replicasMatchingStore} of ${f.delegates} replicas equal the server's stored state: ${verdict(f.replicasMatchingStore === f.delegates)}`,
  ],
];

console.log('Reliability:');
for (const [label, name, line] of LINES) {
  const f = figures(name);
  console.log(`  ${label}: ${f ? line(f) : 'not measured'}`);
}
