/** `concord provenance FILE [--clause ID] [--json]`: where each block (or one) came from, and its history. */
import type * as Y from 'yjs';
import { numberBlocks, type NumberedBlock } from '../../src/constitution/numbering.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { readBlocks } from '../../src/constitution/document.ts';
import { clauseProvenance, type ClauseProvenance } from '../../src/provenance/resolve.ts';
import { getSource } from '../../src/workspace/sources.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { listOrganizations } from '../../src/workspace/workspace.ts';
import { printJson, requirePositional, stringFlag, type CommandAction } from '../command.ts';
import { openWorkspace } from '../workspace-file.ts';

interface Row {
  block: NumberedBlock;
  provenance: ClauseProvenance | null;
}

function readable(doc: Y.Doc, rows: Row[], full: boolean): string {
  const shorts = new Map(listOrganizations(doc).map((o) => [o.id, o.short]));
  const who = (org: string, delegate: string): string => [shorts.get(org) ?? (org === '' ? '' : '?'), delegate].filter(Boolean).join(', ') || 'unknown';
  const lines: string[] = [];
  for (const { block, provenance: p } of rows) {
    lines.push(`${block.label ? `${block.label} ` : block.type === 'preamble' ? 'Preamble: ' : ''}${block.text}  [${block.id}]`);
    if (!p) {
      lines.push('  no provenance recorded');
      continue;
    }
    const created = p.created;
    lines.push(`  ${created.how}${created.from ? ` from ${created.from}` : ''} by ${who(created.org, created.delegate)}${created.at ? ` on ${created.at}` : ''}`);
    if (p.origins.length === 0) lines.push(`  drafted by ${p.draftedBy ? who(p.draftedBy, '') : 'unknown'} (no principle)`);
    for (const o of p.origins) {
      const title = getSource(doc, o.source)?.title ?? o.source;
      lines.push(`  from ${shorts.get(o.org) ?? '?'} · ${title} v${o.version} · ${o.principle}: "${o.text}"`);
    }
    const history = full ? p.history : p.history.slice(-1);
    if (!full && p.history.length > 0) lines.push(`  history: ${p.history.length} point${p.history.length === 1 ? '' : 's'}, last:`);
    for (const s of history) lines.push(`    ${s.at} ${who(s.org, s.delegate)}: "${s.text}"`);
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
    const numbered = numberBlocks(blocks, i18n.getFixedT('en', 'core'));
    const chosen = clause === undefined ? numbered : numbered.filter((b) => b.id === clause);
    if (clause !== undefined && chosen.length === 0) throw new ConcordError('block.unknown', { block: clause });
    const rows = chosen.map((block) => ({ block, provenance: clauseProvenance(doc, block.id, present) ?? null }));
    if (args.values.json)
      printJson(io, { blocks: rows.map(({ block, provenance: p }) => ({ id: block.id, type: block.type, label: block.label, text: block.text, provenance: p })) });
    else io.out(readable(doc, rows, clause !== undefined));
    return 0;
  },
};
