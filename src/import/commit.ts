/**
 * Putting a confirmed draft into the workspace: a new source, or a new version of an existing one (whose
 * unchanged principles keep their ids). Everything is checked before anything is written, and the write is
 * one Yjs transaction, so a refused import leaves the document exactly as it was.
 */
import type * as Y from 'yjs';
import { ConcordError } from '../workspace/errors.ts';
import { addSource, addSourceVersion, getSource, latestVersion, type Principle, type Source, type SourceVersion, type SourceVersionInput } from '../workspace/sources.ts';
import { requireOrganization } from '../workspace/workspace.ts';
import { checkTitle, type ImportDraft } from './draft.ts';

export interface CommitResult {
  source: Source;
  /** The version just stored (1 for a new source). */
  version: SourceVersion;
  /** How many principles kept the id they had in the previous version (0 for a new source). */
  kept: number;
}

function samePrinciples(a: readonly Principle[], b: readonly Principle[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i];
      return q !== undefined && p.text === q.text && p.label === q.label && p.path.join('\u0000') === q.path.join('\u0000');
    })
  );
}

function versionInput(draft: ImportDraft): SourceVersionInput {
  return {
    fileName: draft.fileName,
    format: draft.format,
    digest: draft.digest,
    principles: draft.principles.map((p) => ({ id: p.id, path: [...p.path], ...(p.label === undefined ? {} : { label: p.label }), text: p.text })),
  };
}

/**
 * Store a draft for an organization (by id or short name): as a new source titled `draft.title`, or, given
 * `existingSourceId`, as the next version of that source (which keeps its title; see renameSource).
 */
export function commitImport(doc: Y.Doc, orgRef: string, draft: ImportDraft, existingSourceId?: string): CommitResult {
  const org = requireOrganization(doc, orgRef);
  const title = checkTitle(draft.title);
  if (draft.principles.length === 0) {
    throw new ConcordError('import.no-principles.all-left-out', { fileName: draft.fileName });
  }
  const ids = new Set(draft.principles.map((p) => p.id));
  if (ids.size !== draft.principles.length) throw new ConcordError('draft.duplicate-id');
  const input = versionInput(draft);
  if (existingSourceId === undefined) {
    const source = addSource(doc, org.id, title, input);
    const version = latestVersion(source);
    if (!version) throw new ConcordError('source.lost');
    return { source, version, kept: 0 };
  }
  const existing = getSource(doc, existingSourceId);
  if (!existing) throw new ConcordError('source.unknown', { id: existingSourceId });
  if (existing.org !== org.id) {
    throw new ConcordError('source.other-org', { title: existing.title, name: org.name });
  }
  const latest = latestVersion(existing);
  if (latest && latest.digest === draft.digest && samePrinciples(latest.principles, input.principles)) {
    throw new ConcordError('import.unchanged', { fileName: draft.fileName, version: latest.version, title: existing.title });
  }
  return addSourceVersion(doc, existing.id, input);
}
