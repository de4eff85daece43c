/**
 * Successive Adopt clicks in the Sources view, where the cursor does not move: each principle lands after
 * the one adopted before it, so they keep the order they were adopted in (they used to land in reverse);
 * putting the cursor elsewhere starts again after the cursor.
 */
import { describe, expect, it } from 'vitest';
import { editConstitution } from '../../src/constitution/document.ts';
import { adoptPrinciples, AdoptionPlace } from '../../src/provenance/adopt.ts';
import { idByText, specOf } from './core-helpers.ts';
import { coalition, PRINCIPLES } from './provenance-helpers.ts';

const ANA = { org: 'o_deb', delegate: 'Ana' };

describe('adopting one principle after another', () => {
  it('keeps the order of the clicks while the cursor stays, and starts after the cursor again once it moves', () => {
    const { doc } = coalition(['article:General', 'clause:Drafted here.', 'clause:Last.']);
    const place = new AdoptionPlace();
    const adopt = (cursor: string, principle: string): void => {
      const id = editConstitution(doc, (editor) => adoptPrinciples(editor, doc, [principle], { after: place.after(cursor), by: ANA }));
      place.adopted(cursor, id);
    };
    const drafted = idByText(doc, 'Drafted here.');
    for (const principle of ['DEB-1', 'DEB-2', 'DEB-3']) adopt(drafted, principle);
    expect(specOf(doc)).toEqual(['article:General', 'clause:Drafted here.', ...PRINCIPLES.DEB.map((text) => `clause:${text}`), 'clause:Last.']);
    // The cursor put in another clause: the next adoption goes after it.
    adopt(idByText(doc, 'Last.'), 'PSF-1');
    adopt(idByText(doc, 'Last.'), 'PSF-2');
    expect(specOf(doc).slice(-3)).toEqual(['clause:Last.', `clause:${PRINCIPLES.PSF[0]}`, `clause:${PRINCIPLES.PSF[1]}`]);
  });
});
