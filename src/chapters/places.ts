/**
 * Places as people type them, made comparable: "NY", "New York" and "new york" are one US state; "USA",
 * "US", "Estados Unidos" and "United States of America" one country (countries.ts). Chapters keep what
 * was typed; the overlap table and the map group by these keys. US states are named in full (the map's
 * us-atlas names them so); other regions are compared case- and accent-insensitively.
 */
import { countryCode } from './countries.ts';
import { placeKey } from './place-key.ts';

export { placeKey };

const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'United States Virgin Islands',
  AS: 'American Samoa',
  MP: 'Commonwealth of the Northern Mariana Islands',
};

/** The name every spelling of the United States reads as (the gazetteer's). */
const UNITED_STATES = 'United States';

/** Whether `country` names the United States (in any language countries.ts knows, or by its code). */
export function isUnitedStates(country: string): boolean {
  return countryCode(country) === 'US';
}

/** A country as the overlap table and the map name it: the United States under one name, others as typed (tidied). */
export function countryName(country: string): string {
  return isUnitedStates(country) ? UNITED_STATES : country.replace(/\s+/g, ' ').trim();
}

const STATE_BY_KEY = new Map<string, string>(
  Object.entries(US_STATES).flatMap(([code, name]) => [
    [placeKey(code), name],
    [placeKey(name), name],
  ]),
);

/** A US state's full name from its name or two-letter code, or undefined when `region` is none. */
function usStateName(region: string): string | undefined {
  return STATE_BY_KEY.get(placeKey(region));
}

/** A region as the overlap table names it: a US state in full, any other as typed (tidied). */
export function regionName(region: string, country: string): string {
  const tidy = region.replace(/\s+/g, ' ').trim();
  return (isUnitedStates(country) ? usStateName(tidy) : undefined) ?? tidy;
}
