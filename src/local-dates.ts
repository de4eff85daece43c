/**
 * Dates and times as people read them: in the reader's language and time zone ("2 Dec 2026, 14:30";
 * "2 dic 2026, 14:30"), in this computer's own regional format when it speaks that language (an en-GB
 * computer keeps its day-month order), never a raw ISO timestamp — in the app, and in the minutes Concord
 * writes. The record keeps ISO strings; this module turns them into words (exports of the constitution print
 * theirs with src/export/dates.ts).
 */
import { i18n } from './i18n/i18n.ts';
import type { Language } from './i18n/languages.ts';

export type DateStyle = 'dateTime' | 'date' | 'numericDate' | 'clock' | 'time';

const STYLES: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  numericDate: { year: 'numeric', month: 'numeric', day: 'numeric' },
  clock: { hour: '2-digit', minute: '2-digit' },
  time: { timeStyle: 'medium' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** The locale to format in: this computer's, when it speaks `language`; else the language itself. */
function localeFor(language: Language): string {
  const own = new Intl.DateTimeFormat().resolvedOptions().locale;
  return own.split('-')[0] === language ? own : language;
}

function formatOf(language: Language, style: DateStyle): Intl.DateTimeFormat {
  const key = `${language} ${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeFor(language), STYLES[style]);
    formats.set(key, format);
  }
  return format;
}

/** `iso` in words in `language` ("2 Dec 2026, 14:30" by default); "unknown time" when empty, as it is when it is not a date. */
export function readableDate(iso: string, language: Language, style: DateStyle = 'dateTime'): string {
  if (iso === '') return i18n.getFixedT(language, 'common')('unknownTime');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatOf(language, style).format(date);
}
