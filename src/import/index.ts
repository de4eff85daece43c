/**
 * Importing an organization's founding document: read a file (or pasted text) into a draft, let the user fix
 * the split up, then commit it to the workspace in one transaction. What the UI and the CLI call.
 *
 *   const draft = await readImportDraft({ fileName, bytes }, { pdfjs, onProgress });
 *   let fixed = splitPrinciple(draft, id, offset);   // mergePrinciples, dropPrinciple, renameDraft
 *   const update = suggestSource(doc, org, fixed);     // a newer version of an existing source?
 *   if (update) compareWithSource(update, fixed);      // → { unchanged, added, removed }
 *   const { source, kept } = commitImport(doc, org, fixed, update?.id);
 */
export { commitImport, type CommitResult } from './commit.ts';
export { checkTitle, dropPrinciple, mergePrinciples, renameDraft, splitPrinciple, type ImportDraft } from './draft.ts';
export { SUPPORTED_EXTENSIONS, type ImportFormat } from './formats.ts';
export { compareWithSource, suggestSource, type VersionComparison } from './match-source.ts';
export type { PdfJs, PdfJsLoader } from './pdf-types.ts';
export { DEFAULT_MAX_BYTES, draftFromText, readImportDraft, type ImportInput, type ImportOptions } from './read-draft.ts';
