/**
 * `concord tally FILE [--json]`: the parliament's state from a copy of the workspace — the chair, the
 * roster, every motion with its result in words and every vote counted, replaced or rejected (with why).
 * `concord verify FILE`: checks every signature — roster entries, motions, closings, votes — and lists what
 * is invalid (exit 1 when anything is); given a signed ratification record (JSON) instead, checks it alone.
 */
import { verifyRatificationRecord } from '../../export/record.ts';
import { checkParliament } from '../../ratify/statements.ts';
import { summarizeParliament, type TallySummary } from '../../ratify/summary.ts';
import { ConcordError } from '../../workspace/errors.ts';
import { printData, printJson, requirePositional, type CliIo, type CommandAction } from '../command.ts';
import { openWorkspace } from '../workspace-file.ts';

const when = (iso: string): string => iso.replace('T', ' ').replace(/:\d\d\.\d+Z$|:\d\dZ$/, ' UTC');

function readable(summary: TallySummary): string {
  const lines: string[] = [`Coalition: ${summary.coalition.name}`];
  lines.push(summary.chair ? `Chair: ${summary.chair.short}, from ${when(summary.chair.from)} until ${when(summary.chair.until)}` : 'Chair: none (any delegate may open a motion; votes close at their deadline)');
  lines.push('', 'Roster:');
  for (const member of summary.roster) lines.push(`  ${member.short.padEnd(10)} ${member.fingerprint || 'no key yet'}${member.weight !== 1 ? `  weight ${member.weight}` : ''}`);
  const refused = summary.rosterLog.filter((e) => !e.valid);
  for (const entry of refused) lines.push(`  refused roster entry for ${entry.short || '?'} (${entry.fingerprint}): ${entry.problem}`);
  lines.push('', `Motions (${summary.motions.length}):`);
  if (summary.motions.length === 0) lines.push('  none yet');
  for (const motion of summary.motions) {
    lines.push(`  [${motion.status}] ${motion.kind}: ${motion.targetLabel}  (${motion.id})`);
    lines.push(`    ${motion.explanation}`);
    for (const vote of motion.votes) {
      const tail = vote.standing === 'rejected' ? `REJECTED: ${vote.reason}` : vote.standing === 'replaced' ? 'replaced by a later vote' : 'counted';
      lines.push(`    ${(vote.short || '?').padEnd(10)} ${vote.choice.padEnd(8)} ${when(vote.castAt)}  ${tail}`);
    }
  }
  const p = summary.progress;
  lines.push('', `Progress: ${p.ratified} of ${p.blocks} blocks ratified, ${p.agreed} agreed, ${p['under-vote']} under vote, ${p.rejected} rejected, ${p.void} void, ${p.draft} draft.`);
  return `${lines.join('\n')}\n`;
}

export const tally: CommandAction = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const doc = await openWorkspace(io, requirePositional(args, 0, 'FILE'));
    await checkParliament(doc);
    printData(io, args, summarizeParliament(doc), readable);
    return 0;
  },
};

function parseJson(bytes: Uint8Array, path: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ConcordError(`${path}: this is neither a .concord workspace nor a ratification record (JSON).`, 'verify.unknown-file');
  }
}

async function verifyRecord(io: CliIo, path: string): Promise<number> {
  const result = verifyRatificationRecord(parseJson(await io.readFile(path), path));
  if (result.valid) {
    io.out(`${path}: the ratification record is valid: every signature verifies and the result is what the votes give.\n`);
    return 0;
  }
  io.out(`${path}: the ratification record is NOT valid:\n${result.problems.map((p) => `  - ${p}\n`).join('')}`);
  return 1;
}

export const verify: CommandAction = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const path = requirePositional(args, 0, 'FILE');
    if (path.toLowerCase().endsWith('.json')) return verifyRecord(io, path);
    const doc = await openWorkspace(io, path);
    await checkParliament(doc);
    const summary = summarizeParliament(doc);
    const problems: string[] = [];
    for (const entry of summary.rosterLog) if (!entry.valid) problems.push(`Roster entry for ${entry.short || 'an unknown organization'} (key ${entry.fingerprint || '?'}, ${entry.at || 'undated'}): ${entry.problem}`);
    for (const motion of summary.motions) {
      if (motion.status === 'invalid') problems.push(`Motion ${motion.id} (${motion.targetLabel}): ${motion.explanation}`);
      if (motion.closingProblem) problems.push(`Closing of motion ${motion.id} (${motion.targetLabel}): ${motion.closingProblem}`);
      for (const vote of motion.votes) if (vote.standing === 'rejected') problems.push(`Vote on ${motion.targetLabel} (${motion.id}) for ${vote.short || 'an unknown organization'}, "${vote.choice}": ${vote.reason}`);
    }
    const checked = summary.rosterLog.length + summary.motions.length + summary.motions.reduce((n, m) => n + m.votes.length, 0);
    if (args.values.json) printJson(io, { valid: problems.length === 0, checked, problems });
    else if (problems.length === 0) io.out(`${path}: all ${checked} signed entries are valid (roster, motions, votes).\n`);
    else io.out(`${path}: ${problems.length} of ${checked} signed entries are invalid:\n${problems.map((p) => `  - ${p}\n`).join('')}`);
    return problems.length === 0 ? 0 : 1;
  },
};
