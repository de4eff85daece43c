/** Spanish strings of the "chapters" namespace. */
import type { chapters as english } from '../en/chapters.ts';
import type { Strings } from '../strings.ts';

export const chapters = {} as const satisfies Strings<typeof english>;
