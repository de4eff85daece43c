/**
 * The CLI's words in the shell's language (LC_ALL, then LC_MESSAGES, then LANG; "C", "POSIX" or none is
 * English). English is read straight from the catalog, so `concord --help` never loads i18next; another
 * language loads i18next and its catalogs when a command line runs.
 */
import { cli } from '../src/i18n/catalogs/en/cli.ts';
import { fill, flatten, type Leaves, type TextParams } from '../src/i18n/catalog-text.ts';
import { pickLanguage, type Language } from '../src/i18n/languages.ts';

export type CliKey = Leaves<typeof cli>;

/** A sentence of the `cli` namespace, its placeholders filled. */
export type Say = (key: CliKey, params?: TextParams) => string;

/** The words a command line speaks: its sentences, and any error worded for the reader. */
export interface Words {
  say: Say;
  describe(error: unknown): string;
}

/**
 * The language the shell asks for. The first of LC_ALL, LC_MESSAGES and LANG that is set decides, as POSIX
 * has it: "C" or "POSIX" there means English even when a later variable names another language.
 */
export function shellLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return pickLanguage([locale]);
}

const ENGLISH = flatten(cli);

/** A sentence in English, from the catalog alone. */
export const english: Say = (key, params) => fill(ENGLISH.get(key) ?? key, params);

/** The words of `language`: English from the catalog alone, any other through i18next. */
export async function wordsFor(language: Language): Promise<Words> {
  if (language === 'en') return { say: english, describe: (error) => (error instanceof Error ? error.message : String(error)) };
  const [{ translator }, { describeError }] = await Promise.all([import('../src/i18n/i18n.ts'), import('../src/i18n/describe-error.ts')]);
  const t = translator(language);
  return {
    say: (key, params) => t(`cli:${key}`, { ...params, defaultValue: key }),
    describe: (error) => describeError(error, t),
  };
}
