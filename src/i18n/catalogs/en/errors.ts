/** English strings of the "errors" namespace: the reference every other language's catalog must match. */
export const errors = {} as const;
