/**
 * `concord compare FILE --orgs A,B,C [--by similarity|topic] [--threshold X] [--json]`: the organizations'
 * principles side by side — by similarity (the default): rows of principles that say similar things, in
 * words and (in English, with the shipped word vectors) in meaning, most organizations first, and the
 * principles unique to one, the JSON naming, per row, each organization's principle ids and texts by its
 * short name; by topic: one row per topic (cli/compare-by-topic.ts).
 */
import { compareOrganizations, DEFAULT_THRESHOLD, type Comparison, type ComparisonRow } from '../../src/compare/compare.ts';
import { organizationsToCompare } from '../../src/compare/from-workspace.ts';
import { mixedLanguages, type OrganizationLanguage } from '../../src/compare/languages-of.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { clipLine, printJson, requireFlag, requirePositional, stringFlag, UsageError, type CommandAction } from '../command.ts';
import { compareWorkspaceByTopic, readableTopics, topicComparisonJson } from '../compare-by-topic.ts';
import { openWorkspace } from '../workspace-file.ts';
import { loadWordVectors } from '../word-vectors.ts';
import type { Say } from '../words.ts';

interface JsonPrinciple {
  id: string;
  text: string;
}

/** The JSON shape of a comparison: rows keyed by organization short name. */
export function comparisonJson(comparison: Comparison): unknown {
  const plain = (cell: readonly JsonPrinciple[] | undefined): JsonPrinciple[] => (cell ?? []).map((p) => ({ id: p.id, text: p.text }));
  const byOrg = (row: ComparisonRow): Record<string, JsonPrinciple[]> =>
    Object.fromEntries(comparison.orgs.flatMap((org, i) => ((row.cells[i]?.length ?? 0) > 0 ? [[org.short, plain(row.cells[i])]] : [])));
  return {
    threshold: comparison.threshold,
    orgs: comparison.orgs,
    rows: comparison.rows.map((row) => ({ score: Number(row.score.toFixed(4)), orgCount: row.orgCount, principleIds: row.principleIds, orgs: byOrg(row) })),
    unique: Object.fromEntries(comparison.orgs.map((org, i) => [org.short, comparison.unique.flatMap((row) => plain(row.cells[i]))])),
  };
}

function readable(comparison: Comparison, say: Say): string {
  const shorts = comparison.orgs.map((o) => o.short);
  const width = Math.max(...shorts.map((s) => s.length));
  const lines: string[] = [];
  lines.push(say('report.compare.comparing', { orgs: shorts.join(', '), threshold: comparison.threshold }));
  const rows = comparison.rows.length;
  const unique = comparison.unique.length;
  lines.push(say(`report.compare.counts.${rows === 1 ? 'one' : 'other'}${unique === 1 ? 'One' : 'Other'}`, { rows, unique }));
  comparison.rows.forEach((row, n) => {
    lines.push('');
    lines.push(say('report.compare.row', { n: n + 1, count: row.orgCount, total: shorts.length, score: row.score.toFixed(2) }));
    row.cells.forEach((cell, i) => {
      for (const p of cell) lines.push(`  ${(shorts[i] ?? '').padEnd(width)}  ${clipLine(p.text)}  [${p.id}]`);
    });
  });
  comparison.orgs.forEach((org, i) => {
    const own = comparison.unique.flatMap((row) => row.cells[i] ?? []);
    lines.push('');
    lines.push(say('report.compare.unique', { short: org.short, count: own.length }));
    if (own.length === 0) lines.push(`  ${say('report.compare.none')}`);
    for (const p of own) lines.push(`  • ${clipLine(p.text)}  [${p.id}]`);
  });
  return `${lines.join('\n')}\n`;
}

/** "DEB in English, UDS in Spanish and WL in English", in the reader's language. */
function languagesSaid(languages: readonly OrganizationLanguage[], say: Say, reader: Language): string {
  const names = new Intl.DisplayNames(reader, { type: 'language' });
  const each = languages.map(({ short, language }) =>
    say('report.compare.languageOf', { short, language: language === 'other' ? say('report.compare.otherLanguage') : (names.of(language) ?? language) }),
  );
  return new Intl.ListFormat(reader, { type: 'conjunction' }).format(each);
}

export const compare: CommandAction = {
  options: { orgs: { type: 'string' }, by: { type: 'string' }, threshold: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const orgs = requireFlag(args, 'orgs')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const by = stringFlag(args, 'by') ?? 'similarity';
    if (by !== 'similarity' && by !== 'topic') throw new UsageError('usage.by', { value: by });
    const raw = stringFlag(args, 'threshold');
    if (by === 'topic') {
      if (raw !== undefined) throw new UsageError('usage.thresholdWithTopic');
      const byTopic = compareWorkspaceByTopic(io, await openWorkspace(io, file), orgs);
      if (args.values.json) printJson(io, topicComparisonJson(byTopic));
      else io.out(readableTopics(byTopic, io.say, io.language));
      return 0;
    }
    const threshold = raw === undefined ? DEFAULT_THRESHOLD : Number(raw);
    if (raw !== undefined && (raw.trim() === '' || !Number.isFinite(threshold))) {
      throw new UsageError('usage.threshold', { example: DEFAULT_THRESHOLD, value: raw });
    }
    const doc = await openWorkspace(io, file);
    const vectors = await loadWordVectors();
    if (vectors === undefined) io.err(`${io.say('report.compare.noVectors')}\n`);
    const input = organizationsToCompare(doc, orgs);
    const languages = mixedLanguages(input);
    if (languages !== undefined) io.err(`${io.say('report.compare.languages', { orgs: languagesSaid(languages, io.say, io.language) })}\n`);
    const comparison = compareOrganizations(input, { threshold, vectors });
    if (args.values.json) printJson(io, comparisonJson(comparison));
    else io.out(readable(comparison, io.say));
    return 0;
  },
};
