/** English strings of the "compare" namespace: the reference every other language's catalog must match. */
export const compare = {} as const;
