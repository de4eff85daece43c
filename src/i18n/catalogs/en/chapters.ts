/** English strings of the "chapters" namespace: the reference every other language's catalog must match. */
export const chapters = {} as const;
