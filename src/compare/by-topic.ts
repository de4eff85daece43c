/**
 * Comparison by topic: one row per topic of the taxonomy, one cell per organization listing what that
 * organization's principles say about it ("which of us says something about wages, and what?"). Each
 * principle's topics are the tagger's (topic-tagger.ts) corrected by delegates (topic-corrections.ts): a
 * correction adds or removes one topic and names who made it. Rows that most organizations speak to come
 * first, then in taxonomy order; principles with no topic at all are listed apart, to be tagged by hand.
 * Pure and deterministic.
 */
import type { Actor } from '../workspace/actor.ts';
import { checkComparison, DEFAULT_THRESHOLD, type CompareOrganization, type ComparePrinciple, type ComparedOrganization } from './compare.ts';
import type { TopicCorrection } from './topic-corrections.ts';
import { autoTopics } from './topic-tagger.ts';
import { TOPICS } from './topics.ts';

/** How a principle came to be under a topic: found by the tagger, or added by a delegate. */
type TagSource = { how: 'auto' } | { how: 'added'; by: Actor; at: string };

export interface TopicTag {
  topic: string;
  label: string;
  /** Whether the principle is under the topic now. */
  on: boolean;
  /** Whether the tagger finds the topic in the principle. */
  auto: boolean;
  /** The delegates' correction, when there is one (it decides `on`). */
  correction?: TopicCorrection;
}

export interface TaggedPrinciple extends ComparePrinciple {
  tag: TagSource;
}

export interface TopicRow {
  topic: string;
  label: string;
  /** How many organizations have a principle under the topic. */
  orgCount: number;
  /** One cell per organization, in the order of `TopicComparison.orgs`. */
  cells: TaggedPrinciple[][];
}

export interface TopicComparison {
  orgs: ComparedOrganization[];
  /** Topics at least one organization speaks to: most organizations first, then in taxonomy order. */
  rows: TopicRow[];
  /** Per organization (in column order), its principles under no topic. */
  untagged: ComparePrinciple[][];
}

/** The corrections of one principle, by topic. */
type CorrectionsByTopic = ReadonlyMap<string, TopicCorrection>;

function correctionsByPrinciple(corrections: readonly TopicCorrection[]): Map<string, Map<string, TopicCorrection>> {
  const out = new Map<string, Map<string, TopicCorrection>>();
  for (const c of corrections) {
    const own = out.get(c.principle) ?? new Map<string, TopicCorrection>();
    own.set(c.topic, c);
    out.set(c.principle, own);
  }
  return out;
}

/** Every topic of the taxonomy for one principle: whether the tagger finds it, the correction, the result. */
export function principleTopics(text: string, corrections: readonly TopicCorrection[]): TopicTag[] {
  const auto = new Set(autoTopics(text));
  const own = new Map(corrections.map((c) => [c.topic, c]));
  return TOPICS.map((topic) => {
    const correction = own.get(topic.id);
    const found = auto.has(topic.id);
    return { topic: topic.id, label: topic.label, auto: found, on: correction?.on ?? found, ...(correction ? { correction } : {}) };
  });
}

/** Principle id → the topics the tagger finds in it: the costly part, worth keeping while only corrections change. */
export type AutoTags = ReadonlyMap<string, readonly string[]>;

/** Tag every principle of the organizations (see topic-tagger.ts). */
export function tagOrganizations(orgs: readonly CompareOrganization[]): AutoTags {
  return new Map(orgs.flatMap((org) => org.principles.map((p) => [p.id, autoTopics(p.text)])));
}

/** The topics a principle is under, each with how it got there. */
function tagsOf(auto: readonly string[], corrections: CorrectionsByTopic | undefined): Map<string, TagSource> {
  const out = new Map<string, TagSource>();
  for (const topic of auto) if (corrections?.get(topic)?.on !== false) out.set(topic, { how: 'auto' });
  for (const c of corrections?.values() ?? []) if (c.on && !out.has(c.topic)) out.set(c.topic, { how: 'added', by: c.by, at: c.at });
  return out;
}

/** Compare 2 to 12 organizations' principles topic by topic (`auto`: their tags, when already known). */
export function compareByTopic(orgs: readonly CompareOrganization[], corrections: readonly TopicCorrection[], auto: AutoTags = tagOrganizations(orgs)): TopicComparison {
  checkComparison(orgs, DEFAULT_THRESHOLD);
  const byPrinciple = correctionsByPrinciple(corrections);
  const cells = new Map<string, TaggedPrinciple[][]>(TOPICS.map((t) => [t.id, orgs.map(() => [])]));
  const untagged: ComparePrinciple[][] = orgs.map(() => []);
  orgs.forEach((org, o) => {
    for (const principle of org.principles) {
      const tags = tagsOf(auto.get(principle.id) ?? autoTopics(principle.text), byPrinciple.get(principle.id));
      if (tags.size === 0) untagged[o]?.push({ id: principle.id, text: principle.text });
      for (const [topic, tag] of tags) cells.get(topic)?.[o]?.push({ id: principle.id, text: principle.text, tag });
    }
  });
  const rows = TOPICS.map((topic, order) => {
    const row = cells.get(topic.id) ?? [];
    return { order, row: { topic: topic.id, label: topic.label, orgCount: row.filter((c) => c.length > 0).length, cells: row } };
  })
    .filter((x) => x.row.orgCount > 0)
    .sort((x, y) => y.row.orgCount - x.row.orgCount || x.order - y.order)
    .map((x) => x.row);
  return { orgs: orgs.map((org) => ({ id: org.id, short: org.short, name: org.name, principleCount: org.principles.length })), rows, untagged };
}
