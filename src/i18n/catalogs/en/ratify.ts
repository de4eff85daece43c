/** English strings of the "ratify" namespace: the reference every other language's catalog must match. */
export const ratify = {} as const;
