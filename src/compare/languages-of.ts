/**
 * Which language each organization compared writes its principles in (language.ts, on its principles
 * together), for telling delegates when their organizations write in different languages: similarity
 * pairs principles written in one language, while topics hold across languages (topic-tagger.ts).
 */
import type { CompareOrganization } from './compare.ts';
import { detectLanguage, type Language } from './language.ts';

export interface OrganizationLanguage {
  short: string;
  language: Language;
}

/**
 * Each organization's language, in the order given, when they write in more than one of the languages
 * Compare analyses; undefined when they share one (or say too little to tell).
 */
export function mixedLanguages(orgs: readonly CompareOrganization[]): OrganizationLanguage[] | undefined {
  const languages = orgs.filter((org) => org.principles.length > 0).map((org) => ({ short: org.short, language: detectLanguage(org.principles.map((p) => p.text).join('\n')) }));
  const known = new Set(languages.map((l) => l.language).filter((language) => language !== 'other'));
  return known.size > 1 ? languages : undefined;
}
