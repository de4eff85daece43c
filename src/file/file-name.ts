/** File names made from what people call things: "Coalición Popular — Союз" → "Coalicion-Popular-Союз". */

/** Letters (any script) and digits kept, accents dropped, everything else one dash; `fallback` if nothing is left. */
export function fileStem(text: string, fallback: string): string {
  const stem = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return stem || fallback;
}
