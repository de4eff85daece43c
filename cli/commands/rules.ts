/**
 * `concord rules FILE [--json]`: the coalition's ratification rules — for each kind of motion its base,
 * threshold, quorum and how abstentions count; weights; seriatim; the voting period and the chair's term.
 * With options it changes them while the coalition is set up; once a delegate key is on the roster they change
 * only by a motion of the parliament (`concord motion FILE --kind rules` with the same options):
 *   --kind KIND [--threshold T] [--base cast|members] [--quorum PERCENT] [--abstentions excluded|counted]
 *   --seriatim on|off   --voting-days N   --chair-term-days N   --weight SHORT=N (repeatable; 1 removes it)
 *   --place TEXT (where the constitution is adopted, printed on the record to sign)
 */
import { changeSettings } from '../../src/ratify/actions.ts';
import { readParliament } from '../../src/ratify/parliament.ts';
import { ruleOf, ruleSchema, type RatificationSettings } from '../../src/ratify/settings.ts';
import { DEFAULT_RULES, isMotionKind, MOTION_KINDS, ruleWords, type Rule } from '../../src/ratify/rules.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { findOrganization, listOrganizations } from '../../src/workspace/workspace.ts';
import type * as Y from 'yjs';
import { printData, requirePositional, stringFlag, UsageError, type CommandAction, type CommandIo, type ParsedArgs } from '../command.ts';
import { openWorkspace, saveWorkspace } from '../workspace-file.ts';

export type Change = Partial<Omit<RatificationSettings, 'changedAt'>>;

function number(args: ParsedArgs, name: string): number | undefined {
  const raw = stringFlag(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) throw new UsageError('usage.number', { name, value: raw });
  return value;
}

function ruleChange(args: ParsedArgs, settings: RatificationSettings): Change {
  const kind = stringFlag(args, 'kind');
  const parts = { threshold: stringFlag(args, 'threshold'), base: stringFlag(args, 'base'), abstentions: stringFlag(args, 'abstentions'), quorum: number(args, 'quorum') };
  if (kind === undefined) {
    if (Object.values(parts).some((v) => v !== undefined)) throw new UsageError('usage.ruleKind');
    return {};
  }
  if (!isMotionKind(kind)) throw new UsageError('usage.kind', { kinds: MOTION_KINDS.join(', '), value: kind });
  const candidate: Record<string, unknown> = { ...settings.rules[kind] };
  if (parts.threshold !== undefined) candidate.threshold = parts.threshold;
  if (parts.base !== undefined) candidate.base = parts.base;
  if (parts.abstentions !== undefined) candidate.abstentions = parts.abstentions;
  if (parts.quorum !== undefined) candidate.quorum = parts.quorum / 100;
  const rule = ruleSchema.safeParse(candidate);
  if (!rule.success) throw new UsageError('usage.invalidRule', { kind, issues: rule.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; ') });
  return { rules: { ...settings.rules, [kind]: rule.data } };
}

function weightChange(doc: Y.Doc, args: ParsedArgs, settings: RatificationSettings): Change {
  const raw = args.values.weight;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  if (list.length === 0) return {};
  const weights = { ...settings.weights };
  for (const item of list) {
    const match = typeof item === 'string' ? /^([^=]+)=(\d+)$/.exec(item) : null;
    if (!match?.[1] || !match[2]) throw new UsageError('usage.weight', { value: String(item) });
    const org = findOrganization(doc, match[1]);
    if (!org) throw new UsageError('usage.unknownOrg', { short: match[1] });
    const weight = Number(match[2]);
    if (weight === 1) delete weights[org.id];
    else weights[org.id] = weight;
  }
  return { weights };
}

function otherChange(args: ParsedArgs): Change {
  const change: Change = {};
  const seriatim = stringFlag(args, 'seriatim');
  if (seriatim !== undefined) {
    if (seriatim !== 'on' && seriatim !== 'off') throw new UsageError('usage.seriatim');
    change.seriatim = seriatim === 'on';
  }
  const votingDays = number(args, 'voting-days');
  if (votingDays !== undefined) change.votingDays = votingDays;
  const termDays = number(args, 'chair-term-days');
  if (termDays !== undefined) change.chairTermDays = termDays;
  const place = stringFlag(args, 'place');
  if (place !== undefined) change.place = place.replace(/\s+/g, ' ').trim();
  return change;
}

/** The change the rule options ask for (empty when none is given). */
export function settingsChange(doc: Y.Doc, args: ParsedArgs, settings: RatificationSettings): Change {
  // A kind of motion the signed rules predate (combining chapters) is changed from its default rule.
  const rules = { ...settings, rules: { ...DEFAULT_RULES, ...settings.rules } };
  return { ...ruleChange(args, rules), ...weightChange(doc, args, settings), ...otherChange(args) };
}

/** The rule options, shared with `concord motion --kind rules`. */
export const ruleOptions = {
  threshold: { type: 'string' },
  base: { type: 'string' },
  quorum: { type: 'string' },
  abstentions: { type: 'string' },
  seriatim: { type: 'string' },
  'voting-days': { type: 'string' },
  'chair-term-days': { type: 'string' },
  place: { type: 'string' },
  weight: { type: 'string', multiple: true },
} as const;

interface RulesView {
  rules: Record<string, Rule & { words: string }>;
  weights: { short: string; weight: number }[];
  seriatim: boolean;
  votingDays: number;
  chairTermDays: number;
  changedAt: string;
  place: string;
}

function view(doc: Y.Doc, settings: RatificationSettings): RulesView {
  const rules: Record<string, Rule & { words: string }> = {};
  for (const kind of MOTION_KINDS) rules[kind] = { ...ruleOf(settings, kind), words: ruleWords(ruleOf(settings, kind), i18n.getFixedT('en', 'core')) };
  const weights = listOrganizations(doc).map((o) => ({ short: o.short, weight: settings.weights[o.id] ?? 1 }));
  return {
    rules,
    weights,
    seriatim: settings.seriatim,
    votingDays: settings.votingDays,
    chairTermDays: settings.chairTermDays,
    changedAt: settings.changedAt,
    place: settings.place ?? '',
  };
}

/** The rules as a person reads them, in the reader's language (--json keeps the rules' words in English). */
function readable(rules: RulesView, io: CommandIo): string {
  const t = i18n.getFixedT(io.language, 'core');
  const lines = [io.say('act.rules.heading')];
  for (const [kind, rule] of Object.entries(rules.rules)) {
    const line = { kind: kind.padEnd(13), rule: ruleWords(rule, t) };
    lines.push(`  ${io.say(rule.abstentions === 'counted' ? 'act.rules.ruleCounted' : 'act.rules.ruleExcluded', line)}`);
  }
  const weighted = rules.weights.filter((w) => w.weight !== 1);
  lines.push(weighted.length === 0 ? io.say('act.rules.unweighted') : io.say('act.rules.weights', { weights: rules.weights.map((w) => `${w.short} ${w.weight}`).join(', ') }));
  lines.push(io.say(rules.seriatim ? 'act.rules.seriatimOn' : 'act.rules.seriatimOff'));
  lines.push(io.say('act.rules.periods', { votingDays: rules.votingDays, chairTermDays: rules.chairTermDays }));
  lines.push(rules.place === '' ? io.say('act.rules.noPlace') : io.say('act.rules.place', { place: rules.place }));
  return `${lines.join('\n')}\n`;
}

export const rules: CommandAction = {
  options: { kind: { type: 'string' }, ...ruleOptions, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const doc = await openWorkspace(io, file);
    const change = settingsChange(doc, args, readParliament(doc).settings);
    if (Object.keys(change).length > 0) {
      changeSettings(doc, change);
      await saveWorkspace(io, file, doc);
    }
    printData(io, args, view(doc, readParliament(doc).settings), (data) => readable(data, io));
    return 0;
  },
};
