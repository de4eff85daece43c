/** Spanish strings of the "editor" namespace. */
import type { editor as english } from '../en/editor.ts';
import type { Strings } from '../strings.ts';

export const editor = {} as const satisfies Strings<typeof english>;
