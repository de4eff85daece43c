/** Spanish strings of the "compare" namespace. */
import type { compare as english } from '../en/compare.ts';
import type { Strings } from '../strings.ts';

export const compare = {} as const satisfies Strings<typeof english>;
