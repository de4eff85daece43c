/**
 * The `core` namespace's English read straight from its catalog, without i18next (src/i18n/catalog-text.ts):
 * for words filled in before anyone knows who will read them — a merge error's parameters, the English
 * numbering of `concord info --json` — so that reading a file need not load the translation machinery.
 * Plain placeholders only: the keys read this way have no plurals or formatters in English.
 */
import { core } from './catalogs/en/core.ts';
import { fill, flatten, type Leaves, type TextParams } from './catalog-text.ts';

/** A key of the `core` namespace. */
type CoreKey = Leaves<typeof core>;

let strings: ReadonlyMap<string, string> | undefined;

/** The English of a `core` key, its placeholders filled. */
export function englishCore(key: CoreKey, params?: TextParams): string {
  strings ??= flatten(core);
  return fill(strings.get(key) ?? key, params);
}
