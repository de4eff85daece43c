/** English strings of the "cli" namespace: the reference every other language's catalog must match. */
export const cli = {} as const;
