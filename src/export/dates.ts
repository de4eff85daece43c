/**
 * Dates as exports print them: ISO days in data ("2026-03-12"), in the text the long form of the export's
 * language through Intl ("12 March 2026", "12 de marzo de 2026"), always the UTC day.
 */
import type { Language } from '../i18n/languages.ts';

/** The locale each language's long dates are written in (British English puts the day first, as Concord always has). */
const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', es: 'es' };

const formats = new Map<Language, Intl.DateTimeFormat>();

function formatOf(language: Language): Intl.DateTimeFormat {
  const known = formats.get(language);
  if (known) return known;
  const made = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
  formats.set(language, made);
  return made;
}

/** The UTC calendar day of `date` as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2026-03-12" (or a full ISO timestamp) → "12 March 2026" / "12 de marzo de 2026"; anything else is returned as it is. */
export function longDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(day.getTime()) || isoDate(day) !== match[0]) return iso;
  return formatOf(language).format(day);
}
