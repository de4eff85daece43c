/**
 * The record's dates and times in the parliament's screens, through i18next's Intl formatters (the ratify
 * catalog's `dates`): in the language the app speaks, in this computer's own locale when that locale speaks
 * it (so English on an en-GB computer reads "2 Dec 2026, 14:30"), and a missing or broken timestamp said
 * as such rather than formatted.
 */
import { useTranslation } from 'react-i18next';
import { i18n } from '../../src/i18n/i18n.ts';

export type DateStyle = 'dateTime' | 'date' | 'numericDate' | 'clock' | 'time';

/** Formats an ISO timestamp of the record in one of the `dates` styles. */
export type DateText = (iso: string, style?: DateStyle) => string;

/** The locale to format in: this computer's, when it speaks `language`; else the language itself. */
function localeFor(language: string): string {
  const own = new Intl.DateTimeFormat().resolvedOptions().locale;
  return own.split('-')[0] === language ? own : language;
}

/** `iso` in words in `language`: "unknown time" when empty, as it is when it is not a date. */
export function recordDate(language: string, iso: string, style: DateStyle = 'dateTime'): string {
  const t = i18n.getFixedT(language, ['ratify', 'common']);
  if (iso === '') return t('common:unknownTime');
  const when = new Date(iso);
  return Number.isNaN(when.getTime()) ? iso : t(`dates.${style}`, { when, locale: localeFor(language) });
}

/** Dates in the language the app speaks now (the component renders again when it changes). */
export function useDates(): DateText {
  const { i18n: shown } = useTranslation('ratify');
  return (iso, style) => recordDate(shown.language, iso, style);
}
