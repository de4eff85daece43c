/** `concord init`, `org add|set|remove` and `info`: their output, their --json contract, their errors; the command list loading only what runs. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreCommands } from '../../cli/commands/index.ts';
import { EXPORT_FORMATS } from '../../src/export/index.ts';
import { serverCommands } from '../../server/commands.ts';
import { concord, tempDir } from './cli-helpers.ts';

describe('concord CLI', () => {
  it('creates a workspace, adds organizations and shows them', async () => {
    const file = join(tempDir(), 'coalition.concord');
    expect((await concord(['init', file, '--name', 'Frente Amplio'])).code).toBe(0);
    expect((await concord(['org', 'add', file, '--name', 'Partido Socialismo y Liberación', '--short', 'PSL', '--delegate', 'Ana'])).code).toBe(0);
    expect((await concord(['org', 'add', file, '--name', 'Союз', '--short', 'SOYUZ', '--colour', '#aa0000'])).code).toBe(0);

    const text = await concord(['info', file]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Coalition: Frente Amplio');
    expect(text.out).toContain('PSL        Partido Socialismo y Liberación — delegate: Ana');

    const json = await concord(['info', file, '--json']);
    const info: unknown = JSON.parse(json.out);
    expect(info).toMatchObject({
      coalition: { name: 'Frente Amplio', format: 1 },
      organizations: [
        { short: 'PSL', name: 'Partido Socialismo y Liberación', delegate: 'Ana' },
        { short: 'SOYUZ', name: 'Союз', colour: '#aa0000' },
      ],
      constitution: [{ type: 'preamble', label: '', text: '' }],
    });
    expect(JSON.stringify(info)).toMatch(/"id":"w_[0-9a-z]{16}"/);
  });

  it('changes and removes organizations', async () => {
    const file = join(tempDir(), 'c.concord');
    await concord(['init', file, '--name', 'C']);
    await concord(['org', 'add', file, '--name', 'Workers', '--short', 'WRK']);
    expect((await concord(['org', 'set', file, 'WRK', '--delegate', 'Chen', '--json'])).out).toContain('"delegate": "Chen"');
    expect((await concord(['org', 'remove', file, 'wrk'])).out).toBe('Removed Workers (WRK).\n');
    expect(JSON.parse((await concord(['info', file, '--json'])).out).organizations).toEqual([]);
  });

  it('refuses bad input with a clear message, a non-zero exit and the file untouched', async () => {
    const dir = tempDir();
    const file = join(dir, 'c.concord');
    await concord(['init', file, '--name', 'C']);
    await concord(['org', 'add', file, '--name', 'Workers', '--short', 'WRK']);
    const before = readFileSync(file);

    const cases: Array<[string[], number, string]> = [
      [['org', 'add', file, '--name', 'Other', '--short', 'wrk'], 1, 'already used by Workers'],
      [['org', 'add', file, '--name', 'Other'], 2, '--short is required'],
      [['org', 'add', file, '--name', 'Other', '--short', 'OK', '--colour', 'blue'], 1, 'colour "blue" is not valid'],
      [['org', 'set', file, 'NOPE', '--name', 'x'], 1, 'no member organization "NOPE"'],
      [['org', 'set', file, 'WRK'], 2, 'Nothing to change'],
      [['init', file, '--name', 'Again'], 1, 'already exists'],
      [['info', join(dir, 'missing.concord')], 1, 'no such file'],
      [['info', file, '--bogus'], 2, "Unknown option '--bogus'"],
      [['frobnicate'], 2, 'unknown command'],
    ];
    for (const [argv, code, message] of cases) {
      const result = await concord(argv);
      expect(result.code, argv.join(' ')).toBe(code);
      expect(result.err, argv.join(' ')).toContain(message);
    }
    expect(readFileSync(file)).toEqual(before);

    writeFileSync(join(dir, 'bad.concord'), before.subarray(0, 30));
    const truncated = await concord(['org', 'add', join(dir, 'bad.concord'), '--name', 'X', '--short', 'X']);
    expect(truncated.code).toBe(1);
    expect(truncated.err).toContain('truncated');
    expect(readFileSync(join(dir, 'bad.concord'))).toEqual(before.subarray(0, 30));
  });

  it('lists its commands', async () => {
    const help = await concord(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['concord init FILE --name NAME', 'concord org add FILE', 'concord info FILE [--json]']) expect(help.out).toContain(command);
    const one = await concord(['org', 'add', '--help']);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/^concord org add FILE --name NAME --short SHORT/);
  });

  it('lists and explains its commands without loading any of them, and loads only the one it runs', async () => {
    const loaded: string[] = [];
    const watched = [...coreCommands, ...serverCommands].map((command) => ({ ...command, load: () => (loaded.push(command.name), command.load()) }));
    expect((await concord(['--help'], watched)).out).toContain('concord serve --data DIR');
    expect((await concord(['import', '--help'], watched)).code).toBe(0);
    expect((await concord(['nonsense'], watched)).code).toBe(2);
    expect(loaded).toEqual([]);
    const file = join(tempDir(), 'c.concord');
    expect((await concord(['init', file, '--name', 'C'], watched)).code).toBe(0);
    expect(loaded).toEqual(['init']);
  });

  it("export's usage names every format the exporter takes", () => {
    const usage = coreCommands.find((command) => command.name === 'export')?.usage ?? '';
    expect(usage).toContain(`--format ${EXPORT_FORMATS.join('|')} `);
  });
});
