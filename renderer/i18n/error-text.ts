/** What went wrong, in the language the app shows now: the one way the renderer words an error for the delegate. */
import { describeError } from '../../src/i18n/describe-error.ts';
import { i18n } from '../../src/i18n/i18n.ts';

export function errorText(error: unknown): string {
  return describeError(error, i18n.getFixedT(i18n.resolvedLanguage ?? 'en'));
}
