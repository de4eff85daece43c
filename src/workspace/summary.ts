/**
 * A plain-data picture of a whole workspace, as `concord info --json` prints it. Its shape is a contract
 * scripts rely on: add fields, never rename or remove them.
 */
import type * as Y from 'yjs';
import { readBlocks } from '../constitution/root.ts';
import { numberBlocks } from '../constitution/numbering.ts';
import { englishCore } from '../i18n/core-english.ts';
import type { BlockType } from '../constitution/schema.ts';
import { latestVersion, listSources, type SourceVersion } from './sources.ts';
import { listOrganizations, readMeta, type Organization } from './workspace.ts';

export interface ClauseSummary {
  id: string;
  type: BlockType;
  /** "Article II", "Section 1", "(3)"; empty for preamble paragraphs. */
  label: string;
  text: string;
}

/** An imported source as it stands: its latest version (number, file, digest, every principle with its id). */
export interface SourceSummary extends SourceVersion {
  id: string;
  /** Id of the organization it belongs to. */
  org: string;
  title: string;
}

export interface WorkspaceSummary {
  coalition: { id: string; name: string; format: number; createdAt: string };
  organizations: Organization[];
  constitution: ClauseSummary[];
  sources: SourceSummary[];
}

function summarizeSources(doc: Y.Doc): SourceSummary[] {
  return listSources(doc).map((source) => {
    const latest = latestVersion(source);
    return {
      id: source.id,
      org: source.org,
      title: source.title,
      version: latest?.version ?? 0,
      fileName: latest?.fileName ?? '',
      format: latest?.format ?? '',
      digest: latest?.digest ?? '',
      importedAt: latest?.importedAt ?? '',
      principles: latest?.principles ?? [],
    };
  });
}

export function summarizeWorkspace(doc: Y.Doc): WorkspaceSummary {
  return {
    coalition: readMeta(doc),
    organizations: listOrganizations(doc),
    constitution: numberBlocks(readBlocks(doc), englishCore).map(({ id, type, label, text }) => ({ id, type, label, text })),
    sources: summarizeSources(doc),
  };
}
