/** Spanish strings of the "translations" namespace. */
import type { translations as english } from '../en/translations.ts';
import type { Strings } from '../strings.ts';

export const translations = {} as const satisfies Strings<typeof english>;
