/** Spanish strings of the "app" namespace. */
import type { app as english } from '../en/app.ts';
import type { Strings } from '../strings.ts';

export const app = {} as const satisfies Strings<typeof english>;
