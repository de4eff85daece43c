/**
 * The `concord` command line: finds the command named by the first words of argv, parses its flags and
 * runs it, loading only that command's module. Exit codes: 0 success, 1 the command failed (bad file, bad data), 2 the command line was wrong.
 */
import { parseArgs } from 'node:util';
import { ConcordError } from '../src/workspace/errors.ts';
import { UsageError, type CliIo, type Command } from './command.ts';

function help(commands: readonly Command[]): string {
  const lines = commands.map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `Concord: draft a coalition's constitution together.\n\nUsage:\n${lines.join('\n')}\n\nconcord COMMAND --help shows one command's usage.\n`;
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
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    io.out(help(commands));
    return 0;
  }
  const found = findCommand(commands, argv);
  if (!found) {
    io.err(`concord: unknown command "${argv.join(' ')}".\n\n${help(commands)}`);
    return 2;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.usage}\n  ${command.summary}\n`);
    return 0;
  }
  try {
    const action = await command.load();
    const parsed = parseArgs({ args: rest, options: action.options, allowPositionals: true, strict: true });
    return await action.run({ values: parsed.values, positionals: parsed.positionals }, io);
  } catch (error) {
    if (error instanceof ConcordError) {
      io.err(`concord ${command.name}: ${error.message}\n`);
      return 1;
    }
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`concord ${command.name}: ${error.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}
