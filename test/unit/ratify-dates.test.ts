/**
 * The Ratification view's dates (renderer/ratify/dates.ts): in the app's language through Intl, in this
 * computer's locale when it speaks that language, and a missing or broken timestamp never formatted.
 */
import { describe, expect, it } from 'vitest';
import { recordDate } from '../../renderer/ratify/dates.ts';
import { translator } from '../../src/i18n/i18n.ts';

const ISO = '2026-12-02T14:05:09Z';
const own = new Intl.DateTimeFormat().resolvedOptions().locale;

describe('recordDate', () => {
  it('formats in this computer’s locale when it speaks the language, as the app did before it spoke Spanish', () => {
    const language = own.split('-')[0] ?? '';
    expect(recordDate(language, ISO)).toBe(new Intl.DateTimeFormat(own, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ISO)));
    expect(recordDate(language, ISO, 'numericDate')).toBe(new Date(ISO).toLocaleDateString(own));
    expect(recordDate(language, ISO, 'time')).toBe(new Date(ISO).toLocaleTimeString(own));
  });
  it('formats in the language itself when this computer’s locale speaks another', () => {
    const other = own.startsWith('es') ? 'en' : 'es';
    expect(recordDate(other, ISO, 'date')).toBe(new Intl.DateTimeFormat(other, { dateStyle: 'medium' }).format(new Date(ISO)));
  });
  it('says an empty timestamp is unknown, in the language, and shows a broken one as it is', () => {
    expect(recordDate('es', '')).toBe(translator('es')('unknownTime'));
    expect(recordDate('en', '')).toBe('unknown time');
    expect(recordDate('es', 'not a date')).toBe('not a date');
  });
});
