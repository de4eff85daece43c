/**
 * For re-imports: which existing source a new draft is most likely a newer version of, and what committing
 * it as that source's next version would do (how many principles keep their ids, how many are new, how many
 * go). Lets the preview offer "New version of …" with its consequences before anything is written.
 */
import type * as Y from 'yjs';
import { keepUnchangedIds, latestVersion, listSources, type Source } from '../workspace/sources.ts';
import { requireOrganization } from '../workspace/workspace.ts';
import { baseName } from './formats.ts';
import type { ImportDraft } from './draft.ts';

export interface VersionComparison {
  /** Principles that would keep the id they have now. */
  unchanged: number;
  /** Principles that would be new (changed text, or not there before). */
  added: number;
  /** Current principles that the new version no longer has. */
  removed: number;
}

/** What committing `draft` as the next version of `source` would change. */
export function compareWithSource(source: Source, draft: ImportDraft): VersionComparison {
  const previous = latestVersion(source)?.principles ?? [];
  const oldIds = new Set(previous.map((p) => p.id));
  const kept = keepUnchangedIds(previous, draft.principles).filter((p) => oldIds.has(p.id)).length;
  return { unchanged: kept, added: draft.principles.length - kept, removed: previous.length - kept };
}

/**
 * The organization's source this draft most likely updates: one from a file of the same name, else one with
 * the same title, else the one sharing the most principle texts (at least half of its own). Undefined when
 * nothing fits: then the draft is a new source.
 */
export function suggestSource(doc: Y.Doc, orgRef: string, draft: ImportDraft): Source | undefined {
  const sources = listSources(doc, requireOrganization(doc, orgRef).id);
  const name = baseName(draft.fileName).toLowerCase();
  const byName = sources.find((s) => s.versions.some((v) => baseName(v.fileName).toLowerCase() === name));
  if (byName && draft.format !== 'paste') return byName;
  const byTitle = sources.find((s) => s.title.toLowerCase() === draft.title.toLowerCase());
  if (byTitle) return byTitle;
  let best: { source: Source; share: number } | undefined;
  for (const source of sources) {
    const total = latestVersion(source)?.principles.length ?? 0;
    if (total === 0) continue;
    const share = compareWithSource(source, draft).unchanged / total;
    if (share >= 0.5 && (!best || share > best.share)) best = { source, share };
  }
  return best?.source;
}
