/**
 * The sync server on its own (`npm run server`, or `node out/server/main.mjs --data DIR --port N`): the
 * same `concord serve` command, without the rest of the CLI.
 */
import { runCli } from '../cli/main.ts';
import { nodeIo } from '../cli/node-io.ts';
import { serverCommands } from './commands.ts';

runCli(
  ['serve', ...process.argv.slice(2)],
  nodeIo,
  serverCommands.filter((command) => command.name === 'serve'),
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`concord serve: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
