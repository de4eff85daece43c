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

/** The English text of a key (of its plural forms, for a plural). */
type TextAt<T, K extends string> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? TextAt<T[Head], Rest>
    : never
  : K extends keyof T
    ? T[K]
    : `${K}_other` extends keyof T
      ? T[`${K}_other`]
      : never;

/** The names of a text's `{{placeholders}}`. */
type Placeholders<S> = S extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** A value of a placeholder: a name, a short id, a count, or a reason within this one. */
type ReasonValue = string | number | Reason;

/** The values a key's placeholders need, each by name: a missing or misspelt one fails the typecheck. */
export type ReasonParams<K extends ReasonKey = ReasonKey> = Readonly<Record<Placeholders<TextAt<typeof record, K>>, ReasonValue>>;

export interface Reason {
  readonly key: ReasonKey;
  readonly params: Readonly<Record<string, ReasonValue>>;
}

/** A reason: its key, and the values of its placeholders when it has any. */
export function reason<K extends ReasonKey>(key: K, ...params: [Placeholders<TextAt<typeof record, K>>] extends [never] ? [] : [ReasonParams<K>]): Reason {
  return { key, params: params[0] ?? {} };
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
