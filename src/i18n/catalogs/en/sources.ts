/** English strings of the "sources" namespace: the reference every other language's catalog must match. */
export const sources = {} as const;
