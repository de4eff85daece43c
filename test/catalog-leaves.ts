/** A catalog's strings by their full dotted key ("app.shell.saved"), for tests that compare languages. */
import { en } from '../src/i18n/catalogs/en/index.ts';
import { es } from '../src/i18n/catalogs/es/index.ts';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

export const ENGLISH: ReadonlyMap<string, string> = leaves(en);
export const SPANISH: ReadonlyMap<string, string> = leaves(es);
