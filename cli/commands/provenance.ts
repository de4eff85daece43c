/** `concord provenance FILE [--clause ID] [--json]`: where each block (or one) came from, and its history. */
import type * as Y from 'yjs';
import { numberBlocks, type NumberedBlock } from '../../src/constitution/numbering.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { readBlocks } from '../../src/constitution/root.ts';
import { clauseProvenance, type ClauseProvenance } from '../../src/provenance/resolve.ts';
import { getSource } from '../../src/workspace/sources.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import { printJson, requirePositional, stringFlag, type CommandAction } from '../command.ts';
import type { Say } from '../words.ts';
import { openWorkspace } from '../workspace-file.ts';

interface Row {
  block: NumberedBlock;
  provenance: ClauseProvenance | null;
}

function readable(doc: Y.Doc, rows: Row[], full: boolean, say: Say): string {
  const shorts = new Map(listOrganizations(doc).map((o) => [o.id, o.short]));
  const who = (org: string, delegate: string): string => [shorts.get(org) ?? (org === '' ? '' : '?'), delegate].filter(Boolean).join(', ') || say('report.provenance.unknown');
  const lines: string[] = [];
  for (const { block, provenance: p } of rows) {
    if (block.label) lines.push(`${block.label} ${block.text}  [${block.id}]`);
    else lines.push(block.type === 'preamble' ? say('report.provenance.preamble', { text: block.text, id: block.id }) : `${block.text}  [${block.id}]`);
    if (!p) {
      lines.push(`  ${say('report.provenance.none')}`);
      continue;
    }
    const created = p.created;
    const params = { how: say(`report.provenance.how.${created.how}`), from: created.from, who: who(created.org, created.delegate), at: created.at };
    const key = created.from
      ? created.at
        ? 'report.provenance.createdFromAt'
        : 'report.provenance.createdFrom'
      : created.at
        ? 'report.provenance.createdAt'
        : 'report.provenance.created';
    lines.push(`  ${say(key, params)}`);
    if (p.origins.length === 0) lines.push(`  ${say('report.provenance.draftedBy', { who: p.draftedBy ? who(p.draftedBy, '') : say('report.provenance.unknown') })}`);
    for (const o of p.origins) {
      const title = getSource(doc, o.source)?.title ?? o.source;
      lines.push(`  ${say('report.provenance.origin', { short: shorts.get(o.org) ?? '?', title, version: o.version, principle: o.principle, text: o.text })}`);
    }
    const history = full ? p.history : p.history.slice(-1);
    const count = p.history.length;
    if (!full && count > 0) lines.push(`  ${say(count === 1 ? 'report.provenance.history_one' : 'report.provenance.history_other', { count })}`);
    for (const s of history) lines.push(`    ${say('report.provenance.point', { at: s.at, who: who(s.org, s.delegate), text: s.text })}`);
  }
  return `${lines.join('\n')}\n`;
}

export const provenance: CommandAction = {
  options: { clause: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const doc = await openWorkspace(io, requirePositional(args, 0, 'file'));
    const blocks = readBlocks(doc);
    const present = new Set(blocks.map((b) => b.id));
    const clause = stringFlag(args, 'clause');
    // JSON labels are English (its contract); the reader sees them in their language.
    const numbered = numberBlocks(blocks, i18n.getFixedT(args.values.json ? 'en' : io.language, 'core'));
    const chosen = clause === undefined ? numbered : numbered.filter((b) => b.id === clause);
    if (clause !== undefined && chosen.length === 0) throw new ConcordError('block.unknown', { block: clause });
    const rows = chosen.map((block) => ({ block, provenance: clauseProvenance(doc, block.id, present) ?? null }));
    if (args.values.json)
      printJson(io, { blocks: rows.map(({ block, provenance: p }) => ({ id: block.id, type: block.type, label: block.label, text: block.text, provenance: p })) });
    else io.out(readable(doc, rows, clause !== undefined, io.say));
    return 0;
  },
};
