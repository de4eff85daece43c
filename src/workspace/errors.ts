/**
 * The one error type Concord throws for bad input. It carries a key of the `errors` catalog and the values
 * of its placeholders, so that each interface words it in its reader's language (src/i18n/describe-error.ts);
 * its `message` is the English wording, for logs, scripts and tests. The English is filled in here from the
 * catalog itself, without i18next, so that throwing an error costs no translation machinery.
 */
import { errors } from '../i18n/catalogs/en/errors.ts';
import { fill, flatten, type Leaves, type TextParams } from '../i18n/catalog-text.ts';

/** An error's key in the `errors` catalog: a code, or a code and one of its wordings. An unknown key fails the typecheck. */
export type ErrorKey = Leaves<typeof errors>;

/** The code of a key: its first two parts ("file.truncated" for "file.truncated.header"). */
type CodeOf<K> = K extends `${infer Area}.${infer Reason}.${string}` ? `${Area}.${Reason}` : K;

/** The code scripts see: stable, and shared by every wording of one reason. */
export type ErrorCode = CodeOf<ErrorKey>;

/** The values of a message's placeholders. */
export type ErrorParams = TextParams;

const firstTwo = (key: string): string => key.split('.').slice(0, 2).join('.');

/** The English strings by key, and the codes they make: read at the first error, not when a program starts. */
let read: { english: ReadonlyMap<string, string>; codes: ReadonlySet<string> } | undefined;
function catalog(): { english: ReadonlyMap<string, string>; codes: ReadonlySet<string> } {
  if (read === undefined) {
    const english = flatten(errors);
    read = { english, codes: new Set([...english.keys()].map(firstTwo)) };
  }
  return read;
}

function isErrorCode(value: string): value is ErrorCode {
  return catalog().codes.has(value);
}

/** The code of a catalog key. */
function codeOf(key: ErrorKey): ErrorCode {
  const code = firstTwo(key);
  if (!isErrorCode(code)) throw new Error(`No error code for the key "${key}".`);
  return code;
}

/** Whether `value` is a key of the `errors` catalog (for keys that crossed a worker or the network). */
export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === 'string' && catalog().english.has(value);
}

export class ConcordError extends Error {
  override readonly name = 'ConcordError';
  /** The catalog key of this wording ("file.truncated.header"). */
  readonly key: ErrorKey;
  /** A short machine-readable reason, stable for scripts (e.g. "file.truncated", "org.duplicate-short"). */
  readonly code: ErrorCode;
  /** The values of the message's placeholders. */
  readonly params: ErrorParams;
  constructor(key: ErrorKey, params: ErrorParams = {}) {
    super(fill(catalog().english.get(key) ?? key, params));
    this.key = key;
    this.code = codeOf(key);
    this.params = params;
  }
}
