/**
 * Every ConcordError Concord throws is worded in each language: the keys thrown anywhere in the sources
 * (found by parsing them) are in the English and the Spanish `errors` catalogs, the English message the
 * error carries is what i18next words in English, and describeError words it in the reader's language.
 */
import { globSync, readFileSync } from 'node:fs';
import { parseSync, Visitor } from 'oxc-parser';
import { describe, expect, it } from 'vitest';
import { errors as englishErrors } from '../../src/i18n/catalogs/en/errors.ts';
import { errors as spanishErrors } from '../../src/i18n/catalogs/es/errors.ts';
import { describeError } from '../../src/i18n/describe-error.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { fill } from '../../src/i18n/catalog-text.ts';
import { decodeWorkspaceFile } from '../../src/file/format.ts';
import { ConcordError, isErrorKey } from '../../src/workspace/errors.ts';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

interface Thrown {
  where: string;
  /** A whole key, or the fixed start of a key built from a template (`import.unknown-format.${kind}`). */
  key: string;
  prefix: boolean;
}

interface Node {
  type: string;
  start: number;
  value?: unknown;
  quasis?: { value: { cooked: string | null } }[];
  consequent?: Node;
  alternate?: Node;
}

/** The keys a first argument can be: string literals, template literals (their fixed start) and both arms of a conditional. */
function keysOf(node: Node | undefined): { key: string; prefix: boolean }[] {
  if (node === undefined) return [];
  if (node.type === 'Literal' && typeof node.value === 'string') return [{ key: node.value, prefix: false }];
  if (node.type === 'TemplateLiteral') return [{ key: node.quasis?.[0]?.value.cooked ?? '', prefix: (node.quasis?.length ?? 0) > 1 }];
  if (node.type === 'ConditionalExpression') return [...keysOf(node.consequent), ...keysOf(node.alternate)];
  return [];
}

/** Where the sources throw a ConcordError (or refuse with one, in the parliament's actions), and with which key. */
function thrownKeys(): Thrown[] {
  const files = globSync('{src,cli,server,renderer,bin,electron}/**/*.{ts,tsx}').filter((file) => !file.endsWith('.d.ts'));
  const found: Thrown[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes('ConcordError')) continue;
    const wrapsRefusal = /function refuse\(key: ErrorKey/.test(source);
    const line = (offset: number): number => source.slice(0, offset).split('\n').length;
    const take = (args: readonly Node[]): void => {
      const first = args[0];
      for (const k of keysOf(first)) found.push({ where: `${file}:${line(first?.start ?? 0)}`, ...k });
    };
    new Visitor({
      NewExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'ConcordError') take(node.arguments);
      },
      CallExpression(node) {
        if (wrapsRefusal && node.callee.type === 'Identifier' && node.callee.name === 'refuse') take(node.arguments);
      },
    }).visit(parseSync(file, source).program);
  }
  return found;
}

describe('error codes', () => {
  const english = leaves(englishErrors);
  const spanish = leaves(spanishErrors);
  const thrown = thrownKeys();

  it('finds the errors thrown in every layer', () => {
    for (const layer of ['src/', 'cli/', 'server/', 'renderer/'])
      expect(
        thrown.some((t) => t.where.startsWith(layer)),
        layer,
      ).toBe(true);
  });

  it('every key thrown anywhere is in the English and the Spanish catalogs', () => {
    const known = (catalog: Map<string, string>, t: Thrown): boolean => (t.prefix ? [...catalog.keys()].some((key) => key.startsWith(t.key)) : catalog.has(t.key));
    expect(thrown.filter((t) => !known(english, t)).map((t) => `${t.where} ${t.key}`)).toEqual([]);
    expect(thrown.filter((t) => !known(spanish, t)).map((t) => `${t.where} ${t.key}`)).toEqual([]);
  });

  it('the code is the key’s first two parts, the stable contract scripts read', () => {
    const error = new ConcordError('file.truncated.header', { fileName: 'a.concord' });
    expect(error.code).toBe('file.truncated');
    expect(new ConcordError('file.empty', { fileName: 'a.concord' }).code).toBe('file.empty');
    expect(error.params).toEqual({ fileName: 'a.concord' });
    expect(error.message).toBe('a.concord is truncated: it ends inside its header.');
  });

  it('each language’s catalog read without i18next (as the CLI reads it) says what i18next says', () => {
    const es = translator('es');
    for (const [key, text] of spanish) {
      if (!isErrorKey(key)) throw new Error(`${key} is not an error key`);
      const params = Object.fromEntries([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => [m[1] ?? '', `<${m[1] ?? ''}>`]));
      expect(fill(text, params), key).toBe(describeError(new ConcordError(key, params), es));
    }
  });

  it('the English message is what i18next words in English, for every key', () => {
    const en = translator('en');
    for (const [key, text] of english) {
      if (!isErrorKey(key)) throw new Error(`${key} is not an error key`);
      const params = Object.fromEntries([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => [m[1] ?? '', `<${m[1] ?? ''}>`]));
      const error = new ConcordError(key, params);
      expect(error.message, key).toBe(describeError(error, en));
      expect(error.message, key).not.toContain('{{');
    }
  });
});

describe('describeError', () => {
  it('words a ConcordError in Spanish, and the same error in English as its message', () => {
    let caught: unknown;
    try {
      decodeWorkspaceFile(new Uint8Array(0), 'acta.concord');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConcordError);
    expect(describeError(caught, translator('es'))).toBe('acta.concord está vacío.');
    expect(describeError(caught, translator('en'))).toBe('acta.concord is empty.');
  });

  it('falls back to the message of any other error', () => {
    expect(describeError(new TypeError('boom'), translator('es'))).toBe('boom');
    expect(describeError('plain', translator('es'))).toBe('plain');
  });
});
