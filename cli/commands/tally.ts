/**
 * `concord tally FILE [--json]`: the parliament's state from a copy of the workspace — the chair, the
 * roster, every motion with its result in words and every vote counted, replaced or rejected (with why),
 * and anything wrong in the signed record.
 * `concord verify FILE`: checks every signed statement — founding, roster, motions, votes, closings — and
 * lists what is invalid, conflicting, missing what it builds on or deleted from the shared document, and
 * ratified text altered past its lock, naming the key that signed each (exit 1 when anything is); given a
 * signed ratification record (JSON) instead, checks it alone and prints each member's key fingerprint.
 * Both speak the reader's language (the core's words included); their --json stays English, its contract.
 */
import { i18n } from '../../src/i18n/i18n.ts';
import { verifyRatificationRecord } from '../../src/export/record.ts';
import { checkParliament } from '../../src/ratify/statements.ts';
import { readStatementLog } from '../../src/ratify/statement-log.ts';
import { summarizeParliament, type NumberedText, type TallySummary } from '../../src/ratify/summary.ts';
import { voidWords } from '../../src/ratify/void-cause.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import type { Language } from '../../src/i18n/languages.ts';
import type { Choice } from '../../src/ratify/rules.ts';
import { printJson, requirePositional, type CommandAction, type CommandIo } from '../command.ts';
import { english, type Say } from '../words.ts';
import { openWorkspace } from '../workspace-file.ts';

const CHOICES: readonly Choice[] = ['yes', 'no', 'abstain'];

const when = (iso: string): string => iso.replace('T', ' ').replace(/:\d\d\.\d+Z$|:\d\dZ$/, ' UTC');

/** The text a motion is on, numbered and indented by its structure: one line per block. */
function numberedLines(blocks: readonly NumberedText[], say: Say): string[] {
  if (blocks.length === 1 && blocks[0]) return [`    ${blocks[0].place} ${blocks[0].text}`];
  const indent = { preamble: '', article: '', section: '  ', clause: '    ' } as const;
  return blocks.map((b) => `    ${indent[b.type]}${b.type === 'preamble' ? say('report.tally.preamble', { text: b.text }) : `${b.label} ${b.text}`}`);
}

/** The tally as a person reads it: `summary` worded in `language`, the CLI's own words by `say`. */
function readable(summary: TallySummary, say: Say, language: Language): string {
  const lines: string[] = [say('report.tally.coalition', { name: summary.coalition.name })];
  if (summary.settings.place !== '') lines.push(say('report.tally.place', { place: summary.settings.place }));
  const chair = summary.chair;
  lines.push(
    chair
      ? say(chair.delegate ? 'report.tally.chairDelegate' : 'report.tally.chair', {
          short: chair.short,
          delegate: chair.delegate,
          from: when(chair.from),
          until: when(chair.until),
        })
      : say('report.tally.noChair'),
  );
  lines.push('', say('report.tally.roster'));
  for (const member of summary.roster)
    lines.push(
      `  ${member.short.padEnd(10)} ${member.fingerprint || say('report.tally.noKey')}${member.delegate ? `  ${member.delegate}` : ''}${member.weight !== 1 ? `  ${say('report.tally.weight', { weight: member.weight })}` : ''}`,
    );
  const refused = summary.rosterLog.filter((e) => !e.valid);
  for (const entry of refused) lines.push(`  ${say('report.tally.refused', { short: entry.short || '?', fingerprint: entry.fingerprint, problem: entry.problem })}`);
  for (const org of summary.organizations) {
    if (org.status !== 'member') lines.push(`  ${say(`report.tally.${org.status}`, { short: org.short.padEnd(10), since: when(org.since) })}`);
  }
  lines.push('', say('report.tally.motions', { count: summary.motions.length }));
  if (summary.motions.length === 0) lines.push(`  ${say('report.tally.noMotions')}`);
  const choices = CHOICES.map((choice) => say(`report.tally.choice.${choice}`));
  const choiceWidth = Math.max(8, ...choices.map((word) => word.length + 1));
  const t = i18n.getFixedT(language, 'core');
  for (const motion of summary.motions) {
    const status = say(`report.tally.status.${motion.status}`);
    lines.push(`  ${say('report.tally.motion', { status, kind: say(`report.tally.kind.${motion.kind}`), target: motion.targetLabel, id: motion.id })}`);
    lines.push(...numberedLines(motion.numbered, say));
    if (motion.kind === 'amendment') lines.push(`    ${say('report.tally.newWording', { text: motion.newText })}`);
    const explanation = motion.changedBy ? voidWords(motion.changedBy, when(motion.changedBy.at), t) : motion.explanation;
    lines.push(`    ${motion.status === 'open' ? say('report.tally.closes', { explanation, when: when(motion.closesAt) }) : explanation}`);
    for (const vote of motion.votes) {
      const tail =
        vote.standing === 'rejected' ? say('report.tally.rejected', { reason: vote.reason }) : say(vote.standing === 'replaced' ? 'report.tally.replaced' : 'report.tally.counted');
      lines.push(`    ${(vote.short || '?').padEnd(10)} ${say(`report.tally.choice.${vote.choice}`).padEnd(choiceWidth)} ${when(vote.castAt)}  ${tail}`);
    }
  }
  const problems = recordProblems(summary, say);
  if (problems.length > 0) lines.push('', say('report.tally.problems', { count: problems.length }), ...problems.map((p) => `  - ${p}`));
  const p = summary.progress;
  lines.push(
    '',
    say('report.tally.progress', { ratified: p.ratified, blocks: p.blocks, agreed: p.agreed, underVote: p['under-vote'], rejected: p.rejected, void: p.void, draft: p.draft }),
  );
  return `${lines.join('\n')}\n`;
}

/** Everything wrong in the signed record, one line each, naming the key that signed it. */
function recordProblems(summary: TallySummary, say: Say): string[] {
  const out = summary.problems.map((p) => {
    const params = { kind: p.kind || say('report.tally.entry'), statement: p.statement.slice(0, 12), short: p.short, fingerprint: p.fingerprint, message: p.message };
    return say(p.fingerprint ? (p.short ? 'report.tally.problemOrgKey' : 'report.tally.problemKey') : 'report.tally.problem', params);
  });
  const label = new Map(summary.motions.flatMap((m) => (m.kind === 'clause' || m.kind === 'article' ? [[m.target, m.targetLabel] as const] : [])));
  for (const id of summary.altered) out.push(say('report.tally.altered', { label: label.get(id) ?? id }));
  return out;
}

export const tally: CommandAction = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const doc = await openWorkspace(io, requirePositional(args, 0, 'file'));
    await checkParliament(doc);
    if (args.values.json) printJson(io, summarizeParliament(doc));
    else io.out(readable(summarizeParliament(doc, undefined, undefined, io.language), io.say, io.language));
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

async function verifyRecord(io: CommandIo, path: string): Promise<number> {
  if (!(await io.exists(path))) throw new ConcordError('file.missing', { path });
  const result = verifyRatificationRecord(parseJson(await io.readFile(path), path), io.language);
  const keys = result.fingerprints.map((m) => `  ${m.short.padEnd(10)} ${m.fingerprint || io.say('report.verify.noKey')}  ${m.name}\n`).join('');
  const compare = keys === '' ? '' : `${io.say('report.verify.compare')}\n${keys}`;
  if (result.valid) {
    io.out(`${io.say('report.verify.recordValid', { path })}\n${compare}`);
    return 0;
  }
  io.out(`${io.say('report.verify.recordInvalid', { path })}\n${result.problems.map((p) => `  - ${p}\n`).join('')}${compare}`);
  return 1;
}

export const verify: CommandAction = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const path = requirePositional(args, 0, 'file');
    if (path.toLowerCase().endsWith('.json')) return verifyRecord(io, path);
    const doc = await openWorkspace(io, path);
    await checkParliament(doc);
    const checked = readStatementLog(doc).statements.size;
    if (args.values.json) {
      const problems = recordProblems(summarizeParliament(doc), english);
      printJson(io, { valid: problems.length === 0, checked, problems });
      return problems.length === 0 ? 0 : 1;
    }
    const problems = recordProblems(summarizeParliament(doc, undefined, undefined, io.language), io.say);
    if (problems.length === 0) io.out(`${io.say('report.verify.valid', { path, checked })}\n`);
    else {
      const count = problems.length;
      io.out(`${io.say(count === 1 ? 'report.verify.problems_one' : 'report.verify.problems_other', { path, count, checked })}\n${problems.map((p) => `  - ${p}\n`).join('')}`);
    }
    return problems.length === 0 ? 0 : 1;
  },
};
