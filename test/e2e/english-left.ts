/**
 * What English a Spanish-speaking delegate would still meet on a page: every English catalog string whose
 * Spanish differs, cut at its placeholders into the fixed words around them, looked for in the page's visible
 * text (whole words only). Words Spanish shares with English (a name, "No") never count.
 */
import type { Page } from 'playwright-core';
import { ENGLISH, SPANISH } from '../catalog-leaves.ts';

const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The English fragments to look for: four letters or more, not found anywhere in the Spanish catalog. */
function englishFragments(): string[] {
  const spanishText = [...SPANISH.values()].join('\n');
  const fragments = new Set<string>();
  for (const [key, english] of ENGLISH) {
    if (SPANISH.get(key) === english) continue;
    for (const piece of english.split(/\{\{[^}]*\}\}|<\/?\w+>|\n/)) {
      const fragment = piece.trim().replace(/^[\s,.;:—–()“”"'…·-]+|[\s,.;:—–()“”"'…·-]+$/g, '');
      if (fragment.replace(/[^\p{L}]/gu, '').length >= 4 && !spanishText.includes(fragment)) fragments.add(fragment);
    }
  }
  return [...fragments];
}

const FRAGMENTS = englishFragments().map((fragment) => ({ fragment, pattern: new RegExp(`(^|[^\\p{L}])${literal(fragment)}($|[^\\p{L}])`, 'u') }));

/** The English catalog fragments found in the page's visible text (and in its title/aria-label/placeholder attributes). */
export async function englishLeftOn(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[title],[aria-label],[placeholder],[alt]')].flatMap((element) =>
      ['title', 'aria-label', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? ''),
    );
    return `${document.body.innerText}\n${attributes.join('\n')}`;
  });
  return FRAGMENTS.filter(({ pattern }) => pattern.test(text)).map(({ fragment }) => fragment);
}
