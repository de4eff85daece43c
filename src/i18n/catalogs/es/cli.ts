/** Spanish strings of the "cli" namespace. */
import type { cli as english } from '../en/cli.ts';
import type { Strings } from '../strings.ts';

export const cli = {} as const satisfies Strings<typeof english>;
