/**
 * The coalition's language on the command line: `concord init FILE --name N --language es` and `concord
 * settings FILE [--language en|es] [--json]` set it and say it; a language Concord does not speak is refused
 * with a clear message, exit 1 and nothing written; `concord export` then writes the file in that language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { concord, tempDir } from './cli-helpers.ts';

describe('concord init --language and concord settings', () => {
  it('creates a coalition in Spanish and shows its language, in words and as JSON', async () => {
    const file = join(tempDir(), 'es.concord');
    const created = await concord(['init', file, '--name', 'Frente Amplio', '--language', 'es', '--json']);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.out)).toMatchObject({ workspace: { name: 'Frente Amplio' }, language: 'es' });
    expect(await concord(['settings', file, '--json'])).toEqual({ code: 0, out: '{\n  "language": "es"\n}\n', err: '' });
    expect((await concord(['settings', file])).out).toBe('Exports are written in Español (es).\n');
  });

  it('is English without --language, and settings --language changes it', async () => {
    const file = join(tempDir(), 'c.concord');
    expect((await concord(['init', file, '--name', 'C'])).code).toBe(0);
    expect(JSON.parse((await concord(['settings', file, '--json'])).out)).toEqual({ language: 'en' });
    const changed = await concord(['settings', file, '--language', 'es', '--json']);
    expect(changed).toEqual({ code: 0, out: '{\n  "language": "es"\n}\n', err: '' });
    expect(JSON.parse((await concord(['settings', file, '--json'])).out)).toEqual({ language: 'es' });
    expect((await concord(['settings', file, '--language', 'en'])).out).toBe('Exports are written in English (en).\n');
  });

  it('refuses a language Concord does not speak: exit 1, a clear message, no file made and the file unchanged', async () => {
    const dir = tempDir();
    const fresh = join(dir, 'fresh.concord');
    const refused = await concord(['init', fresh, '--name', 'C', '--language', 'fr']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('"fr" is not a language Concord speaks; use one of: en, es.');
    expect(existsSync(fresh)).toBe(false);

    const file = join(dir, 'c.concord');
    await concord(['init', file, '--name', 'C', '--language', 'es']);
    const before = readFileSync(file);
    const bad = await concord(['settings', file, '--language', 'klingon']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('"klingon" is not a language Concord speaks');
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
    expect((await concord(['settings', file, '--bogus'])).code).toBe(2);
  });

  it('is listed in the help, and the draft exported after it is in Spanish', async () => {
    const help = await concord(['help']);
    expect(help.out).toContain('concord settings FILE [--language en|es] [--json]');
    expect(help.out).toContain('concord init FILE --name NAME [--language en|es] [--json]');
    const dir = tempDir();
    const file = join(dir, 'c.concord');
    await concord(['init', file, '--name', 'Frente Amplio', '--language', 'es']);
    const out = join(dir, 'draft.md');
    expect((await concord(['export', file, '--format', 'md', '--out', out, '--draft'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Constitución de Frente Amplio\n\n\*Borrador con marcas de estado, a \d+ de [a-z]+ de \d{4}\*/);
  });
});
