/** `concord coverage FILE [--json]`: how much of each organization's platform is in the draft, and what is not yet. */
import { coverage as coverageOf, type OrgCoverage } from '../../src/provenance/coverage.ts';
import { printJson, requirePositional, type CommandAction } from '../command.ts';
import { openWorkspace } from '../workspace-file.ts';

function readable(list: OrgCoverage[]): string {
  if (list.length === 0) return 'No member organizations yet.\n';
  const lines: string[] = [];
  for (const c of list) {
    const { counts } = c;
    lines.push(
      `${c.org.short.padEnd(10)} ${String(c.percent).padStart(5)}%  ${c.used} of ${c.total} principles used (as is ${counts['as-is']}, reworded ${counts.reworded}, merged ${counts.merged})`,
    );
    for (const p of c.principles.filter((u) => u.use === 'unused')) lines.push(`    not yet used: ${p.principle.id}  "${p.principle.text}"`);
  }
  return `${lines.join('\n')}\n`;
}

export const coverage: CommandAction = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const doc = await openWorkspace(io, requirePositional(args, 0, 'file'));
    const list = coverageOf(doc);
    if (args.values.json) {
      printJson(io, {
        organizations: list.map((c) => ({
          id: c.org.id,
          short: c.org.short,
          name: c.org.name,
          total: c.total,
          used: c.used,
          percent: c.percent,
          counts: c.counts,
          principles: c.principles.map((p) => ({ id: p.principle.id, use: p.use, clauses: p.clauses, text: p.principle.text })),
        })),
      });
    } else io.out(readable(list));
    return 0;
  },
};
