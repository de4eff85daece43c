/** What went wrong, in the reader's language: a ConcordError worded from the `errors` catalog, any other error by its message. */
import type { TFunction } from 'i18next';
import { ConcordError } from '../workspace/errors.ts';

export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ConcordError) return t(`errors:${error.key}`, { ...error.params, defaultValue: error.message });
  if (error instanceof Error) return error.message;
  return String(error);
}
