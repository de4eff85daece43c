/** Running the `concord` CLI in-process in tests: real files in a temp dir, captured output. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreCommands } from '../../cli/commands/index.ts';
import type { CliIo, Command } from '../../cli/command.ts';
import { runCli } from '../../cli/main.ts';
import { nodeIo } from '../../cli/node-io.ts';
import type { Language } from '../../src/i18n/languages.ts';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'concord-cli-'));
}

/** Run `argv` as a person reading `language` would (English unless given, whatever this machine's LANG). */
export async function concord(argv: string[], commands: readonly Command[] = coreCommands, language: Language = 'en'): Promise<CliResult> {
  let out = '';
  let err = '';
  const io: CliIo = { ...nodeIo, language, out: (text) => void (out += text), err: (text) => void (err += text) };
  const code = await runCli(argv, io, commands);
  return { code, out, err };
}
