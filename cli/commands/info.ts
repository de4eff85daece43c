/** `concord info FILE [--json]`: what a workspace holds, readable (in the reader's language) or as JSON with every id. */
import { readBlocks } from '../../src/constitution/root.ts';
import { numberBlocks } from '../../src/constitution/numbering.ts';
import { summarizeWorkspace, type WorkspaceSummary } from '../../src/workspace/summary.ts';
import { printJson, requirePositional, type CommandAction } from '../command.ts';
import type { Say } from '../words.ts';
import { coreWords, openWorkspace } from '../workspace-file.ts';

function readable(summary: WorkspaceSummary, say: Say): string {
  const lines: string[] = [];
  lines.push(say('report.info.coalition', { name: summary.coalition.name }));
  lines.push(say('report.info.workspace', { id: summary.coalition.id, created: summary.coalition.createdAt || say('report.info.unknownDate') }));
  lines.push('');
  lines.push(say('report.info.organizations', { count: summary.organizations.length }));
  if (summary.organizations.length === 0) lines.push(`  ${say('report.info.noOrganizations')}`);
  for (const org of summary.organizations) {
    const params = { short: org.short.padEnd(10), name: org.name, delegate: org.delegate, colour: org.colour, id: org.id };
    lines.push(`  ${say(org.delegate ? 'report.info.organizationDelegate' : 'report.info.organization', params)}`);
  }
  lines.push('');
  lines.push(say('report.info.sources', { count: summary.sources.length }));
  if (summary.sources.length === 0) lines.push(`  ${say('report.info.noSources')}`);
  for (const source of summary.sources) {
    const org = summary.organizations.find((o) => o.id === source.org)?.short ?? '?';
    const params = { org: org.padEnd(10), title: source.title, version: source.version, principles: source.principles.length, file: source.fileName, id: source.id };
    lines.push(`  ${say('report.info.source', params)}`);
  }
  lines.push('');
  const blocks = summary.constitution.filter((block) => block.text.trim() !== '' || block.type !== 'preamble');
  lines.push(say('report.info.constitution', { count: blocks.length }));
  for (const block of blocks) {
    const indent = block.type === 'article' ? '  ' : block.type === 'section' ? '    ' : block.type === 'clause' ? '      ' : '  ';
    if (block.label) lines.push(`${indent}${block.label} ${block.text}  [${block.id}]`);
    else if (block.type === 'preamble') lines.push(`${indent}${say('report.info.preamble', { text: block.text, id: block.id })}`);
    else lines.push(`${indent}${block.text}  [${block.id}]`);
  }
  return `${lines.join('\n')}\n`;
}

export const info: CommandAction = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const doc = await openWorkspace(io, requirePositional(args, 0, 'file'));
    const summary = summarizeWorkspace(doc);
    if (args.values.json) {
      printJson(io, summary);
      return 0;
    }
    // The summary numbers the blocks in English (the JSON's contract); the reader sees them in their language.
    const labels = new Map(numberBlocks(readBlocks(doc), await coreWords(io)).map((block) => [block.id, block.label]));
    const constitution = summary.constitution.map((block) => ({ ...block, label: labels.get(block.id) ?? block.label }));
    io.out(readable({ ...summary, constitution }, io.say));
    return 0;
  },
};
