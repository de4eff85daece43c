/** English strings of the "exported" namespace: the reference every other language's catalog must match. */
export const exported = {} as const;
