/**
 * The record's dates and times in the parliament's screens, through i18next's Intl formatters (the ratify
 * catalog's `dates`): in the language the app speaks, in this computer's own locale when that locale speaks
 * it (so English on an en-GB computer reads "2 Dec 2026, 14:30"), and a missing or broken timestamp said
 * as such rather than formatted.
 */
import { useTranslation } from 'react-i18next';

export type DateStyle = 'dateTime' | 'date' | 'numericDate' | 'clock' | 'time';

/** Formats an ISO timestamp of the record in one of the `dates` styles. */
export type DateText = (iso: string, style?: DateStyle) => string;

/** The locale to format in: this computer's, when it speaks `language`; else the language itself. */
function localeFor(language: string): string {
  const own = new Intl.DateTimeFormat().resolvedOptions().locale;
  return own.split('-')[0] === language ? own : language;
}

export function useDates(): DateText {
  const { t, i18n } = useTranslation(['ratify', 'common']);
  const locale = localeFor(i18n.language);
  return (iso, style = 'dateTime') => {
    if (iso === '') return t('common:unknownTime');
    const when = new Date(iso);
    return Number.isNaN(when.getTime()) ? iso : t(`dates.${style}`, { when, locale });
  };
}
