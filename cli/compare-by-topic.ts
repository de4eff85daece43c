/**
 * `concord compare --by topic`: the organizations' principles topic by topic, as JSON or readable text.
 * The JSON (a contract, see README.md):
 *   { by: "topic", orgs: [{ id, short, name, principleCount }],
 *     topics: [{ id, label, orgCount, orgs: { SHORT: [{ id, text, tag: "auto" | "added", by?, at? }] } }],
 *     untagged: { SHORT: [{ id, text }] } }
 * where `by` ({ org, short, delegate }) and `at` name who added a topic the tagger did not find.
 */
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { compareByTopic, type TaggedPrinciple, type TopicComparison } from '../src/compare/by-topic.ts';
import { organizationsToCompare } from '../src/compare/from-workspace.ts';
import { readTopicCorrections } from '../src/compare/topic-corrections.ts';
import { compare } from '../src/i18n/catalogs/en/compare.ts';
import { i18n } from '../src/i18n/i18n.ts';
import type { Language } from '../src/i18n/languages.ts';
import { describeAllSkipped } from '../src/workspace/doc-shape.ts';
import { listOrganizations } from '../src/workspace/workspace.ts';
import { clipLine, type CommandIo } from './command.ts';
import type { Say } from './words.ts';

interface ByTopic {
  comparison: TopicComparison;
  /** Organization id → short name, to name who corrected a tag. */
  shortOf: ReadonlyMap<string, string>;
}

/** Compare the workspace's organizations named by `orgRefs` by topic; reports skipped corrections on stderr. */
export function compareWorkspaceByTopic(io: CommandIo, doc: Y.Doc, orgRefs: readonly string[]): ByTopic {
  const orgs = organizationsToCompare(doc, orgRefs);
  const { corrections, skipped } = readTopicCorrections(doc);
  if (skipped.length > 0) io.err(`${io.say('report.byTopic.warning', { skipped: describeAllSkipped(skipped, i18n.getFixedT(io.language, 'core')) })}\n`);
  const shortOf = new Map(listOrganizations(doc).map((o) => [o.id, o.short]));
  return { comparison: compareByTopic(orgs, corrections), shortOf };
}

function jsonPrinciple(p: TaggedPrinciple, shortOf: ReadonlyMap<string, string>): unknown {
  if (p.tag.how === 'auto') return { id: p.id, text: p.text, tag: 'auto' };
  const by = { org: p.tag.by.org, short: shortOf.get(p.tag.by.org) ?? '', delegate: p.tag.by.delegate };
  return { id: p.id, text: p.text, tag: 'added', by, at: p.tag.at };
}

/** The JSON shape of a comparison by topic (see the top of this file). */
export function topicComparisonJson({ comparison, shortOf }: ByTopic): unknown {
  const { orgs } = comparison;
  return {
    by: 'topic',
    orgs,
    topics: comparison.rows.map((row) => ({
      id: row.topic,
      label: row.label,
      orgCount: row.orgCount,
      orgs: Object.fromEntries(
        orgs.flatMap((org, i) => {
          const cell = row.cells[i] ?? [];
          return cell.length > 0 ? [[org.short, cell.map((p) => jsonPrinciple(p, shortOf))]] : [];
        }),
      ),
    })),
    untagged: Object.fromEntries(orgs.map((org, i) => [org.short, (comparison.untagged[i] ?? []).map((p) => ({ id: p.id, text: p.text }))])),
  };
}

type TopicId = keyof typeof compare.topics;

function isNamed(id: string): id is TopicId {
  return Object.hasOwn(compare.topics, id);
}

/** A topic's name in t's language, as the app names it (renderer/compare/topic-names.ts, which the CLI's build cannot reach). */
function topicName(t: TFunction<'compare'>, id: string, label: string): string {
  return isNamed(id) ? t(`topics.${id}`) : label;
}

/** The comparison by topic as text, in the words of `say` and the topics' names in `language`: one block per topic, a line per principle, then the untagged. */
export function readableTopics({ comparison, shortOf }: ByTopic, say: Say, language: Language): string {
  const t = i18n.getFixedT(language, 'compare');
  const shorts = comparison.orgs.map((o) => o.short);
  const width = Math.max(...shorts.map((s) => s.length));
  const untagged = comparison.untagged.reduce((n, cell) => n + cell.length, 0);
  const topics = comparison.rows.length;
  const lines = [
    say('report.byTopic.comparing', { orgs: shorts.join(', ') }),
    say(`report.byTopic.counts.${topics === 1 ? 'one' : 'other'}${untagged === 1 ? 'One' : 'Other'}`, { topics, untagged }),
  ];
  for (const row of comparison.rows) {
    lines.push('', say('report.byTopic.topic', { label: topicName(t, row.topic, row.label), count: row.orgCount, total: shorts.length }));
    row.cells.forEach((cell, i) => {
      for (const p of cell) {
        const params = { short: (shorts[i] ?? '').padEnd(width), text: clipLine(p.text), id: p.id };
        if (p.tag.how === 'added') {
          const who = [shortOf.get(p.tag.by.org), p.tag.by.delegate].filter((s) => s).join(', ') || say('report.byTopic.aDelegate');
          lines.push(`  ${say('report.byTopic.added', { ...params, who })}`);
        } else lines.push(`  ${params.short}  ${params.text}  [${params.id}]`);
      }
    });
  }
  if (untagged > 0) {
    lines.push('', say('report.byTopic.untagged'));
    comparison.untagged.forEach((cell, i) => {
      for (const p of cell) lines.push(`  ${(shorts[i] ?? '').padEnd(width)}  ${clipLine(p.text)}  [${p.id}]`);
    });
  }
  return `${lines.join('\n')}\n`;
}
