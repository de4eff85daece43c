/** Running the `concord` CLI in-process in tests: real files in a temp dir, captured output. */
import { spawnSync } from 'node:child_process';
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

/** What the real program printed. */
export interface ProgramRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Locale variables of a Spanish shell, and of one that asks for no language (English). */
export const SPANISH = { LANG: 'es_ES.UTF-8' };
export const POSIX = { LANG: 'C' };

const ROOT = join(import.meta.dirname, '..', '..');

/** Run bin/concord.mjs with exactly these locale variables (the test machine's own are left out). */
export function runProgram(locale: Record<string, string>, ...args: string[]): ProgramRun {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(LANG|LANGUAGE|LC_ALL|LC_MESSAGES)$/.test(name)));
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'concord.mjs'), ...args], { encoding: 'utf8', env: { ...env, ...locale } });
}
