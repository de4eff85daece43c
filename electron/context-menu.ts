/**
 * The right-click menu of the app's page: spelling suggestions for a misspelled word (and "Add to
 * dictionary"), then Cut, Copy and Paste as the clicked spot allows, in the language the renderer shows.
 * Built from what Chromium reports about the click, so it is a plain function of it; main.ts shows it.
 */
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';

/** What Chromium reports about a right-click that the menu reads. */
export type ContextClick = Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>;

/** What the menu's spelling items act on: the page's editor and the session's dictionary. */
export interface SpellingTarget {
  replaceMisspelling(word: string): void;
  addWordToDictionary(word: string): void;
}

const MAX_SUGGESTIONS = 6;

/** The menu for one right-click; empty when there is nothing to offer (then no menu is shown). */
export function contextMenuTemplate(click: ContextClick, target: SpellingTarget, t: TFunction<'app'>): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = click.misspelledWord;
  if (click.isEditable && word !== '') {
    const suggestions = click.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => target.replaceMisspelling(suggestion) });
    if (suggestions.length === 0) items.push({ label: t('menu.noSuggestions'), enabled: false });
    items.push({ type: 'separator' }, { label: t('menu.addToDictionary'), click: () => target.addWordToDictionary(word) }, { type: 'separator' });
  }
  if (click.isEditable) {
    items.push(
      { role: 'cut', label: t('menu.cut'), enabled: click.editFlags.canCut },
      { role: 'copy', label: t('menu.copy'), enabled: click.editFlags.canCopy },
      { role: 'paste', label: t('menu.paste'), enabled: click.editFlags.canPaste },
    );
  } else if (click.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: t('menu.copy'), enabled: click.editFlags.canCopy });
  }
  return items;
}
