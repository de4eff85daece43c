/**
 * Dates as the app and the minutes show them (src/local-dates.ts): in the reader's language through Intl, in
 * this computer's locale when it speaks that language, and a missing or broken timestamp never formatted.
 */
import { describe, expect, it } from 'vitest';
import { readableDate } from '../../src/local-dates.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { pickLanguage, type Language } from '../../src/i18n/languages.ts';

const ISO = '2026-12-02T14:05:09Z';
const own = new Intl.DateTimeFormat().resolvedOptions().locale;

describe('readableDate', () => {
  it('formats in this computer’s locale when it speaks the language, as the app did before it spoke Spanish', () => {
    const language = pickLanguage([own]);
    if (!own.startsWith(language)) return; // This computer speaks neither language: the next test covers it.
    expect(readableDate(ISO, language)).toBe(new Intl.DateTimeFormat(own, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ISO)));
    expect(readableDate(ISO, language, 'numericDate')).toBe(new Date(ISO).toLocaleDateString(own));
    expect(readableDate(ISO, language, 'time')).toBe(new Date(ISO).toLocaleTimeString(own));
  });
  it('formats in the language itself when this computer’s locale speaks another', () => {
    const other: Language = own.startsWith('es') ? 'en' : 'es';
    expect(readableDate(ISO, other, 'date')).toBe(new Intl.DateTimeFormat(other, { dateStyle: 'medium' }).format(new Date(ISO)));
  });
  it('says an empty timestamp is unknown, in the language, and shows a broken one as it is', () => {
    expect(readableDate('', 'es')).toBe(translator('es')('unknownTime'));
    expect(readableDate('', 'en')).toBe('unknown time');
    expect(readableDate('not a date', 'es')).toBe('not a date');
  });
});
