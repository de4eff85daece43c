/** Random identifiers for workspaces, organizations and clauses: short, URL-safe, collision-resistant. */

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new random id: 16 base-36 characters (~82 bits), optionally with a readable prefix such as "c_". */
export function newId(prefix = ''): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let out = prefix;
  for (const b of bytes) out += ALPHABET[b % 36];
  return out;
}
