/**
 * Imported founding documents ("sources") and their principles. Imported text is never edited in place:
 * re-importing a document appends a new version to its source. Each source is a Y.Map in the `sources`
 * root; its versions are plain records in a Y.Array, so concurrent re-imports both survive.
 */
import * as Y from 'yjs';
import { newId } from '../ids.ts';
import { ConcordError } from './errors.ts';
import { requireOrganization } from './workspace.ts';

export interface Principle {
  /** Globally unique and stable across re-imports of unchanged text: provenance links to it. */
  id: string;
  /** Headings above it, outermost first, e.g. ["5. Project Leader", "5.1 Powers"]. */
  path: string[];
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
  const p: { id?: unknown; path?: unknown; text?: unknown } = value;
  return typeof p.id === 'string' && typeof p.text === 'string' && Array.isArray(p.path) && p.path.every((s) => typeof s === 'string');
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
    versions: list.map(readVersion).filter((v): v is SourceVersion => v !== undefined).sort((a, b) => a.version - b.version),
  };
}

/** All sources, or those of one organization (by id or short name), in a stable order. */
export function listSources(doc: Y.Doc, orgRef?: string): Source[] {
  const orgId = orgRef === undefined ? undefined : requireOrganization(doc, orgRef).id;
  return [...sourcesMap(doc).values()]
    .map(readSource)
    .filter((source) => orgId === undefined || source.org === orgId)
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

export function getSource(doc: Y.Doc, id: string): Source | undefined {
  const map = sourcesMap(doc).get(id);
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
  if (cleanTitle === '') throw new ConcordError('A source needs a title.', 'source.no-title');
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
  if (!source) throw new ConcordError('The source could not be stored.', 'source.lost');
  return source;
}
