/** English strings of the "app" namespace: the reference every other language's catalog must match. */
export const app = {} as const;
