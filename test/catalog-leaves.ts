/** A catalog's strings by their full dotted key ("app.shell.saved"), for tests that compare languages. */
import { flatten } from '../src/i18n/catalog-text.ts';
import { en } from '../src/i18n/catalogs/en/index.ts';
import { es } from '../src/i18n/catalogs/es/index.ts';

export const ENGLISH: ReadonlyMap<string, string> = flatten(en);
export const SPANISH: ReadonlyMap<string, string> = flatten(es);
