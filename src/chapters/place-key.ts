/** The form place names are compared in (chapters' cities, regions and countries; organizations' names in a CSV). */

/** Lower case, no accents, punctuation as spaces, spaces collapsed: the form names are compared in. */
export function placeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
