/** Spanish strings of the "errors" namespace. */
import type { errors as english } from '../en/errors.ts';
import type { Strings } from '../strings.ts';

export const errors = {} as const satisfies Strings<typeof english>;
