/** English strings of the "translations" namespace: the reference every other language's catalog must match. */
export const translations = {} as const;
