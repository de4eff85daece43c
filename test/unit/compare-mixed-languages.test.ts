/** Telling whether the organizations compared write in different languages (src/compare/languages-of.ts). */
import { describe, expect, it } from 'vitest';
import type { CompareOrganization } from '../../src/compare/compare.ts';
import { mixedLanguages } from '../../src/compare/languages-of.ts';

const org = (short: string, ...texts: string[]): CompareOrganization => ({ id: short, short, name: short, principles: texts.map((text, i) => ({ id: `${short}${i}`, text })) });

const ENGLISH = org('WL', 'Members pay dues every quarter to the treasurer.', 'The annual congress elects the steering committee by secret ballot.');
const ENGLISH_TOO = org('DEB', 'Our priorities are our users and free software.', 'We will never hide problems from the public.');
const SPANISH = org('UDS', 'Los miembros pagan sus cuotas cada trimestre a la tesorería.', 'El congreso anual elige al comité directivo por voto secreto.');
const FRENCH = org('CGT', 'Les membres paient leurs cotisations chaque trimestre au trésorier.', 'Le congrès annuel élit le comité de direction au scrutin secret.');

describe('mixedLanguages', () => {
  it('says nothing when every organization writes in one language', () => {
    expect(mixedLanguages([ENGLISH, ENGLISH_TOO])).toBeUndefined();
  });

  it('names each organization’s language, in the order given, when they differ', () => {
    expect(mixedLanguages([ENGLISH, SPANISH, ENGLISH_TOO, FRENCH])).toEqual([
      { short: 'WL', language: 'en' },
      { short: 'UDS', language: 'es' },
      { short: 'DEB', language: 'en' },
      { short: 'CGT', language: 'fr' },
    ]);
  });

  it('leaves out organizations with no principles yet, and does not count a language it cannot analyse as a difference', () => {
    expect(mixedLanguages([ENGLISH, org('NEW'), SPANISH])?.map((l) => l.short)).toEqual(['WL', 'UDS']);
    expect(mixedLanguages([ENGLISH, org('RU', 'Члены организации платят взносы каждый квартал казначею.')])).toBeUndefined();
  });
});
