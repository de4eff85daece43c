/** Spanish strings of the "core" namespace. */
import type { core as english } from '../en/core.ts';
import type { Strings } from '../strings.ts';

export const core = {} as const satisfies Strings<typeof english>;
