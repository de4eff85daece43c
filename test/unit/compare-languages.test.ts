/**
 * Comparison in four languages: each principle's language detected (its organization's deciding for short
 * ones), stems and stop words of that language, planted rewordings in Spanish and French found as the
 * English ones are, a coalition of English and Spanish organizations compared each in its own language,
 * and the default threshold being the one the labelled alignment set picks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareOrganizations, DEFAULT_THRESHOLD, type CompareOrganization, type Comparison } from '../../src/compare/compare.ts';
import { detectLanguage } from '../../src/compare/language.ts';
import { analyseTexts, pairSimilarities, similarPairsOf } from '../../src/compare/similarity.ts';
import { isStopWord, terms, trigrams } from '../../src/compare/tokenize.ts';
import { readWordVectors } from '../../src/compare/word-vectors.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { loadWordVectors } from '../../cli/word-vectors.ts';
import { baselinePairSimilarities } from '../../bench/lexical-baseline.ts';
import { ALIGNMENT_ORGANIZATIONS, chooseThreshold, heldOut, rowErrors, scoreRows } from '../fixtures/alignment/measure.ts';
import { ALIGNMENT_SETS } from '../fixtures/alignment/pairs.ts';
import { CORPUS } from '../fixtures/corpus-path.ts';
import { ENGLISH, FRENCH, plantedPair, SPANISH, type PlantedLanguageSet } from '../fixtures/compare/planted-languages.ts';

const vectors = await loadWordVectors();

function rowOf(comparison: Comparison): Map<string, number> {
  const index = new Map<string, number>();
  comparison.rows.forEach((row, i) => row.principleIds.forEach((id) => index.set(id, i)));
  return index;
}

/** Every rewording shares a row with its original, and no unrelated principle is in any row. */
function expectPlantedFound(comparison: Comparison, prefix: string, set: PlantedLanguageSet): void {
  const rows = rowOf(comparison);
  const misses = set.originals.flatMap((_, i) => (rows.get(`${prefix}-o${i}`) !== undefined && rows.get(`${prefix}-o${i}`) === rows.get(`${prefix}-r${i}`) ? [] : [i]));
  expect(misses).toEqual([]);
  expect(set.unrelated.map((_, i) => rows.get(`${prefix}-u${i}`)).filter((r) => r !== undefined)).toEqual([]);
}

describe('tokenizer per language', () => {
  it('detects English, Spanish, French and German, and calls other languages "other"', () => {
    expect(detectLanguage('The general assembly elects the board of directors every year by a majority of the votes cast.')).toBe('en');
    expect(detectLanguage(SPANISH.originals[1] ?? '')).toBe('es');
    expect(detectLanguage(FRENCH.originals[1] ?? '')).toBe('fr');
    expect(detectLanguage('Die Mitgliederversammlung wählt jedes Jahr den Vorstand mit der Mehrheit der abgegebenen Stimmen.')).toBe('de');
    expect(detectLanguage('Все люди рождаются свободными и равными в своем достоинстве и правах.')).toBe('other');
    // Too short to tell: the organization's language decides.
    expect(detectLanguage('Sede central.', 'es')).toBe('es');
  });

  it('stems each language with its own Snowball stemmer and drops its own stop words', () => {
    expect(terms('Los trabajadores pertenecen a la cooperativa', 'es')).toEqual(terms('El trabajador pertenece a las cooperativas', 'es'));
    expect(terms('Les travailleurs élisent leurs délégués', 'fr')).toEqual(['travailleur', 'elisent', 'delegu']);
    expect(terms('Die Arbeiterinnen wählen ihre Vertreter', 'de')).toEqual(['arbeiterinn', 'wahl', 'vertret']);
    expect(terms('It shall be, and it will be.', 'en')).toEqual([]);
    expect(isStopWord('está', 'es')).toBe(true);
    expect(isStopWord('está', 'en')).toBe(false);
    // A language without a stemmer keeps its words whole (folded), stop words and all.
    expect(terms('Все люди рождаются свободными', 'other')).toEqual(['все', 'люди', 'рождаются', 'свободными']);
  });

  it('gives subword trigrams of meaningful words, so a German compound meets its parts', () => {
    expect(trigrams('die Lohnarbeit', 'de')).toEqual(['#<lo', '#loh', '#ohn', '#hna', '#nar', '#arb', '#rbe', '#bei', '#eit', '#it>']);
    const [compound, part] = pairSimilarities([['Die Lohnarbeit wird abgeschafft.', 'Die Arbeit gegen Lohn wird abgeschafft.']]);
    expect(compound).toBeGreaterThan(0.2);
    expect(part).toBeUndefined();
  });
});

describe('similarity across languages', () => {
  it('scores a Spanish paraphrase as well as its English counterpart, where the English-only analysis did not', () => {
    const english = pairSimilarities([[ENGLISH.originals[4] ?? '', ENGLISH.rewordings[4] ?? '']], vectors)[0] ?? 0;
    const spanish = pairSimilarities([[SPANISH.originals[4] ?? '', SPANISH.rewordings[4] ?? '']], vectors)[0] ?? 0;
    const spanishBefore = baselinePairSimilarities([[SPANISH.originals[4] ?? '', SPANISH.rewordings[4] ?? '']])[0] ?? 0;
    expect(spanish).toBeGreaterThan(spanishBefore);
    expect(spanish).toBeGreaterThan(DEFAULT_THRESHOLD);
    expect(english).toBeGreaterThan(DEFAULT_THRESHOLD);
  });

  it('finds meaning beyond shared words in English, with the word vectors', () => {
    const [related, unrelated] = pairSimilarities(
      [
        ['Wages shall be abolished.', 'The wage system must end.'],
        ['Wages shall be abolished.', 'The anthem is sung at every congress.'],
      ],
      vectors,
    );
    const [byWords] = pairSimilarities([['Wages shall be abolished.', 'The wage system must end.']]);
    expect(related ?? 0).toBeGreaterThan((unrelated ?? 0) + 0.1);
    expect(related ?? 0).toBeGreaterThan((byWords ?? 0) + 0.1);
  });
});

describe('planted rewordings in Spanish and French', () => {
  for (const [name, set, prefix] of [
    ['Spanish', SPANISH, 'ES'],
    ['French', FRENCH, 'FR'],
  ] as const) {
    it(`${name}: every rewording shares a row with its original, and unrelated principles stay alone`, () => {
      const orgs = plantedPair(set, prefix);
      expectPlantedFound(compareOrganizations(orgs, { vectors }), prefix, set);
      expectPlantedFound(compareOrganizations(orgs), prefix, set);
    });
  }
});

describe('a coalition of English and Spanish organizations', () => {
  const orgs: CompareOrganization[] = [...plantedPair(ENGLISH, 'EN'), ...plantedPair(SPANISH, 'ES')];

  it('compares each organization in its own language: both languages’ rewordings found, nothing mixed up', () => {
    const comparison = compareOrganizations(orgs, { vectors });
    expectPlantedFound(comparison, 'EN', ENGLISH);
    expectPlantedFound(comparison, 'ES', SPANISH);
    for (const row of comparison.rows) expect(new Set(row.principleIds.map((id) => id.slice(0, 2))).size).toBe(1);
  });

  it('gives the same rows whatever the order of the organizations', () => {
    const keys = (c: Comparison): string[] => c.rows.map((r) => r.key).sort();
    expect(keys(compareOrganizations([...orgs].reverse(), { vectors }))).toEqual(keys(compareOrganizations(orgs, { vectors })));
  });
});

describe('word vectors and the default threshold', () => {
  it('ships the English word vectors, and refuses a damaged vector file with a clear error', () => {
    expect(vectors?.dimensions).toBe(100);
    expect(vectors?.rank.get('the')).toBe(0);
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode('CWV1 and then nothing sensible'), new Uint8Array(64).fill(7)]) {
      expect(() => readWordVectors(bytes)).toThrow(ConcordError);
    }
  });

  it('finds exactly the pairs brute force finds when meaning counts (words barely shared included)', () => {
    const orgs = ALIGNMENT_ORGANIZATIONS.flat();
    const texts = orgs.flatMap((o) => o.principles.map((p) => p.text));
    const groupOf = Int32Array.from(orgs.flatMap((o, g) => o.principles.map(() => g)));
    const analysed = analyseTexts(texts, vectors);
    for (const threshold of [0.1, DEFAULT_THRESHOLD, 0.4]) {
      const brute: string[] = [];
      for (let a = 0; a < texts.length; a += 1) {
        for (let b = a + 1; b < texts.length; b += 1) if (groupOf[a] !== groupOf[b] && analysed.similarity(a, b) >= threshold) brute.push(`${a}-${b}`);
      }
      expect(similarPairsOf(analysed, groupOf, threshold).map((p) => `${p.a}-${p.b}`)).toEqual(brute);
      expect(brute.length).toBeGreaterThan(0);
    }
  });

  it('labels at least 40 pairs, each side quoted verbatim from its corpus document', () => {
    const text = (file: string): string => readFileSync(resolve(CORPUS, file), 'utf8').replace(/\s+/g, ' ');
    expect(ALIGNMENT_SETS.reduce((n, set) => n + set.pairs.length, 0)).toBeGreaterThanOrEqual(40);
    for (const set of ALIGNMENT_SETS) {
      const [a, b] = [text(set.files[0]), set.files[1].map(text).join(' ')];
      expect(set.pairs.filter((p) => !a.includes(p.a) || !b.includes(p.b))).toEqual([]);
    }
  });

  it('measures held-out halves that split the labelled pairs, and lists exactly the errors it counts', () => {
    const rowsOf = (orgs: readonly CompareOrganization[]): string[][] => compareOrganizations(orgs, { vectors }).rows.map((r) => r.principleIds);
    const all = scoreRows(DEFAULT_THRESHOLD, rowsOf);
    const even = scoreRows(DEFAULT_THRESHOLD, rowsOf, 'even');
    const odd = scoreRows(DEFAULT_THRESHOLD, rowsOf, 'odd');
    expect(even.labelled + odd.labelled).toBe(all.labelled);
    expect(even.hits + odd.hits).toBe(all.hits);
    const { falseRows, missed } = rowErrors(rowsOf);
    expect(falseRows.length).toBe(all.falseMatches);
    expect(missed.length).toBe(all.labelled - all.hits);
    const { score, thresholds } = heldOut((orgs, threshold) => compareOrganizations(orgs, { threshold, vectors }).rows.map((r) => r.principleIds));
    expect(score.labelled).toBe(all.labelled);
    expect(thresholds.every((t) => t >= 0.1 && t <= 0.9)).toBe(true);
  });

  it('uses as its default the threshold the labelled alignment set picks', () => {
    const { best } = chooseThreshold((orgs, threshold) => compareOrganizations(orgs, { threshold, vectors }).rows.map((r) => r.principleIds));
    expect(best.threshold).toBe(DEFAULT_THRESHOLD);
  });
});
