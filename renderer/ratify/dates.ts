/** The record's dates and times in the parliament's screens, in the language the app speaks (src/local-dates.ts). */
import { readableDate, type DateStyle } from '../../src/local-dates.ts';
import { shownLanguage } from '../i18n/language-choice.ts';

/** Formats an ISO timestamp of the record in one of the styles. */
export type DateText = (iso: string, style?: DateStyle) => string;

/** Dates in the language the app speaks now (the components using it render again when it changes). */
export function useDates(): DateText {
  return (iso, style) => readableDate(iso, shownLanguage(), style);
}
