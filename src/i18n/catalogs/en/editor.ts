/** English strings of the "editor" namespace: the reference every other language's catalog must match. */
export const editor = {} as const;
