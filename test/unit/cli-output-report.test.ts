/**
 * What the report commands print (info, tally, verify, provenance, coverage, compare, chapters, roster bind)
 * speaks the shell's language: Spanish lines under LANG=es_ES.UTF-8, the English ones unchanged under LANG=C,
 * and --json the same under both. The workspace is set up in-process; the reports run the real bin/concord.mjs.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/catalog-text.ts';
import { cli as englishCli } from '../../src/i18n/catalogs/en/cli.ts';
import { cli as spanishCli } from '../../src/i18n/catalogs/es/cli.ts';
import { compare as spanishCompare } from '../../src/i18n/catalogs/es/compare.ts';
import { concord, POSIX, runProgram as run, SPANISH, tempDir } from './cli-helpers.ts';

const root = join(import.meta.dirname, '..', '..');
const en = englishCli.report;
const es = spanishCli.report;

async function ok(argv: string[]): Promise<string> {
  const result = await concord(argv);
  expect(result.code, `${argv.join(' ')}\n${result.err}`).toBe(0);
  return result.out;
}

/** A string field of a command's --json answer ("" when it has none). */
function field(json: string, name: string): string {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null || !(name in parsed)) return '';
  const value: unknown = Object.entries(parsed).find(([key]) => key === name)?.[1];
  return typeof value === 'string' ? value : '';
}

const COALITION = 'Frente Amplio';
let dir: string;
let file: string;
let unbound: string;
let housing: string;
const HOUSING = 'Housing is a right for every person.';

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: root });
  dir = tempDir();
  file = join(dir, 'frente.concord');
  await ok(['init', file, '--name', COALITION]);
  await ok(['org', 'add', file, '--name', 'Partido Socialismo y Liberación', '--short', 'PSL', '--delegate', 'Ana Pérez']);
  await ok(['org', 'add', file, '--name', 'Movimiento al Socialismo', '--short', 'MAS']);
  writeFileSync(join(dir, 'psl.md'), `# Principles\n\n1. Any organization that accepts these principles may join.\n2. ${HOUSING}\n`);
  writeFileSync(join(dir, 'mas.md'), '# Principios\n\n1. Any organization accepting these principles can join.\n');
  await ok(['import', file, '--org', 'PSL', join(dir, 'psl.md')]);
  await ok(['import', file, '--org', 'MAS', join(dir, 'mas.md')]);
  const info: { sources: { principles: { id: string; text: string }[] }[] } = JSON.parse(await ok(['info', file, '--json']));
  const principles = info.sources.flatMap((source) => source.principles);
  const first = principles.find((p) => p.text.startsWith('Any organization that accepts'))?.id ?? '';
  housing = principles.find((p) => p.text === HOUSING)?.id ?? '';
  const clause = field(await ok(['adopt', file, '--principle', first, '--org', 'PSL', '--json']), 'clause');
  writeFileSync(join(dir, 'psl.csv'), 'Local name,City,State,Country,Headquarters\nPSL NY,New York,NY,USA,yes\n');
  await ok(['chapters', 'import', file, '--org', 'PSL', join(dir, 'psl.csv')]);
  for (const org of ['psl', 'mas']) await ok(['key', 'new', '--out', join(dir, `${org}.key`)]);
  unbound = join(dir, 'unbound.concord');
  copyFileSync(file, unbound);
  await ok(['roster', 'bind', file, '--org', 'PSL', '--key', join(dir, 'psl.key')]);
  await ok(['roster', 'bind', file, '--org', 'MAS', '--key', join(dir, 'mas.key')]);
  const motion = field(await ok(['motion', file, '--kind', 'clause', '--target', clause, '--key', join(dir, 'psl.key'), '--json']), 'id');
  await ok(['vote', file, '--motion', motion, '--choice', 'abstain', '--key', join(dir, 'mas.key')]);
}, 120_000);

describe('the report commands in the shell’s language', () => {
  it('tally: Spanish headings, statuses, choices and explanations under LANG=es_ES.UTF-8; English under LANG=C', () => {
    const spanish = run(SPANISH, 'tally', file);
    expect(spanish.status).toBe(0);
    const lines = spanish.stdout.split('\n');
    expect(lines[0]).toBe(fill(es.tally.coalition, { name: COALITION }));
    expect(lines).toContain(es.tally.noChair);
    expect(lines).toContain(es.tally.roster);
    expect(lines).toContain(fill(es.tally.motions, { count: 1 }));
    const motionLine = lines.find((line) => line.startsWith('  ['));
    expect(motionLine).toMatch(new RegExp(`^  \\[${es.tally.status.open}\\] ${es.tally.kind.clause}: `));
    const vote = lines.find((line) => line.startsWith('    MAS'));
    expect(vote).toContain(es.tally.choice.abstain);
    expect(vote?.endsWith(es.tally.counted)).toBe(true);
    // The explanation comes from the core in Spanish: the English tally's words are nowhere.
    const english = run(POSIX, 'tally', file);
    expect(english.stdout).toContain(`\nRoster:\n`);
    expect(english.stdout).toMatch(/\n {2}\[open\] clause: .*\n[\s\S]*Open\. /);
    expect(english.stdout).toContain(`${en.tally.noChair}\n`);
    expect(spanish.stdout).not.toContain('Open. ');
    expect(spanish.stdout).not.toContain('Progress:');
    expect(lines.some((line) => line.startsWith('Progreso: '))).toBe(true);
  });

  it('prints its English under LANG=C exactly as it prints for an English reader in-process', async () => {
    for (const args of [
      ['info', file],
      ['tally', file],
      ['verify', file],
      ['provenance', file],
      ['coverage', file],
      ['compare', file, '--orgs', 'PSL,MAS'],
      ['compare', file, '--orgs', 'PSL,MAS', '--by', 'topic'],
      ['chapters', file],
    ]) {
      const english = run(POSIX, ...args);
      const inProcess = await concord(args);
      expect([english.status, english.stdout], args.join(' ')).toEqual([inProcess.code, inProcess.out]);
      expect(run(SPANISH, ...args).stdout, args.join(' ')).not.toBe(english.stdout);
    }
  });

  it('info, coverage, compare, verify and chapters: their Spanish lines', () => {
    const info = run(SPANISH, 'info', file).stdout;
    expect(info).toContain(`${fill(es.info.coalition, { name: COALITION })}\n`);
    expect(info).toContain(`${fill(es.info.organizations, { count: 2 })}\n`);
    expect(info).toContain(`${fill(es.info.constitution, { count: 1 })}\n`);
    expect(run(POSIX, 'info', file).stdout).toContain(`Member organizations (2):\n`);

    const coverage = run(SPANISH, 'coverage', file).stdout;
    expect(coverage).toMatch(/^PSL +50% {2}1 de 2 principios usados \(tal cual: 1; reformulados: 0; fusionados: 0\)$/m);
    expect(coverage).toContain(`    ${fill(es.coverage.unused, { id: housing, text: HOUSING })}\n`);
    expect(run(POSIX, 'coverage', file).stdout).toMatch(/^PSL +50% {2}1 of 2 principles used \(as is 1, reworded 0, merged 0\)$/m);

    const compare = run(SPANISH, 'compare', file, '--orgs', 'PSL,MAS').stdout;
    expect(compare.split('\n')[0]).toMatch(/^Comparación de PSL, MAS con similitud /);
    expect(compare).toContain(fill(es.compare.unique, { short: 'MAS', count: 0 }));
    const byTopic = run(SPANISH, 'compare', file, '--orgs', 'PSL,MAS', '--by', 'topic').stdout;
    expect(byTopic.split('\n')[0]).toBe(fill(es.byTopic.comparing, { orgs: 'PSL, MAS' }));
    expect(byTopic).toContain(`\n${fill(es.byTopic.topic, { label: spanishCompare.topics.housing, count: 1, total: 2 })}\n`);

    const verify = run(SPANISH, 'verify', file);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: las \\d+ declaraciones firmadas son válidas`));

    const missing = join(dir, 'ninguno.json');
    expect(run(SPANISH, 'verify', missing)).toMatchObject({ status: 1, stderr: `concord verify: ${missing}: no existe ese archivo.\n` });
    expect(run(POSIX, 'verify', missing)).toMatchObject({ status: 1, stderr: `concord verify: ${missing}: no such file.\n` });

    const chapters = run(SPANISH, 'chapters', file).stdout;
    expect(chapters).toContain(fill(es.chapters.organization_one, { name: 'Partido Socialismo y Liberación', short: 'PSL', count: 1 }));
    expect(chapters).toContain(es.chapters.appendixOff);
    expect(run(POSIX, 'chapters', file).stdout).toContain('Partido Socialismo y Liberación (PSL): 1 chapter\n');
  });

  it('roster bind says what happened in Spanish, and the same in English under LANG=C', () => {
    const copy = join(dir, 'copy.concord');
    copyFileSync(unbound, copy);
    const spanish = run(SPANISH, 'roster', 'bind', unbound, '--org', 'PSL', '--key', join(dir, 'psl.key'));
    expect(spanish.status).toBe(0);
    expect(spanish.stdout).toMatch(/^PSL: la clave [0-9a-f ]+ fundó la coalición: .*; su delegado, según firmó la clave: Ana Pérez\.\n$/);
    const english = run(POSIX, 'roster', 'bind', copy, '--org', 'PSL', '--key', join(dir, 'psl.key'));
    expect(english.stdout).toMatch(/^PSL: key [0-9a-f ]+ founded the coalition: .*; its delegate, as the key signed: Ana Pérez\.\n$/);
    expect(run(SPANISH, 'roster', 'bind', unbound, '--org', 'PSL', '--key', join(dir, 'psl.key')).stdout).toMatch(/ya estaba en la lista de delegados/);
  });

  it('prints the same --json output under LANG=es_ES.UTF-8 as under LANG=C', () => {
    for (const args of [
      ['info', file, '--json'],
      ['tally', file, '--json'],
      ['verify', file, '--json'],
      ['provenance', file, '--json'],
      ['coverage', file, '--json'],
      ['compare', file, '--orgs', 'PSL,MAS', '--json'],
      ['compare', file, '--orgs', 'PSL,MAS', '--by', 'topic', '--json'],
      ['chapters', file, '--json'],
    ]) {
      const spanish = run(SPANISH, ...args);
      const english = run(POSIX, ...args);
      expect([spanish.status, spanish.stdout, spanish.stderr], args.join(' ')).toEqual([english.status, english.stdout, english.stderr]);
      expect(spanish.stdout, args.join(' ')).not.toBe('');
    }
  });
});
