/**
 * `concord import FILE --org SHORT PATH... [--json]`: import founding documents for an organization, each
 * file on its own: one that fails is reported and leaves the workspace as it was, the others still import.
 * A document the organization already has (same file name, same title, or mostly the same principles)
 * becomes that source's next version. Exit code 1 if any file failed.
 */
import { commitImport, readImportDraft, suggestSource, DEFAULT_MAX_BYTES } from '../../src/import/index.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { requireOrganization } from '../../src/workspace/workspace.ts';
import { printJson, requireFlag, requirePositional, stringFlag, UsageError, type CommandAction } from '../command.ts';
import { nodePdfJs } from '../pdfjs.ts';
import { openWorkspace, saveWorkspace } from '../workspace-file.ts';
import { wordsFor } from '../words.ts';

/** One file's outcome, as `--json` prints it. */
export interface ImportFileResult {
  path: string;
  ok: boolean;
  source?: { id: string; title: string; version: number };
  principles?: number;
  error?: { code: string; message: string };
}

function maxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError('usage.maxMb', { value });
  return Math.round(mb * 1024 * 1024);
}

export const importCommand: CommandAction = {
  options: { org: { type: 'string' }, 'max-mb': { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const paths = args.positionals.slice(1);
    if (paths.length === 0) throw new UsageError('usage.noDocument');
    const orgRef = requireFlag(args, 'org');
    const limit = maxBytes(stringFlag(args, 'max-mb'));
    const doc = await openWorkspace(io, file);
    const org = requireOrganization(doc, orgRef);
    const results: ImportFileResult[] = [];
    /** For files that became a new version of a source: how many principles kept their ids. */
    const unchanged = new Map<ImportFileResult, number>();
    /** For files that failed: the error, to word in the reader's language. */
    const failures = new Map<ImportFileResult, ConcordError>();
    for (const path of paths) {
      try {
        if (!(await io.exists(path))) throw new ConcordError('file.missing', { path });
        const bytes = await io.readFile(path);
        const draft = await readImportDraft({ fileName: path, bytes }, { maxBytes: limit, pdfjs: nodePdfJs });
        const { source, version, kept } = commitImport(doc, org.id, draft, suggestSource(doc, org.id, draft)?.id);
        const result = { path, ok: true, source: { id: source.id, title: source.title, version: version.version }, principles: version.principles.length };
        results.push(result);
        if (version.version > 1) unchanged.set(result, kept);
      } catch (error) {
        if (!(error instanceof ConcordError)) throw error;
        const result = { path, ok: false, error: { code: error.code, message: error.message } };
        results.push(result);
        failures.set(result, error);
      }
    }
    const imported = results.filter((r) => r.ok).length;
    if (imported > 0) await saveWorkspace(io, file, doc);
    if (args.values.json) printJson(io, { files: results });
    else {
      const { describe } = await wordsFor(io.language);
      for (const r of results) {
        const kept = unchanged.get(r);
        if (r.source && r.principles !== undefined) {
          const line = { path: r.path, principles: r.principles, title: r.source.title, id: r.source.id };
          io.out(`${kept === undefined ? io.say('act.import.file', line) : io.say('act.import.fileVersion', { ...line, version: r.source.version, kept })}\n`);
        } else io.err(`${io.say('act.import.failed', { path: r.path, error: describe(failures.get(r)) })}\n`);
      }
      const done = { imported, total: results.length, org: org.name, file };
      io.out(`${io.say(results.length === 1 ? 'act.import.done_one' : 'act.import.done_other', done)}\n`);
    }
    return imported === results.length ? 0 : 1;
  },
};
