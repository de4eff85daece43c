/** Spanish strings of the "sources" namespace. */
import type { sources as english } from '../en/sources.ts';
import type { Strings } from '../strings.ts';

export const sources = {} as const satisfies Strings<typeof english>;
