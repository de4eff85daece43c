/** `concord chapters import` and `concord chapters`: their output and --json contract, a refused file left byte-identical, and `concord motion --kind combine`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { concord, runProgram, SPANISH, tempDir } from './cli-helpers.ts';

async function setUp(): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const file = join(dir, 'coalition.concord');
  await concord(['init', file, '--name', 'Coalition of the Left']);
  await concord(['org', 'add', file, '--name', 'Socialist Workers Party', '--short', 'SWP']);
  await concord(['org', 'add', file, '--name', 'Democracy for America', '--short', 'DFA']);
  writeFileSync(join(dir, 'swp.csv'), 'Local name,City,State,Country,Headquarters\nSWP New York,New York,NY,USA,yes\nSWP Dallas,Dallas,TX,USA,\n');
  writeFileSync(
    join(dir, 'dfa.csv'),
    'Local name,City,State,Country,Headquarters\nDFA Burlington,Burlington,VT,USA,yes\nDFA New York City,New York,New York,United States,\nDFA Dallas,Dallas,Texas,US,\n',
  );
  return { dir, file };
}

describe('concord chapters', () => {
  it('imports each organization’s chapters and lists where members overlap', async () => {
    const { dir, file } = await setUp();
    const swp = await concord(['chapters', 'import', file, '--org', 'SWP', join(dir, 'swp.csv')]);
    expect(swp).toMatchObject({ code: 0, out: 'Imported 2 chapters of Socialist Workers Party (SWP).\n' });
    const dfa = await concord(['chapters', 'import', file, '--org', 'dfa', join(dir, 'dfa.csv'), '--json']);
    expect(JSON.parse(dfa.out)).toMatchObject({
      imported: 3,
      organization: 'DFA',
      chapters: [{ localName: 'DFA Burlington', coalitionName: 'Coalition of the Left — Burlington', headquarters: true }, {}, {}],
    });

    const text = await concord(['chapters', file]);
    expect(text.out).toContain('Socialist Workers Party (SWP): 2 chapters');
    expect(text.out).toContain('  SWP New York (headquarters) — New York, NY, USA — as Coalition of the Left — New York');
    expect(text.out).toContain('Where members overlap:\n  Dallas, Texas, United States: DFA, SWP (2 chapters)\n  New York, New York, United States: DFA, SWP (2 chapters)');
    const json = JSON.parse((await concord(['chapters', file, '--json'])).out);
    expect(json.overlap.cities).toEqual([
      { place: 'Dallas', region: 'Texas', country: 'United States', organizations: ['DFA', 'SWP'], chapters: 2 },
      { place: 'New York', region: 'New York', country: 'United States', organizations: ['DFA', 'SWP'], chapters: 2 },
    ]);
    expect(json.organizations.map((o: { short: string; chapters: unknown[] }) => [o.short, o.chapters.length])).toEqual([
      ['DFA', 3],
      ['SWP', 2],
    ]);
    expect(json.appendix).toBe(false);

    // The coalition chooses to print them: the exported Markdown has the appendix.
    expect((await concord(['chapters', file, '--appendix', 'maybe'])).code).toBe(2);
    expect((await concord(['chapters', file, '--appendix', 'on'])).out).toContain('Exports include the appendix "Member organizations and their chapters"');
    const out = join(dir, 'draft.md');
    expect((await concord(['export', file, '--format', 'md', '--draft', '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(
      '## Member organizations and their chapters\n\n### Democracy for America (DFA)\n\n- DFA New York City — New York, New York, United States',
    );
  });

  it('refuses a bad file with every problem by line, exit 1 and the workspace file byte-identical', async () => {
    const { dir, file } = await setUp();
    writeFileSync(join(dir, 'bad.csv'), 'Local name,City,State,Country\nGood,Austin,TX,USA\nNo city,,TX,USA\nGood too,Boston,MA,USA\n,Chicago,IL,USA\n');
    const before = readFileSync(file);
    const result = await concord(['chapters', 'import', file, '--org', 'SWP', join(dir, 'bad.csv')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('bad.csv: no chapter was imported, because of these 2 problems:\n  line 3: the city is missing.\n  line 5: the local name is missing.');
    const json = await concord(['chapters', 'import', file, '--org', 'SWP', join(dir, 'bad.csv'), '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toEqual({
      imported: 0,
      problems: [
        { line: 3, message: 'the city is missing.' },
        { line: 5, message: 'the local name is missing.' },
      ],
    });
    expect((await concord(['chapters', 'import', file, '--org', 'NOPE', join(dir, 'bad.csv')])).err).toContain('no member organization "NOPE"');
    expect((await concord(['chapters', 'import', file, join(dir, 'bad.csv')])).code).toBe(2);
    expect(readFileSync(file)).toEqual(before);
  });

  it('puts combining the New York chapters to the parliament', async () => {
    const { dir, file } = await setUp();
    await concord(['chapters', 'import', file, '--org', 'SWP', join(dir, 'swp.csv')]);
    await concord(['chapters', 'import', file, '--org', 'DFA', join(dir, 'dfa.csv')]);
    expect((await concord(['rules', file, '--kind', 'combine', '--threshold', 'two-thirds', '--base', 'members'])).code).toBe(0);
    for (const org of ['swp', 'dfa']) {
      await concord(['key', 'new', '--out', join(dir, `${org}.key`)]);
      expect((await concord(['roster', 'bind', file, '--org', org, '--key', join(dir, `${org}.key`)])).code).toBe(0);
    }
    expect((await concord(['motion', file, '--kind', 'combine', '--city', 'Boston', '--key', join(dir, 'swp.key')])).err).toContain(
      'No two member organizations have chapters in "Boston"',
    );
    // Its rule is the coalition's, changed from the default like any other kind's (here before the founding).
    expect(JSON.parse((await concord(['rules', file, '--json'])).out).rules.combine).toMatchObject({ base: 'members', threshold: 'two-thirds' });
    const opened = await concord(['motion', file, '--kind', 'combine', '--city', 'new york', '--key', join(dir, 'swp.key'), '--json']);
    expect(opened.code).toBe(0);
    const { id } = JSON.parse(opened.out);
    for (const org of ['swp', 'dfa']) expect((await concord(['vote', file, '--motion', id, '--choice', 'yes', '--key', join(dir, `${org}.key`)])).code).toBe(0);
    expect((await concord(['close', file, '--motion', id, '--key', join(dir, 'swp.key')])).code).toBe(0);
    const tally = await concord(['tally', file]);
    expect(tally.out).toMatch(
      /\[passed\] combine: Combine the chapters in New York \((SWP: SWP New York; DFA: DFA New York City|DFA: DFA New York City; SWP: SWP New York)\) as Coalition of the Left — New York/,
    );
    // In a Spanish shell the motion is named in Spanish; --json keeps its English.
    expect(runProgram(SPANISH, 'tally', file).stdout).toMatch(
      /\[aprobada\] combinación de filiales: Combinar las filiales de New York \((SWP: SWP New York; DFA: DFA New York City|DFA: DFA New York City; SWP: SWP New York)\) como Coalition of the Left — New York/,
    );
    expect(runProgram(SPANISH, 'tally', file, '--json').stdout).toBe((await concord(['tally', file, '--json'])).out);
    const listed = (await concord(['chapters', file])).out;
    expect(listed).toContain('Combined by the parliament:\n  Coalition of the Left — New York (New York, New York, United States): ');
    expect(listed).toMatch(/SWP New York \(SWP\)/);
    expect(listed).toMatch(/DFA New York City \(DFA\)/);
  });
});
