/**
 * Countries as people type them, in any of the languages Concord's members write: "España", "Spain",
 * "Espagne", "Spanien" and "ES" are all ES (ISO 3166-1). The names come from the platform's ICU through
 * `Intl.DisplayNames` (English, Spanish, French and German, long and short), built once on first use; a
 * few aliases ICU does not know ("USA", "Great Britain", "Ivory Coast", the world atlas's abbreviations)
 * are added by hand. Names are compared through `placeKey` (accents, case and punctuation folded).
 */
import { placeKey } from './place-key.ts';

/** The languages whose country names are recognized (English first: where two names collide, the earlier wins). */
const LANGUAGES = ['en', 'es', 'fr', 'de'] as const;

/** Spellings ICU does not give, by their compared form, and the country each names. */
const ALIASES: Readonly<Record<string, string>> = {
  'u s': 'US',
  'u s a': 'US',
  'united states of america': 'US',
  america: 'US',
  'great britain': 'GB',
  'gran bretana': 'GB',
  'grande bretagne': 'GB',
  großbritannien: 'GB',
  grossbritannien: 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'dr congo': 'CD',
  drc: 'CD',
  'democratic republic of the congo': 'CD',
  'dem rep congo': 'CD',
  'republic of the congo': 'CG',
  'dominican rep': 'DO',
  'central african rep': 'CF',
  'bosnia and herz': 'BA',
  's sudan': 'SS',
  'the bahamas': 'BS',
  'the gambia': 'GM',
  'eq guinea': 'GQ',
  swaziland: 'SZ',
  'solomon is': 'SB',
  'falkland is': 'FK',
  'falkland islands islas malvinas': 'FK',
  'fr s antarctic lands': 'TF',
  'w sahara': 'EH',
  'west bank': 'PS',
  'gaza strip': 'PS',
  'czech republic': 'CZ',
  macedonia: 'MK',
  'ivory coast': 'CI',
  'costa de marfil': 'CI',
  elfenbeinkuste: 'CI',
  turkey: 'TR',
};

/** Every two-letter region code ICU names under its own code (deprecated ones such as "UK" are left to the names). */
function regionCodes(names: Intl.DisplayNames): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b));
  return codes.filter((code) => names.of(code) !== undefined && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`);
}

/** English writes "Bosnia & Herzegovina", "St. Lucia"; people also write "and" and "Saint". */
function variants(name: string): string[] {
  return [name, name.replace(/\s*&\s*/g, ' and '), name.replace(/\bSt\.\s*/g, 'Saint ')];
}

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (name: string, code: string): void => {
    const key = placeKey(name);
    if (key !== '' && !table.has(key)) table.set(key, code);
  };
  const codes = regionCodes(new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }));
  for (const code of codes) add(code, code);
  for (const language of LANGUAGES)
    for (const style of ['long', 'short'] as const) {
      const names = new Intl.DisplayNames(language, { type: 'region', style, fallback: 'none' });
      for (const code of codes) for (const name of variants(names.of(code) ?? '')) add(name, code);
    }
  for (const [alias, code] of Object.entries(ALIASES)) add(alias, code);
  return table;
}

let table: Map<string, string> | undefined;

/** The ISO 3166-1 code of the country `country` names (a name in English, Spanish, French or German, or the code), or undefined when it is none known. */
export function countryCode(country: string): string | undefined {
  table ??= buildTable();
  return table.get(placeKey(country));
}

/** What two spellings of one country share: its code when known, else the name as compared. */
export function countryKey(country: string): string {
  return countryCode(country) ?? placeKey(country);
}
