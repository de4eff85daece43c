/** Spanish strings of the "exported" namespace. */
import type { exported as english } from '../en/exported.ts';
import type { Strings } from '../strings.ts';

export const exported = {} as const satisfies Strings<typeof english>;
