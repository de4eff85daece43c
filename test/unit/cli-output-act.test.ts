/**
 * What the writing commands print follows the shell's language: the real `concord` program run under
 * LANG=es_ES.UTF-8 says it in Spanish (the tally's result words and the rules' words included), under LANG=C
 * in the same English as ever, and prints the same --json under both. (Printing a PDF runs in-process, read
 * as Spanish the way LANG=es makes it: cli/node-io.ts.)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeWorkspaceFile } from '../../src/file/format.ts';
import { adjournMeeting, answerRollCall, conveneMeeting } from '../../src/ratify/actions.ts';
import { coreCommands } from '../../cli/commands/index.ts';
import { concord, POSIX, runProgram as run, SPANISH, tempDir, type CliResult, type ProgramRun as Run } from './cli-helpers.ts';
import { at, coalition } from './ratify-helpers.ts';

const root = join(import.meta.dirname, '..', '..');

/** Run the same command line under both languages: each must succeed. */
function both(...args: string[]): { spanish: Run; english: Run } {
  const spanish = run(SPANISH, ...args);
  const english = run(POSIX, ...args);
  expect([spanish.status, spanish.stderr], args.join(' ')).toEqual([0, '']);
  expect([english.status, english.stderr], args.join(' ')).toEqual([0, '']);
  return { spanish, english };
}

/** Both languages print the same --json, and it is data. */
function sameJson(...args: string[]): unknown {
  const { spanish, english } = both(...args, '--json');
  expect(spanish.stdout).toBe(english.stdout);
  return JSON.parse(english.stdout);
}

async function ok(argv: string[]): Promise<CliResult> {
  const result = await concord(argv);
  expect(result.code, `${argv.join(' ')}\n${result.err}`).toBe(0);
  return result;
}

const ORGS = ['PSL', 'UTS', 'DEA'];

let dir: string;
let file: string;
let clauses: string[];
const keyFile = (short: string): string => join(dir, `${short}.key`);

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: root });
  dir = tempDir();
  file = join(dir, 'frente.concord');
  await ok(['init', file, '--name', 'Frente Amplio']);
  for (const short of ORGS) await ok(['org', 'add', file, '--name', `Organización ${short}`, '--short', short]);
  writeFileSync(join(dir, 'principios.md'), '# Principios\n\n1. Toda organización puede unirse.\n2. Cada organización envía un delegado.\n');
  await ok(['import', file, '--org', 'PSL', join(dir, 'principios.md')]);
  const info: { sources: { principles: { id: string }[] }[] } = JSON.parse((await ok(['info', file, '--json'])).out);
  clauses = [];
  for (const principle of info.sources[0]?.principles ?? []) {
    const adopted: { clause: string } = JSON.parse((await ok(['adopt', file, '--principle', principle.id, '--json'])).out);
    clauses.push(adopted.clause);
  }
  for (const short of ORGS) await ok(['key', 'new', '--out', keyFile(short), '--json']);
}, 120_000);

describe('what the writing commands print, in the shell’s language', () => {
  it('init, settings and key new', () => {
    const made = (locale: Record<string, string>, name: string): Run => run(locale, 'init', join(dir, `${name}.concord`), '--name', 'Frente "Sur"');
    expect(made(SPANISH, 'es').stdout).toMatch(/^Se creó .*es\.concord: coalición «Frente "Sur"» \(espacio de trabajo w_\w+\)\.\n$/);
    expect(made(POSIX, 'en').stdout).toMatch(/^Created .*en\.concord: coalition "Frente "Sur"" \(workspace w_\w+\)\.\n$/);

    const settings = both('settings', file);
    expect(settings.spanish.stdout).toBe('Idioma de las exportaciones: English (en).\n');
    expect(settings.english.stdout).toBe('Exports are written in English (en).\n');
    expect(sameJson('settings', file)).toEqual({ language: 'en' });

    const spanishKey = run(SPANISH, 'key', 'new', '--out', join(dir, 'es.key'));
    expect(spanishKey.stdout).toMatch(
      /^Se escribió una nueva clave de delegado en .*es\.key\.\nHuella: [0-9a-f]{4}( [0-9a-f]{4}){3}\nLea la huella .* Guarde el archivo en secreto/,
    );
    const englishKey = run(POSIX, 'key', 'new', '--out', join(dir, 'en.key'));
    expect(englishKey.stdout).toMatch(
      /^Wrote a new delegate key to .*en\.key\.\nFingerprint: [0-9a-f ]{19}\nRead the fingerprint to the other delegates so they can check it on the roster\. Keep the file secret: whoever has it speaks for your organization\.\n$/,
    );
  });

  it('rules: the rules’ words in the reader’s language, the --json words in English', () => {
    const { spanish, english } = both('rules', file);
    expect(spanish.stdout).toMatch(
      /^Cómo se deciden las mociones:\n {2}clause {8}la mayoría de los votos emitidos, quórum del 50 % de los miembros; las abstenciones no son votos emitidos\n/,
    );
    expect(spanish.stdout).toContain('Una organización, un voto.\nSeriatim: no.\n');
    expect(spanish.stdout).toContain('Lugar de adopción: sin definir (concord rules --place).');
    expect(spanish.stdout).not.toContain('majority');
    expect(english.stdout).toMatch(/^Motions are decided by:\n {2}clause {8}a majority of votes cast, quorum 50% of members; abstentions are not votes cast\n/);
    expect(english.stdout).toContain('One organization, one vote.\nSeriatim: off.\nA vote stays open ');
    expect(english.stdout).toContain('Place of adoption: not set (concord rules --place).\n');
    const rules = sameJson('rules', file);
    expect(rules).toMatchObject({ rules: { clause: { words: 'a majority of votes cast, quorum 50% of members' } } });
  });

  it('adopt, repair and export', async () => {
    const copy = (name: string): string => {
      const path = join(dir, name);
      copyFileSync(file, path);
      return path;
    };
    const info: { sources: { principles: { id: string }[] }[] } = JSON.parse((await ok(['info', file, '--json'])).out);
    const principle = info.sources[0]?.principles[0]?.id ?? '';
    expect(run(SPANISH, 'adopt', copy('adopt-es.concord'), '--principle', principle).stdout).toMatch(new RegExp(`^Se adoptó ${principle} como cláusula \\w+\\.\\n$`));
    expect(run(POSIX, 'adopt', copy('adopt-en.concord'), '--principle', principle).stdout).toMatch(new RegExp(`^Adopted ${principle} as clause \\w+\\.\\n$`));

    const repaired = both('repair', file);
    expect(repaired.spanish.stdout).toBe(`${file} no tiene partes dañadas; no se cambió nada.\n`);
    expect(repaired.english.stdout).toBe(`${file} has no damaged parts; nothing was changed.\n`);
    expect(sameJson('repair', file)).toMatchObject({ changed: false });

    const out = join(dir, 'borrador.md');
    const exported = both('export', file, '--format', 'md', '--draft', '--provenance', '--out', out);
    expect(exported.spanish.stdout).toBe(`Se escribió ${out} (md, borrador completo con marcas de estado y notas de procedencia).\n`);
    expect(exported.english.stdout).toBe(`Wrote ${out} (md, full draft with status marks, with provenance notes).\n`);
    expect(sameJson('export', file, '--format', 'md', '--draft', '--out', out)).toMatchObject({ format: 'md', mode: 'draft' });
  });

  it('export: the steps of printing a PDF, on stderr', async () => {
    const out = join(dir, 'borrador.pdf');
    const spanish = await concord(['export', file, '--format', 'pdf', '--out', out, '--draft'], coreCommands, 'es');
    expect(spanish).toEqual({
      code: 0,
      out: `Se escribió ${out} (pdf, borrador completo con marcas de estado).\n`,
      err: 'Maquetando las páginas…\nImprimiendo…\nBuscando la página de cada encabezado…\nImprimiendo con los números de página en el índice…\n',
    });
  }, 60_000);

  it('import: each file’s line, a failed file’s error and the count', () => {
    const fresh = (name: string): string => {
      const path = join(dir, name);
      expect(run(POSIX, 'init', path, '--name', 'Frente').status).toBe(0);
      expect(run(POSIX, 'org', 'add', path, '--name', 'Partido', '--short', 'PSL').status).toBe(0);
      return path;
    };
    const missing = join(dir, 'falta.md');
    const document = join(dir, 'principios.md');
    const spanish = run(SPANISH, 'import', fresh('import-es.concord'), '--org', 'PSL', document, missing);
    expect(spanish.status).toBe(1);
    expect(spanish.stdout).toMatch(/→ «Principios» \[s_\w+\], principios: 2\nArchivos importados para Partido en .*import-es\.concord: 1 de 2\.\n$/);
    expect(spanish.stderr).toBe(`${missing}: ${missing}: no existe ese archivo.\n`);
    const english = run(POSIX, 'import', fresh('import-en.concord'), '--org', 'PSL', document, missing);
    expect(english.stdout).toMatch(/: 2 principles → "Principios" \[s_\w+\]\nImported 1 of 2 files for Partido into .*import-en\.concord\.\n$/);
    expect(english.stderr).toBe(`${missing}: ${missing}: no such file.\n`);
  });

  it('motion and close: opened, and the result in words, the amendment’s wording applied', async () => {
    for (const short of ORGS) await ok(['roster', 'bind', file, '--org', short, '--key', keyFile(short)]);
    const opened = run(SPANISH, 'motion', file, '--kind', 'clause', '--target', clauses[0] ?? '', '--key', keyFile('UTS'));
    expect([opened.status, opened.stderr]).toEqual([0, '']);
    const [clause = '', said = ''] = opened.stdout.split('\n');
    expect(clause).toMatch(/^[0-9a-f]{64}$/);
    expect(said).toMatch(/^Abierta; la votación se cierra el \d{4}-\d\d-\d\dT[\d:.]+Z salvo que se cierre antes\.$/);
    for (const short of ORGS) await ok(['vote', file, '--motion', clause, '--choice', 'yes', '--key', keyFile(short)]);
    await ok(['close', file, '--motion', clause, '--key', keyFile('UTS')]);
    // The clause is ratified: PSL moves to amend it, and every member agrees.
    const amend = ['motion', file, '--kind', 'amend', '--target', clauses[0] ?? '', '--text', 'Toda organización que acepte estos principios puede unirse.'];
    const english = await ok([...amend, '--key', keyFile('PSL')]);
    expect(english.out).toMatch(/^[0-9a-f]{64}\nOpened; voting closes at \d{4}-\d\d-\d\dT[\d:.]+Z unless closed earlier\.\n$/);
    const id = english.out.slice(0, 64);
    for (const short of ORGS) await ok(['vote', file, '--motion', id, '--choice', 'yes', '--key', keyFile(short)]);

    // Each language closes its own copy of the same workspace.
    const closeIn = (locale: Record<string, string>, name: string, ...json: string[]): Run => {
      const path = join(dir, name);
      copyFileSync(file, path);
      return run(locale, 'close', path, '--motion', id, '--key', keyFile('PSL'), ...json);
    };
    // The result's words are the core's (src/ratify/rules.ts), in Spanish.
    expect(closeIn(SPANISH, 'close-es.concord').stdout).toMatch(
      /^Cerrada \[passed\]: Aprobada: 3 de 3 .*; se requieren dos tercios de los miembros \(2\)\.\nLa redacción de la enmienda aprobada ya figura en el texto\.\n$/,
    );
    expect(closeIn(POSIX, 'close-en.concord').stdout).toBe(
      'Closed [passed]: Passed: 3 of 3 member votes said yes (3 yes, 0 no, 0 abstentions); two-thirds of members (2) required.\n' +
        'The wording of the passed amendment is now in the text.\n',
    );
    const data = (result: Run): unknown => ({ ...JSON.parse(result.stdout), closedAt: 'when' });
    const spanishJson = data(closeIn(SPANISH, 'close-es-json.concord', '--json'));
    expect(spanishJson).toEqual(data(closeIn(POSIX, 'close-en-json.concord', '--json')));
    expect(spanishJson).toMatchObject({ status: 'passed', explanation: expect.stringMatching(/^Passed: /), amendmentsApplied: 1 });
  });

  it('meetings, when none has been convened', () => {
    const { spanish, english } = both('meetings', file);
    expect(spanish.stdout).toBe('Todavía no se ha convocado ninguna sesión.\n');
    expect(english.stdout).toBe('No meeting has been convened yet.\n');
    expect(sameJson('meetings', file)).toEqual({ meetings: [] });
  });

  it('meetings and minutes of a convened meeting', async () => {
    const { doc, keys } = await coalition(3);
    const [chair, second] = keys;
    if (!chair || !second) throw new Error('no keys');
    const meeting = await conveneMeeting(doc, chair, { date: at(10), schedule: 'monthly', link: 'https://meet.example.org/frente' }, at(5));
    await answerRollCall(doc, chair, meeting, at(10));
    await answerRollCall(doc, second, meeting, at(11));
    await adjournMeeting(doc, chair, meeting, '', at(30));
    const path = join(dir, 'sesion.concord');
    writeFileSync(path, encodeWorkspaceFile(doc));

    const { spanish, english } = both('meetings', path);
    expect(spanish.stdout).toBe(
      `Sesiones (1):\n2026-12-01 10:10 UTC  presidencia O1  acta: borrador\n    identificador ${meeting}\n` +
        '    presentes (2): O1, O2\n    levantada el 2026-12-01 10:30 UTC  videollamada https://meet.example.org/frente\n',
    );
    expect(english.stdout).toBe(
      `Meetings (1):\n2026-12-01 10:10 UTC  chair O1  minutes: draft\n    id ${meeting}\n` +
        '    present (2): O1, O2\n    adjourned 2026-12-01 10:30 UTC  video call https://meet.example.org/frente\n',
    );
    expect(sameJson('meetings', path)).toMatchObject({ meetings: [{ id: meeting, present: ['O1', 'O2'], minutes: 'draft' }] });

    const out = join(dir, 'acta.md');
    const minutes = both('minutes', path, '--meeting', 'latest', '--format', 'md', '--out', out);
    expect(minutes.spanish.stdout).toBe(`Se escribió ${out} (md, acta de la sesión del 2026-12-01 10:10 UTC: borrador).\n`);
    expect(minutes.english.stdout).toBe(`Wrote ${out} (md, minutes of the meeting of 2026-12-01 10:10 UTC: draft).\n`);
    // The file's size is left out: the minutes' dates follow the machine's locale (src/local-dates.ts), not the CLI's words.
    const json = both('minutes', path, '--meeting', 'latest', '--format', 'md', '--out', out, '--json');
    const data = (result: Run): unknown => ({ ...JSON.parse(result.stdout), bytes: 'some' });
    expect(data(json.spanish)).toEqual(data(json.english));
    expect(data(json.english)).toEqual({ meeting, format: 'md', out, status: 'draft', bytes: 'some' });
  });

  it('invite and serve --help: the server’s commands', () => {
    const data = tempDir();
    const invitations = both('invite', '--data', data, '--list');
    expect(invitations.spanish.stdout).toBe('Todavía no hay invitaciones.\n');
    expect(invitations.english.stdout).toBe('No invitations yet.\n');
    const made = run(SPANISH, 'invite', '--data', data, '--workspace', 'w_sur', '--org', 'PSL', '--role', 'chair', '--server', 'ws://10.0.0.5:4321');
    expect(made.stdout).toMatch(
      /^Invitación i_\w+: PSL como presidente en el espacio de trabajo w_sur\nToken \(solo se muestra ahora\): \S+\nEnlace para unirse: concord:\/\/join\?\S+\nEnlace web: http:\/\/10\.0\.0\.5:4321\/join#\S+\n$/,
    );
    const listed = both('invite', '--data', data, '--list');
    expect(listed.spanish.stdout).toMatch(/^i_\w+ {2}w_sur {2}PSL como presidente {2}\(creada el \d{4}-[\d-]+T[\d:.]+Z\)\n$/);
    expect(listed.english.stdout).toMatch(/^i_\w+ {2}w_sur {2}PSL as chair {2}\(created \d{4}-[\d-]+T[\d:.]+Z\)\n$/);
    expect(sameJson('invite', '--data', data, '--list')).toHaveLength(1);

    const help = both('serve', '--help');
    expect(help.spanish.stdout).toContain('\n  --host es 127.0.0.1 por omisión (solo este equipo); --host 0.0.0.0 sirve a la red local.\n');
    expect(help.english.stdout).toMatch(
      /^concord serve --data DIR \[--port N\] \[--host H\] \[--public-url ws:\/\/host:port\] \[--limits FILE\.json\] \[--app DIR\]\n {2}--host defaults to 127\.0\.0\.1 \(this computer only\); --host 0\.0\.0\.0 serves the local network\.\n {2}The built web app \(out\/renderer, or --app DIR\) is served at the same address, so invitation web links open it\.\n {2}run the sync server/,
    );
  });
});
