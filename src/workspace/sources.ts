/**
 * Imported founding documents ("sources") and their principles. Imported text is never edited in place:
 * re-importing a document appends a new version to its source, in which principles whose text is unchanged
 * keep their ids (provenance links to them). Each source is a Y.Map in the `sources` root; its versions are
 * plain records in a Y.Array, so concurrent re-imports both survive. Also: renaming a source. (Searching
 * the principles is principle-search.ts.)
 */
import * as Y from 'yjs';
import { newId } from '../ids.ts';
import { ConcordError } from './errors.ts';
import { requireOrganization } from './workspace.ts';
import { recordEntries, recordEntry } from './doc-shape.ts';

const MAX_TITLE = 200;

export interface Principle {
  /** Globally unique and stable across re-imports of unchanged text: provenance links to it. */
  id: string;
  /** Headings above it, outermost first, e.g. ["5. Project Leader", "5.1 Powers"]. */
  path: string[];
  /** Its number or bullet as written ("1.", "(a)", "•") when it was a list item. */
  label?: string;
  text: string;
}

export interface SourceVersion {
  version: number;
  fileName: string;
  /** How it was read: "txt", "md", "docx", "odt", "pdf", "html" or "paste". */
  format: string;
  /** SHA-256 (hex) of the original bytes. */
  digest: string;
  importedAt: string;
  principles: Principle[];
}

export interface Source {
  id: string;
  /** Id of the organization the document belongs to. */
  org: string;
  title: string;
  versions: SourceVersion[];
}

export type SourceVersionInput = Omit<SourceVersion, 'version' | 'importedAt'>;

export function sourcesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('sources');
}

function isPrinciple(value: unknown): value is Principle {
  if (typeof value !== 'object' || value === null) return false;
  const p: { id?: unknown; path?: unknown; label?: unknown; text?: unknown } = value;
  return (
    typeof p.id === 'string' &&
    typeof p.text === 'string' &&
    (p.label === undefined || typeof p.label === 'string') &&
    Array.isArray(p.path) &&
    p.path.every((s) => typeof s === 'string')
  );
}

function readVersion(value: unknown): SourceVersion | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v: Partial<Record<keyof SourceVersion, unknown>> = value;
  if (typeof v.version !== 'number' || !Array.isArray(v.principles)) return undefined;
  return {
    version: v.version,
    fileName: typeof v.fileName === 'string' ? v.fileName : '',
    format: typeof v.format === 'string' ? v.format : '',
    digest: typeof v.digest === 'string' ? v.digest : '',
    importedAt: typeof v.importedAt === 'string' ? v.importedAt : '',
    principles: v.principles.filter(isPrinciple),
  };
}

function readSource(map: Y.Map<unknown>): Source {
  const versions = map.get('versions');
  const list = versions instanceof Y.Array ? versions.toArray() : [];
  const str = (key: string): string => {
    const value = map.get(key);
    return typeof value === 'string' ? value : '';
  };
  return {
    id: str('id'),
    org: str('org'),
    title: str('title'),
    versions: list
      .map(readVersion)
      .filter((v): v is SourceVersion => v !== undefined)
      .sort((a, b) => a.version - b.version),
  };
}

/** All sources, or those of one organization (by id or short name), in a stable order. */
export function listSources(doc: Y.Doc, orgRef?: string): Source[] {
  const orgId = orgRef === undefined ? undefined : requireOrganization(doc, orgRef).id;
  return recordEntries(doc, 'sources')
    .map(([, map]) => readSource(map))
    .filter((source) => orgId === undefined || source.org === orgId)
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

export function getSource(doc: Y.Doc, id: string): Source | undefined {
  const map = recordEntry(doc, 'sources', id);
  return map ? readSource(map) : undefined;
}

export function latestVersion(source: Source): SourceVersion | undefined {
  return source.versions[source.versions.length - 1];
}

/** A principle with where it stands: the organization and source (latest version) it belongs to. */
export interface PrincipleRef extends Principle {
  org: string;
  source: string;
  sourceTitle: string;
}

/** The current principles (latest version of each source) of one organization, or of all. */
export function currentPrinciples(doc: Y.Doc, orgRef?: string): PrincipleRef[] {
  return listSources(doc, orgRef).flatMap((source) =>
    (latestVersion(source)?.principles ?? []).map((p) => ({ ...p, org: source.org, source: source.id, sourceTitle: source.title })),
  );
}

/** Add a new source with its first version. */
export function addSource(doc: Y.Doc, orgRef: string, title: string, first: SourceVersionInput): Source {
  const org = requireOrganization(doc, orgRef);
  const cleanTitle = title.trim();
  if (cleanTitle === '') throw new ConcordError('source.no-title');
  const id = newId('s_');
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('id', id);
    map.set('org', org.id);
    map.set('title', cleanTitle);
    const versions = new Y.Array<unknown>();
    versions.push([{ ...first, version: 1, importedAt: new Date().toISOString() }]);
    map.set('versions', versions);
    sourcesMap(doc).set(id, map);
  });
  const source = getSource(doc, id);
  if (!source) throw new ConcordError('source.lost');
  return source;
}

function requireSource(doc: Y.Doc, id: string): Y.Map<unknown> {
  const map = recordEntry(doc, 'sources', id);
  if (!map) throw new ConcordError('source.unknown', { id });
  return map;
}

/** Rename a source (its title is the workspace's, not the file's). */
export function renameSource(doc: Y.Doc, sourceId: string, title: string): Source {
  const map = requireSource(doc, sourceId);
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new ConcordError('source.no-title');
  if (clean.length > MAX_TITLE) throw new ConcordError('source.title-too-long', { max: MAX_TITLE });
  map.set('title', clean);
  return readSource(map);
}

const sameText = (text: string): string => text.replace(/\s+/g, ' ').trim();
const samePath = (a: Principle, b: Principle): boolean => a.path.length === b.path.length && a.path.every((s, i) => s === b.path[i]);

/**
 * The principles of a new version, with the ids of the previous version's principles whose text is
 * unchanged (white space aside). Where a text occurs more than once, a principle under the same heading
 * path is preferred, then the first unused one in order. Others keep their (new) ids.
 */
export function keepUnchangedIds(previous: readonly Principle[], next: readonly Principle[]): Principle[] {
  const used = new Set<number>();
  const byText = new Map<string, number[]>();
  previous.forEach((p, i) => {
    const key = sameText(p.text);
    byText.set(key, [...(byText.get(key) ?? []), i]);
  });
  const chosen = new Map<number, number>();
  // First pass: same text under the same path; second pass: same text anywhere.
  for (const strict of [true, false]) {
    next.forEach((p, i) => {
      if (chosen.has(i)) return;
      const match = (byText.get(sameText(p.text)) ?? []).find((j) => {
        const old = previous[j];
        return !used.has(j) && old !== undefined && (!strict || samePath(old, p));
      });
      if (match !== undefined) {
        used.add(match);
        chosen.set(i, match);
      }
    });
  }
  const taken = new Set(previous.map((p) => p.id));
  return next.map((p, i) => {
    const match = chosen.get(i);
    const old = match === undefined ? undefined : previous[match];
    if (old) return { ...p, id: old.id };
    // A fresh principle must not take the id of an old one that lives on elsewhere.
    return taken.has(p.id) ? { ...p, id: newId('p_') } : p;
  });
}

/**
 * Add a new version of an existing source (a re-import of a newer document). Principles whose text is
 * unchanged keep their ids; returns the stored version and how many kept their ids.
 */
export function addSourceVersion(doc: Y.Doc, sourceId: string, input: SourceVersionInput): { source: Source; version: SourceVersion; kept: number } {
  const map = requireSource(doc, sourceId);
  const versions = map.get('versions');
  if (!(versions instanceof Y.Array)) throw new ConcordError('source.damaged', { sourceId });
  const before = readSource(map);
  const latest = latestVersion(before);
  const principles = keepUnchangedIds(latest?.principles ?? [], input.principles);
  const previousIds = new Set(latest?.principles.map((p) => p.id) ?? []);
  const number = Math.max(0, ...before.versions.map((v) => v.version)) + 1;
  const record: SourceVersion = { ...input, principles, version: number, importedAt: new Date().toISOString() };
  doc.transact(() => versions.push([record]));
  const source = readSource(map);
  return { source, version: record, kept: principles.filter((p) => previousIds.has(p.id)).length };
}
