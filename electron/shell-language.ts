/**
 * The language the shell speaks — its menus and native dialogs: the system's at start, then whatever the
 * renderer says it shows. One place holds it, so every menu and dialog words itself the same way.
 */
import type { TFunction } from 'i18next';
import { i18n } from '../src/i18n/i18n.ts';
import type { Language } from '../src/i18n/languages.ts';

let current: Language = 'en';

export function setShellLanguage(language: Language): void {
  current = language;
}

export type ShellWords = TFunction<['app', 'common']>;

/** The shell's words in `language` (common words as `common:…`). */
export function shellWordsIn(language: Language): ShellWords {
  return i18n.getFixedT(language, ['app', 'common']);
}

/** The shell's words, in its language now. */
export function shellWords(): ShellWords {
  return shellWordsIn(current);
}
