/** The Compare view names topics from the "compare" catalog by id: every topic of the taxonomy has a name there, in English its own label. */
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/compare/topics.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { compare } from '../../src/i18n/catalogs/en/compare.ts';
import { topicName } from '../../renderer/compare/topic-names.ts';

describe('topic names', () => {
  it('the catalog names every topic of the taxonomy, and no other', () => {
    expect(Object.keys(compare.topics).sort()).toEqual(TOPICS.map((topic) => topic.id).sort());
  });
  it('in English a topic is named as the taxonomy labels it', () => {
    const t = i18n.getFixedT('en', 'compare');
    expect(TOPICS.map((topic) => topicName(t, topic.id, 'unnamed'))).toEqual(TOPICS.map((topic) => topic.label));
  });
  it('in Spanish every topic has a name of its own, and an unknown id keeps its label', () => {
    const t = i18n.getFixedT('es', 'compare');
    const names = TOPICS.map((topic) => topicName(t, topic.id, topic.label));
    expect(names.filter((name, i) => name === TOPICS[i]?.label)).toEqual([]);
    expect(new Set(names).size).toBe(TOPICS.length);
    expect(topicName(t, 'no-such-topic', 'As labelled')).toBe('As labelled');
  });
});
