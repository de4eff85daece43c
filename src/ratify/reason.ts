/**
 * Why a signed statement of the parliament's record is invalid, forged or refused, as the fold stores it:
 * a key of the `record` catalog and the values of its placeholders, not words. It is worded where it is
 * shown, in its reader's language (`wordReason`); English is the contract of `concord tally --json`. A
 * reason may nest another: a closing that counts an invalid vote carries that vote's reason.
 */
import type { TFunction } from 'i18next';
import type { Leaves } from '../i18n/catalog-text.ts';
import type { record } from '../i18n/catalogs/en/record.ts';
import { i18n } from '../i18n/i18n.ts';

/** A key as i18next takes it: a plural's keys ("damaged_one", "damaged_other") are one ("damaged"). */
type Plain<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** A reason's key in the `record` catalog. An unknown key fails the typecheck. */
export type ReasonKey = Plain<Leaves<typeof record>>;

/** The values of a reason's placeholders: names of organizations, short ids, a count, or a reason within it. */
export type ReasonParams = Readonly<Record<string, string | number | Reason>>;

export interface Reason {
  readonly key: ReasonKey;
  readonly params: ReasonParams;
}

export function reason(key: ReasonKey, params: ReasonParams = {}): Reason {
  return { key, params };
}

/** The reason in the words of `t`'s language (a reason within it worded first, in the same language). */
export function wordReason(cause: Reason, t: TFunction<'core'>): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(cause.params)) params[name] = typeof value === 'object' ? wordReason(value, t) : value;
  // The key is typed (ReasonKey); its placeholders are not checked per key, so i18next is asked as for any key.
  return t(cause.key, { ...params, ns: 'record', defaultValue: cause.key });
}

const ENGLISH = i18n.getFixedT('en', 'core');

/** The reason in English, "" for none: the words of the record's English fields (`concord tally --json`, logs, tests). */
export function englishReason(cause: Reason | undefined): string {
  return cause ? wordReason(cause, ENGLISH) : '';
}
