/**
 * The coalition's language: the language its exports are written in (headings, dates, the record, the
 * documents' language tags). Kept in the workspace's `meta` map beside the coalition's name, so it syncs
 * like the other settings. A peer may write anything there: a value that is not one of Concord's
 * languages reads as English, and reading never throws.
 */
import type * as Y from 'yjs';
import * as z from 'zod';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { ConcordError } from './errors.ts';
import { metaMap } from './workspace.ts';

const KEY = 'language';
const languageSchema = z.enum(LANGUAGES);

/** The coalition's language; English when none is set or what is stored is not a language Concord speaks. */
export function readCoalitionLanguage(doc: Y.Doc): Language {
  const parsed = languageSchema.safeParse(metaMap(doc).get(KEY));
  return parsed.success ? parsed.data : 'en';
}

/** `value` as a language Concord speaks, or `settings.bad-language` saying which it speaks. */
export function checkLanguage(value: string): Language {
  const parsed = languageSchema.safeParse(value);
  if (!parsed.success) {
    throw new ConcordError('settings.bad-language', { value, languages: LANGUAGES.join(', ') });
  }
  return parsed.data;
}

/** Set the coalition's language; `settings.bad-language` (nothing changed) when `value` is not one Concord speaks. */
export function setCoalitionLanguage(doc: Y.Doc, value: string): Language {
  const language = checkLanguage(value);
  metaMap(doc).set(KEY, language);
  return language;
}
