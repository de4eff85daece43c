/**
 * The editor's sentences with numbers and names in them, in English and Spanish: the find bar's note on
 * locked matches picks the right plural, and the notice of a clause deleted under the cursor names the
 * deleter or says "another delegate" in the language shown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deletedClauseMessage } from '../../renderer/editor/deleted-clause.ts';
import { lockedNote } from '../../renderer/editor/use-find.ts';
import { i18n } from '../../src/i18n/i18n.ts';

afterEach(() => i18n.changeLanguage('en'));

describe('the editor in words', () => {
  it('says how many matches are locked, one or many, and nothing when none are', () => {
    const english = i18n.getFixedT('en', 'editor');
    const spanish = i18n.getFixedT('es', 'editor');
    expect(lockedNote(english, 0)).toBe('');
    expect(lockedNote(english, 1)).toBe('1 match is in ratified text: locked, not replaced.');
    expect(lockedNote(english, 3)).toBe('3 matches are in ratified text: locked, not replaced.');
    expect(lockedNote(spanish, 1)).toMatch(/^1 coincidencia está/);
    expect(lockedNote(spanish, 3)).toMatch(/^3 coincidencias están/);
  });

  it('names who deleted the clause being edited, in the language shown', async () => {
    expect(deletedClauseMessage('Ben')).toBe('Ben deleted the clause you were editing (Ctrl+Z on their side restores it).');
    expect(deletedClauseMessage(undefined)).toMatch(/^Another delegate deleted/);
    await i18n.changeLanguage('es');
    expect(deletedClauseMessage('Ben')).toMatch(/^Ben eliminó la cláusula/);
    expect(deletedClauseMessage(undefined)).toMatch(/^Otro delegado eliminó/);
  });
});
