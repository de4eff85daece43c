/**
 * `concord motion FILE --kind KIND … --key KEYFILE [--json]`: open a motion, signed by the delegate whose
 * key it is, and print its id (`--json`: `{"id": …}`). The kinds: clause, article and amend (--target a
 * block id; amend with --text, the new wording), whole (the whole constitution), chair, remove and
 * replace-key (--org; replace-key with --new-key, a key file or 64 hex characters), admit (--name and
 * --short) and rules (the options of `concord rules`, with --rule-kind for the kind of motion a rule is
 * for), minutes (--meeting, the id of an adjourned meeting: adopts the minutes its chair signed), combine
 * (--city where two or more members have chapters, optionally --name for the combined chapter). --closes sets when voting ends (default: the coalition's voting period).
 */
import type * as Y from 'yjs';
import { openMotion, type MotionRequest } from '../../src/ratify/actions.ts';
import { CONSTITUTION } from '../../src/ratify/digest.ts';
import { readParliament, type Parliament } from '../../src/ratify/parliament.ts';
import type { MotionKind } from '../../src/ratify/rules.ts';
import { printData, requireFlag, requirePositional, stringFlag, UsageError, type CliIo, type CommandAction, type ParsedArgs } from '../command.ts';
import { publicKeyOf, readKeyFile } from '../key-file.ts';
import { organizationId } from '../parliament-refs.ts';
import { checkOrganizationFields, readMeta } from '../../src/workspace/workspace.ts';
import { listChapters } from '../../src/chapters/chapters.ts';
import { combineProposalFor } from '../../src/chapters/combined.ts';
import { overlapOf } from '../../src/chapters/overlap.ts';
import { placeKey } from '../../src/chapters/places.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { openWorkspace, saveWorkspace } from '../workspace-file.ts';
import { ruleOptions, settingsChange } from './rules.ts';

/** The kinds as the command line names them, and the core's names. */
const KINDS: ReadonlyMap<string, MotionKind> = new Map([
  ['clause', 'clause'],
  ['article', 'article'],
  ['whole', 'constitution'],
  ['amend', 'amendment'],
  ['chair', 'chair'],
  ['admit', 'admit'],
  ['remove', 'remove'],
  ['replace-key', 'replace-key'],
  ['rules', 'rules'],
  ['minutes', 'minutes'],
  ['combine', 'combine'],
]);

function kindOf(args: ParsedArgs): MotionKind {
  const raw = requireFlag(args, 'kind');
  const kind = KINDS.get(raw);
  if (!kind) throw new UsageError('usage.kind', { kinds: [...KINDS.keys()].join(', '), value: raw });
  return kind;
}

function closesAt(args: ParsedArgs): Date | undefined {
  const raw = stringFlag(args, 'closes');
  if (raw === undefined) return undefined;
  const time = Date.parse(raw);
  if (!/^\d{4}-\d\d-\d\d/.test(raw) || Number.isNaN(time)) throw new UsageError('usage.closes', { value: raw });
  return new Date(time);
}

/** The rule options, read as `concord rules` reads them, with --rule-kind in place of its --kind. */
function rulesChange(doc: Y.Doc, args: ParsedArgs, parliament: Parliament): MotionRequest['settings'] {
  const change = settingsChange(doc, { values: { ...args.values, kind: args.values['rule-kind'] }, positionals: args.positionals }, parliament.settings);
  if (Object.keys(change).length === 0) throw new UsageError('usage.rulesChange');
  return change;
}

/** The chapters to combine in the city named `city` (where two or more members have chapters). */
function combineRequest(doc: Y.Doc, city: string, name: string): Pick<MotionRequest, 'target' | 'combine'> {
  const groups = overlapOf(listChapters(doc)).cities.filter((g) => placeKey(g.name) === placeKey(city));
  const group = groups[0];
  if (!group) throw new ConcordError('chapters.no-overlap', { city });
  if (groups.length > 1)
    throw new ConcordError('chapters.ambiguous-city', { city, places: groups.map((g) => [g.name, g.region, g.country].filter(Boolean).join(', ')).join('; ') });
  return combineProposalFor(group, readMeta(doc).name, name);
}

async function request(io: CliIo, doc: Y.Doc, parliament: Parliament, args: ParsedArgs): Promise<MotionRequest> {
  const kind = kindOf(args);
  const ruleFlags = ['rule-kind', ...Object.keys(ruleOptions)].filter((name) => args.values[name] !== undefined);
  if (kind !== 'rules' && ruleFlags.length > 0) throw new UsageError('usage.ruleFlags', { flags: ruleFlags.join(', --') });
  const base = { kind, closesAt: closesAt(args) };
  const org = (): string => organizationId(doc, parliament, requireFlag(args, 'org'));
  switch (kind) {
    case 'constitution':
      return { ...base, target: CONSTITUTION };
    case 'amendment':
      return { ...base, target: requireFlag(args, 'target'), newText: requireFlag(args, 'text') };
    case 'clause':
    case 'article':
      return { ...base, target: requireFlag(args, 'target') };
    case 'chair':
    case 'remove':
      return { ...base, target: org() };
    case 'replace-key':
      return { ...base, target: org(), key: await publicKeyOf(io, requireFlag(args, 'new-key')) };
    case 'admit': {
      const { name, short } = checkOrganizationFields({ name: requireFlag(args, 'name'), short: requireFlag(args, 'short') });
      return { ...base, target: '', name, short };
    }
    case 'rules':
      return { ...base, target: 'rules', settings: rulesChange(doc, args, parliament) };
    case 'minutes':
      return { ...base, target: requireFlag(args, 'meeting') };
    case 'combine':
      return { ...base, ...combineRequest(doc, requireFlag(args, 'city'), stringFlag(args, 'name') ?? '') };
  }
}

export const motion: CommandAction = {
  options: {
    kind: { type: 'string' },
    target: { type: 'string' },
    org: { type: 'string' },
    text: { type: 'string' },
    name: { type: 'string' },
    short: { type: 'string' },
    'new-key': { type: 'string' },
    meeting: { type: 'string' },
    city: { type: 'string' },
    'rule-kind': { type: 'string' },
    ...ruleOptions,
    closes: { type: 'string' },
    key: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const keyPath = requireFlag(args, 'key');
    const doc = await openWorkspace(io, file);
    const parliament = readParliament(doc);
    const wanted = await request(io, doc, parliament, args);
    const key = await readKeyFile(io, keyPath);
    const id = await openMotion(doc, key.signer, wanted);
    await saveWorkspace(io, file, doc);
    const opened = readParliament(doc).motions.find((m) => m.id === id);
    printData(io, args, { id }, (data) => `${data.id}\n${io.say('act.motion.opened', { closesAt: opened?.closesAt ?? '?' })}\n`);
    return 0;
  },
};
