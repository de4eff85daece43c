/** The languages Concord speaks, and how a person's or a computer's locale list picks one of them. */

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, as a language menu shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first supported language of a locale list ("es-ES", "es_MX.UTF-8", "en-GB"…), or English.
 * POSIX values ("C", "POSIX", "") say nothing and are skipped.
 */
export function pickLanguage(locales: readonly (string | undefined)[]): Language {
  for (const locale of locales) {
    const primary = locale?.split(/[-_.@]/)[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}
