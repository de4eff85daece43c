/**
 * The coalition's ratification settings, kept in the workspace's `meta` map: the rule for each kind of
 * motion, optional weights per organization, the seriatim procedure, how long a vote stays open when no
 * chair closes it, and the chair's term. Missing or damaged settings read as the defaults, so every
 * replica applies the same rules.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
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
  }),
  /** Organization id → weight; organizations not listed weigh 1. Empty: one organization, one vote. */
  weights: z.record(z.string(), z.number().int().min(1).max(1000)),
  /** Robert's seriatim: clauses tentatively agreed one by one, the preamble last, then one vote on the whole. */
  seriatim: z.boolean(),
  /** How long a motion stays open when no chair closes it. */
  votingDays: z.number().min(0).max(365),
  chairTermDays: z.number().min(1).max(3660),
  /** When the settings last changed ("" for the defaults): motions decided after it must follow them. */
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

const KEY = 'ratification';

export function readSettings(doc: Y.Doc): RatificationSettings {
  const raw = metaMap(doc).get(KEY);
  if (typeof raw !== 'string') return DEFAULT_SETTINGS;
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/**
 * Change the settings. The parliament refuses this while a vote is open (actions.ts `changeSettings`):
 * a motion is decided by the rules it was opened under.
 */
export function writeSettings(doc: Y.Doc, change: Partial<Omit<RatificationSettings, 'changedAt'>>, now: Date = new Date()): RatificationSettings {
  const next = settingsSchema.safeParse({ ...readSettings(doc), ...change, changedAt: now.toISOString() });
  if (!next.success) {
    throw new ConcordError(`These ratification settings are not valid: ${next.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}.`, 'ratify.bad-settings');
  }
  metaMap(doc).set(KEY, JSON.stringify(next.data));
  return next.data;
}

export function ruleFor(settings: RatificationSettings, kind: MotionKind): Rule {
  return settings.rules[kind];
}
