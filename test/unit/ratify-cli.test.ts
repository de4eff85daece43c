/**
 * The parliament from the command line, the whole way: a coalition set up with `concord init` and
 * `org add`, its text imported and adopted, four delegates each making a key (`key new`) and putting it
 * on the roster (`roster bind`, the first founding the coalition), then motions of every governing kind
 * (clause, chair, admit, replace-key, remove, rules, amend, the whole text), votes and a changed vote,
 * closings by the chair, once every member has voted and past the deadline, a hand-over, a withdrawal,
 * and the audit (`tally`, `verify`, the signed record and `verify RECORD.json`); last, the real
 * `bin/concord.mjs` runs the new commands. Every result is checked in words, every exit code, and every refused command leaves the
 * workspace byte for byte as it was.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { concord, tempDir, type CliResult } from './cli-helpers.ts';

const ORGS = [
  { short: 'PSL', name: 'Partido Socialismo y Liberación' },
  { short: 'UTS', name: 'Union des Travailleuses Sénégalaises' },
  { short: 'DEA', name: 'Δημοκρατική Αριστερά' },
  { short: 'MAS', name: 'Movimiento al Socialismo' },
];

const PRINCIPLES = [
  '# Principles',
  '',
  '1. Any organization that accepts these principles may join.',
  '2. Each member organization sends one delegate.',
  '3. Decisions are taken by the parliament of delegates.',
  '',
].join('\n');

let dir: string;
let file: string;
let clauses: string[];

const keyFile = (name: string): string => join(dir, `${name}.key`);

async function ok(argv: string[]): Promise<CliResult> {
  const result = await concord(argv);
  expect(result.code, `${argv.join(' ')}\n${result.err}`).toBe(0);
  return result;
}

/** Run a command that must be refused with `code` and `message`, and check it left `path` byte-identical. */
async function refused(argv: string[], code: 1 | 2, message: RegExp, path: string = file): Promise<CliResult> {
  const before = readFileSync(path);
  const result = await concord(argv);
  expect(result.code, `${argv.join(' ')}\n${result.out}${result.err}`).toBe(code);
  expect(result.err).toMatch(message);
  expect(readFileSync(path).equals(before), `${argv.join(' ')} changed ${path}`).toBe(true);
  return result;
}

async function motion(kind: string, key: string, ...rest: string[]): Promise<string> {
  const result = await ok(['motion', file, '--kind', kind, ...rest, '--key', keyFile(key), '--json']);
  const parsed: unknown = JSON.parse(result.out);
  expect(parsed).toEqual({ id: expect.stringMatching(/^[0-9a-f]{64}$/) });
  return typeof parsed === 'object' && parsed !== null && 'id' in parsed && typeof parsed.id === 'string' ? parsed.id : '';
}

async function votes(id: string, choices: Record<string, string>): Promise<void> {
  for (const [key, choice] of Object.entries(choices)) await ok(['vote', file, '--motion', id, '--choice', choice, '--key', keyFile(key)]);
}

async function closed(id: string, key: string): Promise<string> {
  return (await ok(['close', file, '--motion', id, '--key', keyFile(key)])).out;
}

interface TallyJson {
  chair: { short: string } | null;
  roster: { short: string; fingerprint: string }[];
  organizations: { short: string; name: string; status: string }[];
  motions: { id: string; status: string; explanation: string; votes: { short: string; choice: string; standing: string }[] }[];
  problems: unknown[];
}

async function tallyJson(): Promise<TallyJson> {
  const parsed: TallyJson = JSON.parse((await ok(['tally', file, '--json'])).out);
  return parsed;
}

async function motionIn(id: string): Promise<TallyJson['motions'][number] | undefined> {
  return (await tallyJson()).motions.find((m) => m.id === id);
}

beforeAll(async () => {
  dir = tempDir();
  file = join(dir, 'coalition.concord');
  await ok(['init', file, '--name', 'Coalition of the Left']);
  for (const org of ORGS) await ok(['org', 'add', file, '--name', org.name, '--short', org.short]);
  writeFileSync(join(dir, 'principles.md'), PRINCIPLES);
  await ok(['import', file, '--org', 'PSL', join(dir, 'principles.md')]);
  const info: { sources: { principles: { id: string }[] }[] } = JSON.parse((await ok(['info', file, '--json'])).out);
  clauses = [];
  for (const principle of info.sources[0]?.principles ?? []) {
    const adopted: { clause: string } = JSON.parse((await ok(['adopt', file, '--principle', principle.id, '--json'])).out);
    clauses.push(adopted.clause);
  }
  expect(clauses).toHaveLength(3);
});

describe('the parliament from the command line', () => {
  const fingerprints = new Map<string, string>();

  it('key new: a key file only its owner reads, its fingerprint said; never over another file', async () => {
    for (const org of ORGS) {
      const made: { file: string; fingerprint: string; publicKey: string } = JSON.parse((await ok(['key', 'new', '--out', keyFile(org.short), '--json'])).out);
      expect(made.fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
      expect(made.publicKey).toMatch(/^[0-9a-f]{64}$/);
      fingerprints.set(org.short, made.fingerprint);
      expect(statSync(keyFile(org.short)).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(keyFile(org.short), 'utf8'))).toMatchObject({ publicKey: made.publicKey, secretKey: expect.stringMatching(/^[0-9a-f]{64}$/) });
    }
    expect(new Set(fingerprints.values()).size).toBe(4);
    const readable = await ok(['key', 'new', '--out', keyFile('spare')]);
    expect(readable.out).toMatch(/Fingerprint: [0-9a-f]{4} /);
    await refused(['key', 'new', '--out', keyFile('PSL')], 1, /already exists/, keyFile('PSL'));
    await refused(['key', 'new'], 2, /--out is required/, keyFile('PSL'));
  });

  it('roster bind: the first key founds the coalition, each delegate binds their own, and a wrong binding is refused', async () => {
    expect((await ok(['rules', file, '--voting-days', '3'])).code).toBe(0);
    writeFileSync(keyFile('broken'), '{"format":"concord-delegate-key"}');
    await refused(['roster', 'bind', file, '--org', 'PSL', '--key', keyFile('broken')], 1, /not a Concord delegate key file/);
    // A key file whose public half was swapped for another delegate's: refused, not used to sign in their name.
    const spare: Record<string, string> = JSON.parse(readFileSync(keyFile('spare'), 'utf8'));
    const other: Record<string, string> = JSON.parse(readFileSync(keyFile('UTS'), 'utf8'));
    writeFileSync(keyFile('swapped'), JSON.stringify({ ...spare, publicKey: other.publicKey }));
    await refused(['roster', 'bind', file, '--org', 'PSL', '--key', keyFile('swapped')], 1, /its public key is not the one of its secret key/);
    const first = await ok(['roster', 'bind', file, '--org', 'PSL', '--key', keyFile('PSL')]);
    expect(first.out).toBe(
      `PSL: key ${fingerprints.get('PSL') ?? ''} founded the coalition: its members and rules are now signed, and from now on change only by motions of the parliament.\n`,
    );
    for (const org of ['UTS', 'DEA', 'MAS'])
      expect((await ok(['roster', 'bind', file, '--org', org, '--key', keyFile(org)])).out).toContain(`${org}: key ${fingerprints.get(org) ?? ''} is on the roster.`);
    await refused(['roster', 'bind', file, '--org', 'MAS', '--key', keyFile('spare')], 1, /already has a delegate key on the roster/);
    await refused(['roster', 'bind', file, '--org', 'PSL', '--key', keyFile('UTS')], 1, /already has a delegate key|already speaks for another organization/);
    await refused(['roster', 'bind', file, '--org', 'NOPE', '--key', keyFile('spare')], 1, /no organization "NOPE"/);
    const before = readFileSync(file);
    expect((await ok(['roster', 'bind', file, '--org', 'UTS', '--key', keyFile('UTS')])).out).toContain('already on the roster; nothing changed');
    expect(readFileSync(file).equals(before)).toBe(true);
    const tally = await tallyJson();
    expect(tally.roster.map((m) => [m.short, m.fingerprint]).sort()).toEqual([...fingerprints].sort());
  });

  it('once founded, membership and the rules are the parliament’s: org add, org remove, org set and rules are refused with the way to do it', async () => {
    await refused(['org', 'remove', file, 'MAS'], 1, new RegExp(`concord motion ${file} --kind remove --org MAS`));
    await refused(['org', 'add', file, '--name', 'Frente Amplio', '--short', 'FA'], 1, /--kind admit/);
    await refused(['org', 'set', file, 'MAS', '--name', 'MAS-IPSP'], 1, /changed by its own delegate.*--key KEYFILE/);
    await refused(['org', 'set', file, 'MAS', '--colour', '#00aa00', '--key', keyFile('PSL')], 1, /not MAS's delegate key/);
    await refused(['rules', file, '--voting-days', '10'], 1, /only by a motion on the rules/);
    await refused(['org', 'set', file, 'MAS', '--short', 'psl', '--key', keyFile('MAS')], 1, /already used by Partido Socialismo y Liberación/);
    await refused(['org', 'set', file, 'MAS', '--colour', 'green', '--key', keyFile('MAS')], 1, /colour "green" is not valid/);
    await refused(['org', 'set', file, 'MAS', '--name', ' ', '--key', keyFile('MAS')], 1, /cannot be empty/);
    await ok(['org', 'set', file, 'MAS', '--name', 'Movimiento al Socialismo – IPSP', '--key', keyFile('MAS')]);
    expect((await tallyJson()).organizations.find((o) => o.short === 'MAS')?.name).toBe('Movimiento al Socialismo – IPSP');
  });

  let clauseMotion = '';

  it('a clause with no chair: closed only once every member has voted, then final', async () => {
    await refused(['motion', file, '--kind', 'clause', '--target', 'no-such-block', '--key', keyFile('UTS')], 1, /no such block/);
    await refused(['motion', file, '--kind', 'clause', '--target', clauses[0] ?? '', '--key', keyFile('spare')], 1, /not on the coalition’s roster/);
    await refused(['motion', file, '--kind', 'constructor', '--target', clauses[0] ?? '', '--key', keyFile('UTS')], 2, /--kind is one of/);
    await refused(['motion', file, '--kind', 'clause', '--target', clauses[0] ?? '', '--threshold', 'unanimity', '--key', keyFile('UTS')], 2, /only go with --kind rules/);
    await refused(['motion', file, '--kind', 'clause', '--target', clauses[0] ?? '', '--closes', 'tomorrow', '--key', keyFile('UTS')], 2, /--closes takes a date and time/);
    await refused(['motion', file, '--kind', 'clause', '--target', clauses[0] ?? '', '--closes', '2020-01-01T00:00:00Z', '--key', keyFile('UTS')], 1, /must close in the future/);
    clauseMotion = await motion('clause', 'UTS', '--target', clauses[0] ?? '');
    await votes(clauseMotion, { PSL: 'yes', UTS: 'yes', DEA: 'no' });
    await refused(['vote', file, '--motion', clauseMotion, '--choice', 'maybe', '--key', keyFile('MAS')], 2, /--choice is yes, no or abstain/);
    await refused(['vote', file, '--motion', clauseMotion, '--choice', 'yes', '--key', keyFile('spare')], 1, /not on the coalition’s roster/);
    await refused(['close', file, '--motion', clauseMotion, '--key', keyFile('DEA')], 1, /Only the chair closes a vote early, unless every member has voted/);
    // The last vote, by the first characters of the motion's id.
    await ok(['vote', file, '--motion', clauseMotion.slice(0, 10), '--choice', 'abstain', '--key', keyFile('MAS')]);
    expect(await closed(clauseMotion, 'DEA')).toBe('Closed [passed]: Passed: 2 yes, 1 no, 1 abstention; a majority of votes cast (2 of 3) required.\n');
    await refused(['vote', file, '--motion', clauseMotion, '--choice', 'yes', '--key', keyFile('DEA')], 1, /closed/);
    await refused(['close', file, '--motion', clauseMotion, '--key', keyFile('PSL')], 1, /already closed/);
    const tally = await ok(['tally', file]);
    expect(tally.out).toContain(`[passed] clause: clause 1  (${clauseMotion})`);
    expect(tally.out).toMatch(/DEA +no .* counted/);
  });

  it('a chair: elected by the members, then alone opens motions and closes them early', async () => {
    const election = await motion('chair', 'MAS', '--org', 'PSL');
    await votes(election, { PSL: 'yes', UTS: 'yes', DEA: 'yes', MAS: 'no' });
    expect(await closed(election, 'MAS')).toBe('Closed [passed]: Passed: 3 of 4 member votes said yes (3 yes, 1 no, 0 abstentions); a majority of members (3) required.\n');
    expect((await ok(['tally', file])).out).toMatch(/^Chair: PSL, from /m);
    await refused(['motion', file, '--kind', 'clause', '--target', clauses[1] ?? '', '--key', keyFile('UTS')], 1, /only the chair opens motions/);
    const second = await motion('clause', 'PSL', '--target', clauses[1] ?? '');
    await votes(second, { UTS: 'yes', DEA: 'yes' });
    await refused(['close', file, '--motion', second, '--key', keyFile('UTS')], 1, /Only the chair closes a vote early/);
    expect(await closed(second, 'PSL')).toBe('Closed [passed]: Passed: 2 yes, 0 no, 0 abstentions; a majority of votes cast (2 of 2) required.\n');
  });

  it('admit: a new member by motion, whose delegate then binds a key', async () => {
    await refused(['motion', file, '--kind', 'admit', '--name', 'Frente Amplio', '--key', keyFile('PSL')], 2, /--short is required/);
    await refused(['motion', file, '--kind', 'admit', '--name', 'Frente Amplio', '--short', 'Frente Amplio del Uruguay', '--key', keyFile('PSL')], 1, /short name .* is not valid/);
    await refused(['motion', file, '--kind', 'admit', '--name', 'Frente Amplio', '--short', 'uts', '--key', keyFile('PSL')], 1, /short name "uts" is already used/);
    const admit = await motion('admit', 'PSL', '--name', 'Frente Amplio', '--short', 'FA');
    await votes(admit, { PSL: 'yes', UTS: 'yes', DEA: 'yes', MAS: 'abstain' });
    expect(await closed(admit, 'PSL')).toBe('Closed [passed]: Passed: 3 of 4 member votes said yes (3 yes, 0 no, 1 abstention); two-thirds of members (3) required.\n');
    const made: { fingerprint: string } = JSON.parse((await ok(['key', 'new', '--out', keyFile('FA'), '--json'])).out);
    expect((await ok(['roster', 'bind', file, '--org', 'FA', '--key', keyFile('FA')])).out).toBe(`FA: key ${made.fingerprint} is on the roster.\n`);
    const tally = await tallyJson();
    expect(tally.roster.map((m) => m.short).sort()).toEqual(['DEA', 'FA', 'MAS', 'PSL', 'UTS']);
    expect(tally.roster.find((m) => m.short === 'FA')?.fingerprint).toBe(made.fingerprint);
    expect(tally.problems).toEqual([]);
  });

  it('replace-key: a lost key replaced by motion; the new key takes the seat and the old one no longer votes', async () => {
    const made: { publicKey: string; fingerprint: string } = JSON.parse((await ok(['key', 'new', '--out', keyFile('DEA-new'), '--json'])).out);
    await refused(['motion', file, '--kind', 'replace-key', '--org', 'DEA', '--new-key', keyFile('nowhere'), '--key', keyFile('PSL')], 1, /no such key file/);
    const replace = await motion('replace-key', 'PSL', '--org', 'DEA', '--new-key', made.publicKey);
    await votes(replace, { PSL: 'yes', UTS: 'yes', MAS: 'yes', FA: 'yes' });
    expect(await closed(replace, 'PSL')).toBe('Closed [passed]: Passed: 4 of 5 member votes said yes (4 yes, 0 no, 0 abstentions); two-thirds of members (4) required.\n');
    expect((await ok(['roster', 'bind', file, '--org', 'DEA', '--key', keyFile('DEA-new')])).out).toBe(`DEA: key ${made.fingerprint} now holds the seat the parliament gave it.\n`);
    const probe = await motion('clause', 'PSL', '--target', clauses[2] ?? '');
    await refused(['vote', file, '--motion', probe, '--choice', 'yes', '--key', keyFile('DEA')], 1, /not on the coalition’s roster/);
    await ok(['vote', file, '--motion', probe, '--choice', 'yes', '--key', keyFile('DEA-new')]);
    await closed(probe, 'PSL');
    // The old key's vote on the first clause still counts: closed results are final.
    expect(await motionIn(clauseMotion)).toMatchObject({
      status: 'passed',
      votes: expect.arrayContaining([
        {
          short: 'DEA',
          choice: 'no',
          standing: 'counted',
          castAt: expect.any(String),
          fingerprint: fingerprints.get('DEA'),
          id: expect.any(String),
          org: expect.any(String),
          reason: '',
        },
      ]),
    });
  });

  it('hand-over: roster bind --from the key in force gives the seat to a new key', async () => {
    const made: { fingerprint: string } = JSON.parse((await ok(['key', 'new', '--out', keyFile('UTS-laptop'), '--json'])).out);
    await refused(
      ['roster', 'bind', file, '--org', 'UTS', '--key', keyFile('UTS-laptop'), '--from', keyFile('MAS')],
      1,
      /Only the key in force for this organization can hand its seat over/,
    );
    expect((await ok(['roster', 'bind', file, '--org', 'UTS', '--key', keyFile('UTS-laptop'), '--from', keyFile('UTS')])).out).toBe(
      `UTS: key ${made.fingerprint} now holds the seat, handed over by the key before it.\n`,
    );
    expect((await tallyJson()).roster.find((m) => m.short === 'UTS')?.fingerprint).toBe(made.fingerprint);
  });

  it('remove: a member removed by motion stays named, and its past votes still count', async () => {
    const remove = await motion('remove', 'PSL', '--org', 'MAS');
    await votes(remove, { PSL: 'yes', 'UTS-laptop': 'yes', 'DEA-new': 'yes', FA: 'yes', MAS: 'no' });
    expect(await closed(remove, 'PSL')).toBe('Closed [passed]: Passed: 4 of 5 member votes said yes (4 yes, 1 no, 0 abstentions); two-thirds of members (4) required.\n');
    const tally = await tallyJson();
    expect(tally.organizations.find((o) => o.short === 'MAS')?.status).toBe('removed');
    expect(tally.roster.map((m) => m.short).sort()).toEqual(['DEA', 'FA', 'PSL', 'UTS']);
    expect(tally.motions.find((m) => m.id === clauseMotion)?.explanation).toBe('Passed: 2 yes, 1 no, 1 abstention; a majority of votes cast (2 of 3) required.');
    expect((await ok(['tally', file])).out).toMatch(/MAS +removed on /);
    await refused(['motion', file, '--kind', 'chair', '--org', 'MAS', '--key', keyFile('PSL')], 1, /must be a member organization/);
  });

  it('rules: changed by a motion with the options of concord rules', async () => {
    await refused(['motion', file, '--kind', 'rules', '--key', keyFile('PSL')], 2, /needs the change it proposes/);
    await refused(['motion', file, '--kind', 'rules', '--rule-kind', 'clause', '--threshold', 'most', '--key', keyFile('PSL')], 2, /--threshold/);
    await refused(['motion', file, '--kind', 'rules', '--voting-days', '1000', '--key', keyFile('PSL')], 1, /settings are not valid: votingDays/);
    const rules = await motion('rules', 'PSL', '--rule-kind', 'clause', '--threshold', 'two-thirds', '--voting-days', '5');
    await votes(rules, { PSL: 'yes', 'UTS-laptop': 'yes', 'DEA-new': 'yes', FA: 'no' });
    expect(await closed(rules, 'PSL')).toBe('Closed [passed]: Passed: 3 of 4 member votes said yes (3 yes, 1 no, 0 abstentions); two-thirds of members (3) required.\n');
    expect(JSON.parse((await ok(['rules', file, '--json'])).out)).toMatchObject({ rules: { clause: { threshold: 'two-thirds', base: 'cast' } }, votingDays: 5 });
  });

  it('amend: a ratified clause changes only by amendment, whose wording the mover writes into the text when it closes', async () => {
    await refused(['motion', file, '--kind', 'clause', '--target', clauses[0] ?? '', '--key', keyFile('PSL')], 1, /already adopted; changing it takes an amendment/);
    await refused(['motion', file, '--kind', 'amend', '--target', clauses[0] ?? '', '--key', keyFile('PSL')], 2, /--text is required/);
    const wording = 'Any organization that accepts these principles and the coalition’s rules may join.';
    const amend = await motion('amend', 'PSL', '--target', clauses[0] ?? '', '--text', wording);
    await votes(amend, { PSL: 'yes', 'UTS-laptop': 'yes', 'DEA-new': 'yes', FA: 'no' });
    const result = await closed(amend, 'PSL');
    expect(result).toBe(
      'Closed [passed]: Passed: 3 of 4 member votes said yes (3 yes, 1 no, 0 abstentions); two-thirds of members (3) required.\nThe wording of the passed amendment is now in the text.\n',
    );
    const info: { constitution: { id: string; text: string }[] } = JSON.parse((await ok(['info', file, '--json'])).out);
    expect(info.constitution.find((b) => b.id === clauses[0])?.text).toBe(wording);
    expect((await ok(['verify', file])).out).toMatch(/all \d+ signed statements are valid/);
  });

  let whole = '';

  it('the whole text: ratified, audited by tally and verify, exported as a signed record that verifies on its own', async () => {
    whole = await motion('whole', 'PSL');
    await votes(whole, { PSL: 'yes', 'UTS-laptop': 'yes', 'DEA-new': 'no', FA: 'yes' });
    // A vote changes until the close; the first one stays on the record as replaced.
    const changed: unknown = JSON.parse((await ok(['vote', file, '--motion', whole, '--choice', 'abstain', '--key', keyFile('DEA-new'), '--json'])).out);
    expect(changed).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{64}$/),
      motion: whole,
      choice: 'abstain',
      status: 'open',
      explanation: expect.stringMatching(/^Closing: 3 of 4 member votes said yes/),
    });
    expect((await motionIn(whole))?.votes.filter((v) => v.short === 'DEA').map((v) => [v.choice, v.standing])).toEqual([
      ['no', 'replaced'],
      ['abstain', 'counted'],
    ]);
    expect(await closed(whole, 'PSL')).toBe('Closed [passed]: Passed: 3 of 4 member votes said yes (3 yes, 0 no, 1 abstention); two-thirds of members (3) required.\n');
    const tally = await ok(['tally', file]);
    expect(tally.out).toContain(`[passed] constitution: The whole constitution  (${whole})`);
    expect(tally.out).toMatch(/Progress: \d+ of \d+ blocks ratified/);
    const verified = await ok(['verify', file]);
    expect(verified.out).toMatch(/all \d+ signed statements are valid/);
    const record = join(dir, 'constitution.record.json');
    await ok(['export', file, '--format', 'record', '--out', record]);
    const checked = await ok(['verify', record]);
    expect(checked.out).toContain('the ratification record is valid');
    for (const short of ['PSL', 'UTS', 'DEA', 'FA']) expect(checked.out).toMatch(new RegExp(`${short} +[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}`));
    const tampered = join(dir, 'tampered.record.json');
    writeFileSync(tampered, readFileSync(record, 'utf8').replace('3 of 4 member votes said yes', '4 of 4 member votes said yes'));
    const bad = await concord(['verify', tampered]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('the ratification record is NOT valid');
  });

  it('withdraw: only an organization’s own delegate withdraws it, and decided results stay as they were', async () => {
    await refused(['withdraw', file, '--org', 'FA', '--key', keyFile('PSL')], 1, /Only an organization’s own delegate can withdraw it/);
    expect((await ok(['withdraw', file, '--org', 'FA', '--key', keyFile('FA')])).out).toBe('FA has withdrawn from the coalition; its past votes stay on the record.\n');
    await refused(['withdraw', file, '--org', 'FA', '--key', keyFile('FA')], 1, /not on the coalition’s roster/);
    expect((await ok(['tally', file])).out).toMatch(/FA +withdrawn on /);
    expect((await motionIn(whole))?.explanation).toBe('Passed: 3 of 4 member votes said yes (3 yes, 0 no, 1 abstention); two-thirds of members (3) required.');
    expect((await ok(['verify', file])).out).toMatch(/all \d+ signed statements are valid/);
  });

  it('a vote past its deadline: any delegate closes it, dated at the deadline, counting the votes cast by then', async () => {
    const deadline = new Date(Date.now() + 5_000).toISOString();
    const late = await motion('admit', 'PSL', '--name', 'Partido dos Trabalhadores', '--short', 'PT', '--closes', deadline);
    await votes(late, { 'UTS-laptop': 'yes' });
    while (Date.now() <= Date.parse(deadline)) await new Promise((resolve) => setTimeout(resolve, 100));
    const result: unknown = JSON.parse((await ok(['close', file, '--motion', late, '--key', keyFile('DEA-new'), '--json'])).out);
    expect(result).toEqual({
      motion: late,
      status: 'failed',
      explanation: 'Failed: no quorum — 1 of 3 member organizations took part; 2 needed.',
      closedAt: deadline,
      amendmentsApplied: 0,
    });
  });
});

describe('the real concord program', () => {
  it('runs the parliament commands from bin/concord.mjs with their exit codes', () => {
    const root = join(import.meta.dirname, '..', '..');
    const bin = join(root, 'bin', 'concord.mjs');
    // The program as `npm install` builds it, from these sources.
    execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: root });
    const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } =>
      spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
    const own = tempDir();
    const made = run('key', 'new', '--out', join(own, 'k.key'), '--json');
    expect(made.status, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ fingerprint: expect.stringMatching(/^[0-9a-f]{4} /) });
    const again = run('key', 'new', '--out', join(own, 'k.key'));
    expect([again.status, again.stderr]).toEqual([1, expect.stringMatching(/already exists/)]);
    const help = run('help');
    for (const command of ['key new', 'roster bind', 'motion', 'vote', 'close', 'withdraw']) expect(help.stdout).toContain(`concord ${command} `);
  }, 180_000);
});
