/** English strings of the "core" namespace: the reference every other language's catalog must match. */
export const core = {} as const;
