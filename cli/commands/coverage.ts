/** `concord coverage FILE [--json]`: how much of each organization's platform is in the draft, and what is not yet. */
import { coverage as coverageOf, type OrgCoverage } from '../../src/provenance/coverage.ts';
import { printJson, requirePositional, type CommandAction } from '../command.ts';
import type { Say } from '../words.ts';
import { openWorkspace } from '../workspace-file.ts';

function readable(list: OrgCoverage[], say: Say): string {
  if (list.length === 0) return `${say('report.coverage.none')}\n`;
  const lines: string[] = [];
  for (const c of list) {
    const { counts } = c;
    const params = {
      short: c.org.short.padEnd(10),
      percent: String(c.percent).padStart(5),
      used: c.used,
      total: c.total,
      asIs: counts['as-is'],
      reworded: counts.reworded,
      merged: counts.merged,
    };
    lines.push(say('report.coverage.organization', params));
    for (const p of c.principles.filter((u) => u.use === 'unused')) lines.push(`    ${say('report.coverage.unused', { id: p.principle.id, text: p.principle.text })}`);
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
    } else io.out(readable(list, io.say));
    return 0;
  },
};
