/** `concord info FILE [--json]`: what a workspace holds, readable or as JSON with every id. */
import { summarizeWorkspace, type WorkspaceSummary } from '../../src/workspace/summary.ts';
import { printData, requirePositional, type CommandAction } from '../command.ts';
import { openWorkspace } from '../workspace-file.ts';

function readable(summary: WorkspaceSummary): string {
  const lines: string[] = [];
  lines.push(`Coalition: ${summary.coalition.name}`);
  lines.push(`Workspace: ${summary.coalition.id} (created ${summary.coalition.createdAt || 'unknown'})`);
  lines.push('');
  lines.push(`Member organizations (${summary.organizations.length}):`);
  if (summary.organizations.length === 0) lines.push('  none yet — add one with: concord org add FILE --name NAME --short SHORT');
  for (const org of summary.organizations) {
    lines.push(`  ${org.short.padEnd(10)} ${org.name}${org.delegate ? ` — delegate: ${org.delegate}` : ''}  ${org.colour}  [${org.id}]`);
  }
  lines.push('');
  lines.push(`Sources (${summary.sources.length}):`);
  if (summary.sources.length === 0) lines.push('  none yet — import one with: concord import FILE --org SHORT PATH');
  for (const source of summary.sources) {
    const org = summary.organizations.find((o) => o.id === source.org)?.short ?? '?';
    lines.push(`  ${org.padEnd(10)} ${source.title} (version ${source.version}, ${source.principles.length} principles, ${source.fileName})  [${source.id}]`);
  }
  lines.push('');
  const blocks = summary.constitution.filter((block) => block.text.trim() !== '' || block.type !== 'preamble');
  lines.push(`Constitution (${blocks.length} blocks):`);
  for (const block of blocks) {
    const indent = block.type === 'article' ? '  ' : block.type === 'section' ? '    ' : block.type === 'clause' ? '      ' : '  ';
    const head = block.label ? `${block.label} ` : block.type === 'preamble' ? 'Preamble: ' : '';
    lines.push(`${indent}${head}${block.text}  [${block.id}]`);
  }
  return `${lines.join('\n')}\n`;
}

export const info: CommandAction = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const doc = await openWorkspace(io, requirePositional(args, 0, 'file'));
    printData(io, args, summarizeWorkspace(doc), readable);
    return 0;
  },
};
