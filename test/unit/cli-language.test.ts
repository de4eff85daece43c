/**
 * The real `concord` program speaks the shell's language: Spanish help and errors under LANG=es_ES.UTF-8,
 * English under LANG=C (and under LC_ALL=C whatever LANG says), and the same --json output under both.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shellLanguage } from '../../cli/words.ts';
import { cli as englishCli } from '../../src/i18n/catalogs/en/cli.ts';
import { cli as spanishCli } from '../../src/i18n/catalogs/es/cli.ts';
import { POSIX, runProgram as run, SPANISH, tempDir } from './cli-helpers.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the language of the concord program', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: root });
  }, 120_000);

  it('reads LC_ALL, then LC_MESSAGES, then LANG; C, POSIX or nothing is English', () => {
    expect(shellLanguage({ LANG: 'es_ES.UTF-8' })).toBe('es');
    expect(shellLanguage({ LC_MESSAGES: 'es_MX.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('es');
    expect(shellLanguage({ LC_ALL: 'C', LANG: 'es_ES.UTF-8' })).toBe('en');
    expect(shellLanguage({ LC_ALL: '', LANG: 'es' })).toBe('es');
    expect(shellLanguage({ LANG: 'POSIX' })).toBe('en');
    expect(shellLanguage({})).toBe('en');
  });

  it('gives its help in Spanish under LANG=es_ES.UTF-8 and in English under LANG=C', () => {
    const spanish = run(SPANISH, '--help');
    expect(spanish.status).toBe(0);
    expect(spanish.stdout).toContain(spanishCli.commands.init);
    expect(spanish.stdout).toContain(spanishCli.commands.tally);
    expect(spanish.stdout).not.toContain(englishCli.commands.tally);
    const english = run(POSIX, '--help');
    expect(english.stdout).toContain(englishCli.commands.tally);
    expect(english.stdout).not.toContain(spanishCli.commands.tally);
    expect(run({ LC_ALL: 'C', ...SPANISH }, '--help').stdout).toBe(english.stdout);
    expect(run(SPANISH, 'tally', '--help').stdout).toContain(spanishCli.commands.tally);
  });

  it('words its errors in Spanish under LANG=es_ES.UTF-8 and in English under LANG=C, with the same exit codes', () => {
    const missing = join(tempDir(), 'ninguno.concord');
    const spanish = run(SPANISH, 'info', missing);
    expect([spanish.status, spanish.stderr]).toEqual([1, `concord info: ${missing}: no existe ese archivo.\n`]);
    const english = run(POSIX, 'info', missing);
    expect([english.status, english.stderr]).toEqual([1, `concord info: ${missing}: no such file.\n`]);
    const wrong = run(SPANISH, 'vote', missing, '--motion', 'm', '--choice', 'maybe', '--key', 'k');
    expect([wrong.status, wrong.stderr]).toEqual([
      2,
      'concord vote: --choice es yes, no o abstain, no «maybe».\nUso: concord vote FILE --motion ID --choice yes|no|abstain --key KEYFILE [--json]\n',
    ]);
    expect(run(SPANISH, 'nonsense').stderr).toMatch(/^concord: orden desconocida «nonsense»/);
  });

  it('prints the same --json output, errors included, in either language', () => {
    const dir = tempDir();
    const file = join(dir, 'frente.concord');
    expect(run(POSIX, 'init', file, '--name', 'Frente Amplio', '--json').status).toBe(0);
    expect(run(POSIX, 'org', 'add', file, '--name', 'Partido Socialismo y Liberación', '--short', 'PSL', '--json').status).toBe(0);
    for (const args of [
      ['info', file, '--json'],
      ['org', 'add', file, '--name', 'Otra', '--short', 'PSL', '--json'],
      ['info', join(dir, 'missing.concord'), '--json'],
      ['vote', file, '--motion', 'm', '--choice', 'maybe', '--key', 'k', '--json'],
    ]) {
      const spanish = run(SPANISH, ...args);
      const english = run(POSIX, ...args);
      expect([spanish.status, spanish.stdout, spanish.stderr], args.join(' ')).toEqual([english.status, english.stdout, english.stderr]);
      expect(spanish.stdout + spanish.stderr, args.join(' ')).not.toBe('');
    }
  });
});
