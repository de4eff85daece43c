/**
 * Concord speaks English and Spanish everywhere: each catalog has exactly the English keys, with the same
 * placeholders, and no words are left written into the renderer's code (test/unit/i18n-scan.ts says what
 * counts). Keys used in code are checked by the typecheck (src/i18n/i18n.ts types them against English).
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH as english, SPANISH as spanish } from '../catalog-leaves.ts';
import { hardCodedStrings } from './i18n-scan.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '').sort();

describe('the catalogs', () => {
  it('Spanish has every English key and no other', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });
  it('no string is empty, and each translation fills the same placeholders as English', () => {
    const wrong = [...english].filter(
      ([key, text]) => text.trim() === '' || (spanish.get(key) ?? '').trim() === '' || placeholders(spanish.get(key) ?? '').join() !== placeholders(text).join(),
    );
    expect(wrong.map(([key]) => key)).toEqual([]);
  });
});

const RENDERER = globSync('renderer/**/*.{ts,tsx}').filter((file) => !file.endsWith('.d.ts'));
const AREAS = [
  ...new Set(
    RENDERER.map((file) =>
      file
        .split('/')
        .slice(0, 2)
        .join('/')
        .replace(/\.tsx?$/, ''),
    ),
  ),
].sort();

describe('no words written into the renderer', () => {
  it.each(AREAS)('%s', (area) => {
    const files = RENDERER.filter((file) => file === `${area}.ts` || file === `${area}.tsx` || file.startsWith(`${area}/`));
    const found = files.flatMap((file) => hardCodedStrings(file, readFileSync(file, 'utf8')));
    expect(found.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });
});
