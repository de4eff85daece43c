/** Reading exported text back in tests: whether some strings appear in a text in a given order. */

/** Finds each needle after the previous one; returns the first that is missing (or undefined). */
export function firstMissingInOrder(haystack: string, needles: readonly string[]): string | undefined {
  let at = 0;
  for (const needle of needles) {
    const found = haystack.indexOf(needle, at);
    if (found < 0) return needle;
    at = found + needle.length;
  }
  return undefined;
}
