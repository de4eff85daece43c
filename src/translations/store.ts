/**
 * Parallel texts: a block of the constitution (by its stable id) may carry one translation per language,
 * `official` or `working`, with who set it and a fingerprint of the wording it translates. They live in the
 * workspace's `translations` root, one Y.Map per block and language (key `block:language`), so translations
 * into different languages never overwrite each other and two delegates setting the same one converge on
 * one. A translation whose fingerprint is not that of the block's wording today is out of date. Entries
 * come from peers: what does not fit the schema (wrong types, a language Concord does not speak, a key that
 * does not match its fields, a text too long) is skipped and reported, never read, and never throws.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import * as Y from 'yjs';
import * as z from 'zod';
import { readBlocks } from '../constitution/root.ts';
import { LANGUAGES, isLanguage, type Language } from '../i18n/languages.ts';
import type { Author } from '../provenance/store.ts';
import { recordEntries, recordEntry, type Skipped } from '../workspace/doc-shape.ts';
import { ConcordError } from '../workspace/errors.ts';

export const TRANSLATIONS_ROOT = 'translations';

export const TRANSLATION_STATUSES = ['official', 'working'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** The longest translation kept (a clause is rarely a tenth of it). */
export const MAX_TRANSLATION_LENGTH = 20_000;

export interface Translation {
  /** The block's stable id. */
  block: string;
  language: Language;
  text: string;
  status: TranslationStatus;
  /** Who set it last: the organization acted for and the delegate. */
  by: Author;
  /** When (ISO 8601), as the setter's clock said. */
  at: string;
  /** The fingerprint of the block's wording it translates (`wordingFingerprint`). */
  source: string;
}

export interface TranslationsReading {
  translations: Translation[];
  /** Entries left out, with why. */
  skipped: Skipped[];
}

const MAX_ID = 200;

const entrySchema = z.strictObject({
  block: z.string().min(1).max(MAX_ID),
  language: z.enum(LANGUAGES),
  text: z.string().max(MAX_TRANSLATION_LENGTH),
  status: z.enum(TRANSLATION_STATUSES),
  org: z.string().max(MAX_ID),
  delegate: z.string().max(500),
  at: z.string().max(40),
  source: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});

const keyOf = (block: string, language: Language): string => `${block}:${language}`;

/** The fingerprint of a block's wording: what a translation records, to tell when the wording has changed since. */
export function wordingFingerprint(text: string): string {
  return `sha256:${bytesToHex(sha256(new TextEncoder().encode(text)))}`;
}

/** Whether `translation` was made from a wording other than `wording` (the block's text today). */
export function isOutOfDate(translation: Pick<Translation, 'source'>, wording: string): boolean {
  return translation.source !== wordingFingerprint(wording);
}

function readEntry(key: string, map: Y.Map<unknown>): Translation | string {
  const parsed = entrySchema.safeParse(Object.fromEntries(map.entries()));
  if (!parsed.success) return 'it is not a well-formed translation';
  const { block, language, text, status, org, delegate, at, source } = parsed.data;
  if (key !== keyOf(block, language)) return 'its key does not match the block and language it names';
  return { block, language, text, status, by: { org, delegate }, at, source };
}

/** Every sound translation in the workspace (by block id, then language: the same on every replica), and the entries that were skipped (with why). */
export function readTranslations(doc: Y.Doc): TranslationsReading {
  const translations: Translation[] = [];
  const skipped: Skipped[] = [];
  for (const [key, map] of recordEntries(doc, 'translations')) {
    const entry = readEntry(key, map);
    if (typeof entry === 'string') skipped.push({ root: TRANSLATIONS_ROOT, key, problem: entry });
    else translations.push(entry);
  }
  const order = (t: Translation): string => keyOf(t.block, t.language);
  translations.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { translations, skipped };
}

/** The translations into `language`, by block id: what an export beside the text needs. */
export function translationsInto(doc: Y.Doc, language: Language): ReadonlyMap<string, Translation> {
  return new Map(
    readTranslations(doc)
      .translations.filter((t) => t.language === language)
      .map((t) => [t.block, t]),
  );
}

/** One block's translation into `language`, if there is a sound one (reads that entry only). */
export function translationOf(doc: Y.Doc, block: string, language: Language): Translation | undefined {
  const key = keyOf(block, language);
  const map = recordEntry(doc, 'translations', key);
  if (!map) return undefined;
  const entry = readEntry(key, map);
  return typeof entry === 'string' ? undefined : entry;
}

export interface TranslationInput {
  text: string;
  status: TranslationStatus;
}

function checkLanguage(language: unknown): Language {
  if (!isLanguage(language)) throw new ConcordError('translation.language', { language: String(language), languages: LANGUAGES.join(', ') });
  return language;
}

/** Write `fields` into `map`, putting it under `key` when it is new (one transaction: peers never see half of it). */
function write(doc: Y.Doc, key: string, map: Y.Map<unknown>, fields: Record<string, string>): void {
  const root = doc.getMap(TRANSLATIONS_ROOT);
  doc.transact(() => {
    for (const [field, value] of Object.entries(fields)) map.set(field, value);
    if (root.get(key) !== map) root.set(key, map);
  });
}

/**
 * Set the translation of block `block` into `language`, made from the block's wording as it reads now, as
 * `by`. Throws a ConcordError (leaving the workspace unchanged) for a block not in the constitution, a
 * language Concord does not speak, an empty or overlong text, or an unknown status.
 */
export function setTranslation(doc: Y.Doc, block: string, language: Language, input: TranslationInput, by: Author, now: Date = new Date()): Translation {
  checkLanguage(language);
  const wording = readBlocks(doc).find((b) => b.id === block)?.text;
  if (wording === undefined) throw new ConcordError('translation.unknown-block', { block });
  const text = input.text.trim();
  if (text === '') throw new ConcordError('translation.empty');
  if (text.length > MAX_TRANSLATION_LENGTH) throw new ConcordError('translation.too-long', { max: MAX_TRANSLATION_LENGTH });
  if (!(TRANSLATION_STATUSES as readonly string[]).includes(input.status)) throw new ConcordError('translation.status');
  const translation: Translation = { block, language, text, status: input.status, by, at: now.toISOString(), source: wordingFingerprint(wording) };
  // A fresh record: whatever a peer left under this key (sound or not) is replaced whole.
  write(doc, keyOf(block, language), new Y.Map<unknown>(), {
    block,
    language,
    text,
    status: input.status,
    org: by.org,
    delegate: by.delegate,
    at: translation.at,
    source: translation.source,
  });
  return translation;
}

/** Mark an existing translation official or working, as `by`; its text and the wording it translates stay. */
export function setTranslationStatus(doc: Y.Doc, block: string, language: Language, status: TranslationStatus, by: Author, now: Date = new Date()): void {
  checkLanguage(language);
  const key = keyOf(block, language);
  const map = recordEntry(doc, 'translations', key);
  if (!map || !translationOf(doc, block, language)) throw new ConcordError('translation.none', { block, language });
  if (!(TRANSLATION_STATUSES as readonly string[]).includes(status)) throw new ConcordError('translation.status');
  write(doc, key, map, { status, org: by.org, delegate: by.delegate, at: now.toISOString() });
}

/** Take a block's translation into `language` away (nothing happens when there is none). */
export function removeTranslation(doc: Y.Doc, block: string, language: Language): void {
  checkLanguage(language);
  doc.getMap(TRANSLATIONS_ROOT).delete(keyOf(block, language));
}
