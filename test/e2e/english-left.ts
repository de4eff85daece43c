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

/**
 * The English catalog fragments found in the page's visible text and its title/aria-label/placeholder/alt
 * attributes. Text marked as another language (`lang="en"`, as the language menu names English) is the
 * page saying so, and is skipped.
 */
export async function englishLeftOn(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const pageLanguage = document.documentElement.lang;
    const elsewhere = (element: Element | null): boolean => {
      const marked = element?.closest('[lang]');
      return marked !== null && marked !== undefined && marked.getAttribute('lang') !== pageLanguage;
    };
    const seen: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || elsewhere(parent) || !parent.checkVisibility()) continue;
      seen.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll('[title],[aria-label],[placeholder],[alt]')) {
      if (elsewhere(element)) continue;
      for (const name of ['title', 'aria-label', 'placeholder', 'alt']) seen.push(element.getAttribute(name) ?? '');
    }
    return seen.join('\n');
  });
  return FRAGMENTS.filter(({ pattern }) => pattern.test(text)).map(({ fragment }) => fragment);
}
