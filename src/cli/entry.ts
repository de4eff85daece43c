/** Process entry of the `concord` command (bundled to out/cli/concord.mjs). */
import { runCli } from './main.ts';
import { nodeIo } from './node-io.ts';

runCli(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`concord: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
