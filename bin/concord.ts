/**
 * The `concord` program: the composition root that puts the core's commands (cli/) and the sync
 * server's (server/) behind one command line. Bundled to out/cli/concord.mjs; bin/concord.mjs runs it.
 */
import { coreCommands } from '../cli/commands/index.ts';
import { runCli } from '../cli/main.ts';
import { nodeIo } from '../cli/node-io.ts';
import { english, wordsFor } from '../cli/words.ts';
import { serverCommands } from '../server/commands.ts';

runCli(process.argv.slice(2), nodeIo, [...coreCommands, ...serverCommands]).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    process.exitCode = 70;
    // Said in English if even the reader's words cannot be loaded.
    const say = await wordsFor(nodeIo.language).then(
      (words) => words.say,
      () => english,
    );
    process.stderr.write(`${say('act.unexpected', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) })}\n`);
  },
);
