/**
 * Which language the app speaks on this computer: the one the delegate chose here (remembered in this
 * browser profile), or else the first of the OS/browser locales Concord speaks, or else English.
 */
import { i18n } from '../../src/i18n/i18n.ts';
import { isLanguage, pickLanguage, type Language } from '../../src/i18n/languages.ts';

const STORAGE_KEY = 'concord.language';

function stored(): Language | undefined {
  const value = localStorage.getItem(STORAGE_KEY);
  return isLanguage(value) ? value : undefined;
}

function show(language: Language): void {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The language the app shows now. */
export function shownLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

/** At start: the remembered choice, or the locale's. */
export function startInChosenLanguage(): void {
  show(stored() ?? pickLanguage(navigator.languages));
}

/** The delegate's choice: shown at once and remembered on this computer. */
export function chooseLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  show(language);
}
