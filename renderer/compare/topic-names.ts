/**
 * A topic's name in the app's language: the "compare" namespace names each topic of the taxonomy
 * (src/compare/topics.ts) by its id. An id the catalog lacks keeps the taxonomy's own label.
 */
import type { TFunction } from 'i18next';
import { compare } from '../../src/i18n/catalogs/en/compare.ts';

type TopicId = keyof typeof compare.topics;

function isNamed(id: string): id is TopicId {
  return Object.hasOwn(compare.topics, id);
}

export function topicName(t: TFunction<'compare'>, id: string, label: string): string {
  return isNamed(id) ? t(`topics.${id}`) : label;
}
