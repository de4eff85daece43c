/**
 * `concord tally FILE [--json]`: the parliament's state from a copy of the workspace — the chair, the
 * roster, every motion with its result in words and every vote counted, replaced or rejected (with why),
 * and anything wrong in the signed record.
 * `concord verify FILE`: checks every signed statement — founding, roster, motions, votes, closings — and
 * lists what is invalid, conflicting, missing what it builds on or deleted from the shared document, and
 * ratified text altered past its lock, naming the key that signed each (exit 1 when anything is); given a
 * signed ratification record (JSON) instead, checks it alone and prints each member's key fingerprint.
 */
import { i18n } from '../../src/i18n/i18n.ts';
import { verifyRatificationRecord } from '../../src/export/record.ts';
import { checkParliament } from '../../src/ratify/statements.ts';
import { readStatementLog } from '../../src/ratify/statement-log.ts';
import { summarizeParliament, type NumberedText, type TallySummary } from '../../src/ratify/summary.ts';
import { voidWords } from '../../src/ratify/void-cause.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { printData, printJson, requirePositional, type CliIo, type CommandAction } from '../command.ts';
import { openWorkspace } from '../workspace-file.ts';

const when = (iso: string): string => iso.replace('T', ' ').replace(/:\d\d\.\d+Z$|:\d\dZ$/, ' UTC');

/** The text a motion is on, numbered and indented by its structure: one line per block. */
function numberedLines(blocks: readonly NumberedText[]): string[] {
  if (blocks.length === 1 && blocks[0]) return [`    ${blocks[0].place} ${blocks[0].text}`];
  const indent = { preamble: '', article: '', section: '  ', clause: '    ' } as const;
  return blocks.map((b) => `    ${indent[b.type]}${b.type === 'preamble' ? 'Preamble: ' : `${b.label} `}${b.text}`);
}

function readable(summary: TallySummary): string {
  const lines: string[] = [`Coalition: ${summary.coalition.name}`];
  if (summary.settings.place !== '') lines.push(`Place of adoption: ${summary.settings.place}`);
  lines.push(
    summary.chair
      ? `Chair: ${summary.chair.short}${summary.chair.delegate ? ` (${summary.chair.delegate})` : ''}, from ${when(summary.chair.from)} until ${when(summary.chair.until)}`
      : 'Chair: none (any delegate may open a motion; a vote closes once every member has voted, or at its deadline)',
  );
  lines.push('', 'Roster:');
  for (const member of summary.roster)
    lines.push(
      `  ${member.short.padEnd(10)} ${member.fingerprint || 'no key yet'}${member.delegate ? `  ${member.delegate}` : ''}${member.weight !== 1 ? `  weight ${member.weight}` : ''}`,
    );
  const refused = summary.rosterLog.filter((e) => !e.valid);
  for (const entry of refused) lines.push(`  refused roster entry for ${entry.short || '?'} (${entry.fingerprint}): ${entry.problem}`);
  const former = summary.organizations.filter((o) => o.status !== 'member');
  for (const org of former) lines.push(`  ${org.short.padEnd(10)} ${org.status} on ${when(org.since)}`);
  lines.push('', `Motions (${summary.motions.length}):`);
  if (summary.motions.length === 0) lines.push('  none yet');
  for (const motion of summary.motions) {
    lines.push(`  [${motion.status}] ${motion.kind}: ${motion.targetLabel}  (${motion.id})`);
    lines.push(...numberedLines(motion.numbered));
    if (motion.kind === 'amendment') lines.push(`    new wording: ${motion.newText}`);
    lines.push(
      `    ${motion.changedBy ? voidWords(motion.changedBy, when(motion.changedBy.at), i18n.getFixedT('en', 'core')) : motion.explanation}${motion.status === 'open' ? ` Closes ${when(motion.closesAt)}.` : ''}`,
    );
    for (const vote of motion.votes) {
      const tail = vote.standing === 'rejected' ? `REJECTED: ${vote.reason}` : vote.standing === 'replaced' ? 'replaced by a later vote' : 'counted';
      lines.push(`    ${(vote.short || '?').padEnd(10)} ${vote.choice.padEnd(8)} ${when(vote.castAt)}  ${tail}`);
    }
  }
  const problems = recordProblems(summary);
  if (problems.length > 0) lines.push('', `Problems in the signed record (${problems.length}):`, ...problems.map((p) => `  - ${p}`));
  const p = summary.progress;
  lines.push(
    '',
    `Progress: ${p.ratified} of ${p.blocks} blocks ratified, ${p.agreed} agreed, ${p['under-vote']} under vote, ${p.rejected} rejected, ${p.void} void, ${p.draft} draft.`,
  );
  return `${lines.join('\n')}\n`;
}

/** Everything wrong in the signed record, one line each, naming the key that signed it. */
function recordProblems(summary: TallySummary): string[] {
  const out = summary.problems.map(
    (p) => `${p.kind || 'entry'} ${p.statement.slice(0, 12)}${p.fingerprint ? ` signed by ${p.short ? `${p.short}’s key ` : 'key '}${p.fingerprint}` : ''}: ${p.message}`,
  );
  const label = new Map(summary.motions.flatMap((m) => (m.kind === 'clause' || m.kind === 'article' ? [[m.target, m.targetLabel] as const] : [])));
  for (const id of summary.altered) out.push(`Ratified text altered past its lock: ${label.get(id) ?? id} no longer reads as ratified.`);
  return out;
}

export const tally: CommandAction = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const doc = await openWorkspace(io, requirePositional(args, 0, 'file'));
    await checkParliament(doc);
    printData(io, args, summarizeParliament(doc), readable);
    return 0;
  },
};

function parseJson(bytes: Uint8Array, path: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ConcordError('verify.unknown-file', { path });
  }
}

async function verifyRecord(io: CliIo, path: string): Promise<number> {
  const result = verifyRatificationRecord(parseJson(await io.readFile(path), path));
  const keys = result.fingerprints.map((m) => `  ${m.short.padEnd(10)} ${m.fingerprint || 'no key'}  ${m.name}\n`).join('');
  const compare = keys === '' ? '' : `Compare each delegate key's fingerprint with the delegate, out of band:\n${keys}`;
  if (result.valid) {
    io.out(`${path}: the ratification record is valid: every statement verifies and the result is what the signed votes give.\n${compare}`);
    return 0;
  }
  io.out(`${path}: the ratification record is NOT valid:\n${result.problems.map((p) => `  - ${p}\n`).join('')}${compare}`);
  return 1;
}

export const verify: CommandAction = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const path = requirePositional(args, 0, 'file');
    if (path.toLowerCase().endsWith('.json')) return verifyRecord(io, path);
    const doc = await openWorkspace(io, path);
    await checkParliament(doc);
    const summary = summarizeParliament(doc);
    const problems = recordProblems(summary);
    const checked = readStatementLog(doc).statements.size;
    if (args.values.json) printJson(io, { valid: problems.length === 0, checked, problems });
    else if (problems.length === 0) io.out(`${path}: all ${checked} signed statements are valid (founding, roster, motions, votes, closings).\n`);
    else io.out(`${path}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${checked} signed statements:\n${problems.map((p) => `  - ${p}\n`).join('')}`);
    return problems.length === 0 ? 0 : 1;
  },
};
