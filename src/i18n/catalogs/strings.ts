/** The shape a translation must have: every key of the English catalog, each a string, and no other key. */
export type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
