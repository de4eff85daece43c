/**
 * The CLI's words in the shell's language (LC_ALL, then LC_MESSAGES, then LANG; "C", "POSIX" or none is
 * English). They are read straight from the `cli` and `errors` catalogs of that language (plain {{name}}
 * placeholders, src/i18n/catalog-text.ts), without i18next, so `concord --help` starts as fast in any language.
 */
import { cli } from '../src/i18n/catalogs/en/cli.ts';
import { fill, flatten, type Leaves, type TextParams } from '../src/i18n/catalog-text.ts';
import { pickLanguage, type Language } from '../src/i18n/languages.ts';
import { ConcordError } from '../src/workspace/errors.ts';

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

/** A sentence in English. */
export const english: Say = (key, params) => fill(ENGLISH.get(key) ?? key, params);

/** Each language's two catalogs, loaded only for that language. */
const CATALOGS: Readonly<Record<Language, () => Promise<{ cli: object; errors: object }>>> = {
  en: async () => ({ cli, errors: {} }),
  es: async () => {
    const [strings, errors] = await Promise.all([import('../src/i18n/catalogs/es/cli.ts'), import('../src/i18n/catalogs/es/errors.ts')]);
    return { cli: strings.cli, errors: errors.errors };
  },
};

/** The words of `language`; whatever a catalog lacks is said in English (a ConcordError's English is its message). */
export async function wordsFor(language: Language): Promise<Words> {
  const catalogs = await CATALOGS[language]();
  const strings = flatten(catalogs.cli);
  const errors = flatten(catalogs.errors);
  return {
    say: (key, params) => fill(strings.get(key) ?? ENGLISH.get(key) ?? key, params),
    describe(error) {
      if (error instanceof ConcordError) {
        const template = errors.get(error.key);
        return template === undefined ? error.message : fill(template, error.params);
      }
      return error instanceof Error ? error.message : String(error);
    },
  };
}
