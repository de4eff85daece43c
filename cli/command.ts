/**
 * What a CLI command is: a listing (name, summary, usage) and an action (flags and the function that runs
 * it) loaded on demand. Commands talk to the world only through
 * `CliIo`, so tests run them in-process and see exactly what a user would.
 */
import type { ParseArgsOptionsConfig } from 'node:util';
import type { cli } from '../src/i18n/catalogs/en/cli.ts';
import type { TextParams } from '../src/i18n/catalog-text.ts';
import type { Language } from '../src/i18n/languages.ts';
import { english, type CliKey, type Say } from './words.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** Write a file atomically: it is either the old file or the whole new one, never half. */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Create a new file only its owner can read, atomically and never over an existing one (ConcordError "file.exists"). */
  createPrivateFile(path: string, bytes: Uint8Array): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** The language the person at the shell reads (cli/words.ts: shellLanguage). */
  language: Language;
}

/** What a command talks to: the world, and the words of its reader's language. */
export interface CommandIo extends CliIo {
  say: Say;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** What running a command takes: the flags it reads (in the form node:util's parseArgs reads them) and its work. */
export interface CommandAction {
  options: ParseArgsOptionsConfig;
  run(args: ParsedArgs, io: CommandIo): Promise<number>;
}

/** A command's name ("org add"): its one-line summary is `commands.<name>` in the cli catalog. */
export type CommandName = keyof typeof cli.commands;

/**
 * A command as the command line lists it: its name, its usage (the command line's syntax, in no language) —
 * all `concord help` needs with the summary in the cli catalog — and `load`, which imports the command's module only when it runs, so starting the
 * CLI pays for one command's dependencies, not every reader and writer's.
 */
export interface Command {
  name: CommandName;
  usage: string;
  /** Lines in the reader's language printed under the usage, where the syntax needs a word of explanation. */
  notes?: CliKey;
  load(): Promise<CommandAction>;
}

/** The cli catalog's sentences for a wrong command line. */
export type UsageKey = Extract<CliKey, `usage.${string}`>;

/** A user mistake on the command line: printed in the reader's language with the command's usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly key: UsageKey;
  readonly params: TextParams;
  constructor(key: UsageKey, params: TextParams = {}) {
    super(english(key, params));
    this.key = key;
    this.params = params;
  }
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function requireFlag(args: ParsedArgs, name: string): string {
  const value = stringFlag(args, name);
  if (value === undefined || value === '') throw new UsageError('usage.required', { name });
  return value;
}

export function requirePositional(args: ParsedArgs, index: number, what: 'file' | 'org' | 'csv'): string {
  const value = args.positionals[index];
  if (value === undefined) throw new UsageError(`usage.missing.${what}`);
  return value;
}

/** A text on one line of at most `width` characters (cut with an ellipsis), for readable output. */
export function clipLine(text: string, width = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** Print data as JSON with --json, else in the command's readable form. */
export function printData<T>(io: CliIo, args: ParsedArgs, data: T, readable: (data: T) => string): void {
  if (args.values.json) printJson(io, data);
  else io.out(readable(data));
}
