/** Spanish strings of the "ratify" namespace. */
import type { ratify as english } from '../en/ratify.ts';
import type { Strings } from '../strings.ts';

export const ratify = {} as const satisfies Strings<typeof english>;
