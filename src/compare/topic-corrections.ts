/**
 * Delegates' corrections of the automatic topic tags: "this principle is (also) about wages", "this one is
 * not about housing". They live in the workspace's `topics` root, one Y.Map per principle and topic (key
 * `topic:principle`), so two delegates correcting different tags both win and two correcting the same tag
 * converge on one; each names the organization and delegate who set it and when (as provenance does).
 * Entries come from peers: an entry whose key does not match its fields, names a topic the taxonomy does
 * not have, or whose fields have the wrong types is skipped and reported, never applied.
 */
import * as Y from 'yjs';
import type { Actor } from '../workspace/actor.ts';
import { recordEntries, type Skipped } from '../workspace/doc-shape.ts';
import { ConcordError } from '../workspace/errors.ts';
import { currentPrinciples } from '../workspace/sources.ts';
import { topicById } from './topics.ts';

export const TOPICS_ROOT = 'topics';

export interface TopicCorrection {
  principle: string;
  topic: string;
  /** true: the principle is about the topic; false: it is not (whatever the tagger says). */
  on: boolean;
  by: Actor;
  /** When it was set (ISO 8601), as the setter's clock said. */
  at: string;
}

export interface TopicCorrections {
  corrections: TopicCorrection[];
  /** Entries left out, with why (for a notice or a CLI warning). */
  skipped: Skipped[];
}

/** The longest principle id a correction may name (ids made by Concord are about 18 characters). */
const MAX_ID_LENGTH = 200;

const keyOf = (topic: string, principle: string): string => `${topic}:${principle}`;

function readEntry(key: string, map: Y.Map<unknown>): TopicCorrection | string {
  const principle = map.get('principle');
  const topic = map.get('topic');
  const on = map.get('on');
  const org = map.get('org');
  const delegate = map.get('delegate');
  const at = map.get('at');
  if (typeof principle !== 'string' || principle === '' || principle.length > MAX_ID_LENGTH) return 'it names no principle';
  if (typeof topic !== 'string' || topicById(topic) === undefined) return 'it names a topic Concord does not know';
  if (key !== keyOf(topic, principle)) return 'its key does not match the principle and topic it names';
  if (typeof on !== 'boolean') return 'it neither adds nor removes the topic';
  const text = (value: unknown): string => (typeof value === 'string' ? value.slice(0, MAX_ID_LENGTH) : '');
  return { principle, topic, on, by: { org: text(org), delegate: text(delegate) }, at: text(at) };
}

/**
 * Every sound correction in the workspace (by topic, then principle), and the records that were skipped for
 * what they say (entries of the wrong type are left to the workspace's inspection, doc-shape.ts).
 */
export function readTopicCorrections(doc: Y.Doc): TopicCorrections {
  const corrections: TopicCorrection[] = [];
  const skipped: Skipped[] = [];
  for (const [key, map] of recordEntries(doc, 'topics')) {
    const entry = readEntry(key, map);
    if (typeof entry === 'string') skipped.push({ root: TOPICS_ROOT, key, problem: entry });
    else corrections.push(entry);
  }
  corrections.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.principle < b.principle ? -1 : a.principle > b.principle ? 1 : 0));
  return { corrections, skipped };
}

/**
 * Say whether a principle is about a topic (`on`), as `by`, or (`on` null) take the correction back so the
 * tagger decides again. Throws a ConcordError for a topic the taxonomy lacks or a principle not in the
 * workspace.
 */
export function setTopicTag(doc: Y.Doc, principle: string, topic: string, on: boolean | null, by: Actor, now: Date = new Date()): void {
  if (topicById(topic) === undefined) throw new ConcordError('topic.unknown', { topic });
  if (!currentPrinciples(doc).some((p) => p.id === principle)) {
    throw new ConcordError('topic.unknown-principle', { principle });
  }
  const root = doc.getMap(TOPICS_ROOT);
  const key = keyOf(topic, principle);
  if (on === null) {
    root.delete(key);
    return;
  }
  const map = new Y.Map<unknown>();
  const fields: Record<string, string | boolean> = { principle, topic, on, org: by.org, delegate: by.delegate, at: now.toISOString() };
  doc.transact(() => {
    for (const [field, value] of Object.entries(fields)) map.set(field, value);
    root.set(key, map);
  });
}
