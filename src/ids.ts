/** Random identifiers for workspaces, organizations and clauses: short, URL-safe, collision-resistant. */
import { customAlphabet } from 'nanoid';

/** 16 base-36 characters (~82 bits) from nanoid, which draws each one without modulo bias. */
const random = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 16);

/** A new random id, optionally with a readable prefix such as "c_". */
export function newId(prefix = ''): string {
  return `${prefix}${random()}`;
}
