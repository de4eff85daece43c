/**
 * The `concord` command line: finds the command named by the first words of argv, parses its flags and
 * runs it, loading only that command's module. It speaks the shell's language (cli/words.ts); --json output
 * is data, the same in every language. Exit codes: 0 success, 1 the command failed (bad file, bad data),
 * 2 the command line was wrong.
 */
import { parseArgs } from 'node:util';
import { ConcordError } from '../src/workspace/errors.ts';
import { UsageError, type CliIo, type Command } from './command.ts';
import { wordsFor, type Say } from './words.ts';

/** A command's usage, with its notes (if it has any) under it in the reader's language. */
function usageOf(command: Command, say: Say): string {
  return command.notes === undefined ? command.usage : `${command.usage}\n${say(command.notes)}`;
}

function help(commands: readonly Command[], say: Say): string {
  const lines = commands.map((c) => `  ${usageOf(c, say)}\n      ${say(`commands.${c.name}`)}`);
  return say('help', { commands: lines.join('\n') });
}

function findCommand(commands: readonly Command[], argv: readonly string[]): { command: Command; rest: string[] } | undefined {
  // Longest name first, so "org add" wins over a hypothetical "org".
  const sorted = [...commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const words = command.name.split(' ');
    if (words.every((word, i) => argv[i] === word)) return { command, rest: argv.slice(words.length) };
  }
  return undefined;
}

/** Run one command line against `commands` (the core's, plus the server's in the full program). */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly Command[]): Promise<number> {
  const { say, describe } = await wordsFor(io.language);
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    io.out(help(commands, say));
    return 0;
  }
  const found = findCommand(commands, argv);
  if (!found) {
    io.err(`${say('unknownCommand', { command: argv.join(' ') })}\n\n${help(commands, say)}`);
    return 2;
  }
  const { command, rest } = found;
  // --json output is data for scripts: its errors stay as they always were, in English, whatever the shell's language.
  const errorWords = rest.includes('--json') ? await wordsFor('en') : { say, describe };
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${usageOf(command, say)}\n  ${say(`commands.${command.name}`)}\n`);
    return 0;
  }
  try {
    const action = await command.load();
    const parsed = parseArgs({ args: rest, options: action.options, allowPositionals: true, strict: true });
    return await action.run({ values: parsed.values, positionals: parsed.positionals }, { ...io, say });
  } catch (error) {
    if (error instanceof ConcordError) {
      io.err(`concord ${command.name}: ${errorWords.describe(error)}\n`);
      return 1;
    }
    const usage = errorWords.say('usageLine', { usage: usageOf(command, errorWords.say) });
    if (error instanceof UsageError) {
      io.err(`concord ${command.name}: ${errorWords.say(error.key, error.params)}\n${usage}\n`);
      return 2;
    }
    // Node's own words for a flag it cannot parse: English, as Node writes them.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`concord ${command.name}: ${error.message}\n${usage}\n`);
      return 2;
    }
    throw error;
  }
}
