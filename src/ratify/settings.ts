/**
 * The coalition's ratification settings: the rule for each kind of motion, optional weights per
 * organization, the seriatim procedure, how long a vote stays open, and the chair's term. While the
 * coalition is being set up (no delegate key on the roster yet) they live in the workspace's `meta` map
 * and anyone changes them; the founding statement then signs them, and from there on only a passed
 * `rules` motion changes them (src/ratify/parliament.ts). Missing or damaged settings read as the
 * defaults; kinds of motion a stored rule set lacks take their default rule. Also the place of adoption.
 */
import type * as Y from 'yjs';
import * as z from 'zod';
import { metaMap } from '../workspace/workspace.ts';
import { ConcordError } from '../workspace/errors.ts';
import { DEFAULT_RULES, type MotionKind, type Rule } from './rules.ts';

export const ruleSchema = z.object({
  base: z.enum(['cast', 'members']),
  threshold: z.enum(['majority', 'two-thirds', 'three-quarters', 'unanimity']),
  quorum: z.number().min(0).max(1),
  abstentions: z.enum(['excluded', 'counted']),
});

export const settingsSchema = z.object({
  rules: z.object({
    clause: ruleSchema,
    article: ruleSchema,
    constitution: ruleSchema,
    amendment: ruleSchema,
    chair: ruleSchema,
    admit: ruleSchema.default(DEFAULT_RULES.admit),
    remove: ruleSchema.default(DEFAULT_RULES.remove),
    'replace-key': ruleSchema.default(DEFAULT_RULES['replace-key']),
    rules: ruleSchema.default(DEFAULT_RULES.rules),
    minutes: ruleSchema.default(DEFAULT_RULES.minutes),
    /** Optional with no default, so that rules signed before it existed keep their canonical form (and digests). */
    combine: ruleSchema.optional(),
  }),
  /** Organization id → weight; organizations not listed weigh 1. Empty: one organization, one vote. */
  weights: z.record(z.string(), z.number().int().min(1).max(1000)),
  /** Robert's seriatim: clauses tentatively agreed one by one, the preamble last, then one vote on the whole. */
  seriatim: z.boolean(),
  /** How long a motion stays open when no chair closes it. */
  votingDays: z.number().min(0).max(365),
  chairTermDays: z.number().min(1).max(3660),
  /**
   * Where the constitution is adopted, printed on the record to sign. Optional, with no default, so that
   * settings signed before it existed keep their exact canonical form (and their digests); absent reads "".
   */
  place: z.string().max(200).optional(),
  /** When the settings last changed ("" for the defaults). */
  changedAt: z.string(),
});
export type RatificationSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: RatificationSettings = {
  rules: { ...DEFAULT_RULES },
  weights: {},
  seriatim: false,
  votingDays: 7,
  chairTermDays: 365,
  changedAt: '',
};

/** The rule a kind of motion is decided by under `settings` (the default for a kind they do not name). */
export function ruleOf(settings: Pick<RatificationSettings, 'rules'>, kind: MotionKind): Rule {
  return settings.rules[kind] ?? DEFAULT_RULES[kind];
}

const KEY = 'ratification';

/** Settings from any value (parsed JSON): the defaults when it is not a valid set. */
function parseSettings(value: unknown): RatificationSettings {
  const parsed = settingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** The settings kept in `meta` while the coalition is set up (use the parliament's once it is founded). */
export function readSetupSettings(doc: Y.Doc): RatificationSettings {
  const raw = metaMap(doc).get(KEY);
  if (typeof raw !== 'string') return DEFAULT_SETTINGS;
  try {
    return parseSettings(JSON.parse(raw));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Settings changed by `change`, checked; `ratify.bad-settings` when they are not valid. */
export function changedSettings(current: RatificationSettings, change: Partial<Omit<RatificationSettings, 'changedAt'>>, now: Date): RatificationSettings {
  const next = settingsSchema.safeParse({ ...current, ...change, changedAt: now.toISOString() });
  if (!next.success) {
    throw new ConcordError('ratify.bad-settings.invalid', { issues: next.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  }
  return next.data;
}

/** Change the setup settings in `meta` (only while no key is on the roster: see actions.ts `changeSettings`). */
export function writeSetupSettings(doc: Y.Doc, change: Partial<Omit<RatificationSettings, 'changedAt'>>, now: Date = new Date()): RatificationSettings {
  const next = changedSettings(readSetupSettings(doc), change, now);
  metaMap(doc).set(KEY, JSON.stringify(next));
  return next;
}
