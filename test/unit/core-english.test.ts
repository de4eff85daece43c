/**
 * The `core` namespace's English read without i18next (src/i18n/core-english.ts) says what i18next says in
 * English: key by key for every string with plain placeholders, and where it is used — the numbering of
 * `concord info --json` and a merge error's description of damaged parts.
 */
import { describe, expect, it } from 'vitest';
import { numberBlocks } from '../../src/constitution/numbering.ts';
import type { Block } from '../../src/constitution/schema.ts';
import { core } from '../../src/i18n/catalogs/en/core.ts';
import { flatten } from '../../src/i18n/catalog-text.ts';
import { englishCore } from '../../src/i18n/core-english.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { describeAllSkipped, type Skipped } from '../../src/workspace/doc-shape.ts';

const english = i18n.getFixedT('en', 'core');
const isCoreKey = (key: string): key is Parameters<typeof englishCore>[0] => flatten(core).has(key);

describe('core English without i18next', () => {
  it('words every plain string as i18next does in English, placeholders filled', () => {
    let compared = 0;
    for (const [key, template] of flatten(core)) {
      const names = [...template.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1] ?? '');
      // Plurals and formatters are i18next's alone; core-english reads plain strings only.
      if (/_(zero|one|two|few|many|other)$/.test(key) || names.some((name) => !/^\w+$/.test(name)) || !isCoreKey(key)) continue;
      const params = Object.fromEntries(names.map((name, i) => [name, `<${name} ${i}>`]));
      // Called untyped: i18next's types want each key's own placeholders, and these are every key's.
      const viaI18next: unknown = Reflect.apply(english, undefined, [key, params]);
      expect(englishCore(key, params), key).toBe(viaI18next);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('numbers blocks as i18next numbers them in English', () => {
    const types = ['preamble', 'article', 'clause', 'section', 'clause', 'clause', 'article', 'section', 'section', 'clause'] as const;
    const blocks: Block[] = types.map((type, i) => ({ id: `b${i}`, type, text: `text ${i}` }));
    const labels = numberBlocks(blocks, englishCore).map((b) => b.label);
    expect(labels).toEqual(numberBlocks(blocks, english).map((b) => b.label));
    expect(labels).toContain('Article II');
  });

  it('describes damaged parts as i18next describes them in English, the "more" line included', () => {
    const skipped: Skipped[] = [
      { root: 'orgs', key: 'x', problem: 'it is not an organization' },
      { root: 'sources', key: 's', field: 'title', problem: 'its field "title" has the wrong type' },
      { root: 'constitution', key: '3', problem: 'a block nested inside it' },
      { root: 'unknown-root', key: 'k', problem: 'odd' },
      ...Array.from({ length: 4 }, (_, i): Skipped => ({ root: 'roster', key: String(i + 1), problem: 'a shared structure where plain data belongs' })),
    ];
    const text = describeAllSkipped(skipped, englishCore);
    expect(text).toBe(describeAllSkipped(skipped, english));
    expect(text).toContain('3 more');
  });
});
