/**
 * Concord's words in every language it speaks: one i18next instance over the catalogs in ./catalogs, shared
 * by the core (exports, error messages), the CLI and the renderer (through react-i18next). Keys are typed
 * against the English catalog, so a key used but missing fails the typecheck, and each other language's
 * catalog must have exactly English's keys (catalogs/strings.ts). Plurals (`_one`, `_other`), numbers,
 * dates and lists go through Intl (`{{count}}`, `{{when, datetime}}`, `{{names, list}}`).
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { en } from './catalogs/en/index.ts';
import { es } from './catalogs/es/index.ts';
import type { Language } from './languages.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}

export type Namespace = keyof typeof en;
const NAMESPACES: readonly Namespace[] = ['app', 'chapters', 'cli', 'common', 'compare', 'core', 'editor', 'errors', 'exported', 'ratify', 'record', 'sources', 'translations'];

/** The instance: initialised synchronously, English first and the fallback for any key another language lacks. */
export const i18n: I18n = i18next.createInstance();
void i18n.init({
  resources: { en, es },
  lng: 'en',
  fallbackLng: 'en',
  ns: [...NAMESPACES],
  defaultNS: 'common',
  initAsync: false,
  // React escapes what it renders, and every export escapes for its own format (src/export/escape.ts).
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The words of one language, whatever language the instance is showing: exports use the coalition's, the CLI the shell's. */
export function translator(language: Language): TFunction {
  return i18n.getFixedT(language);
}
