/**
 * Minutes written by Concord from what happened at a meeting, as Markdown a secretariat can circulate:
 * who attended for which organization, each motion taken with its result in words and each
 * organization's vote, the wording of amendments adopted shown as a diff, and the chair's decisions
 * (opening votes, closing them early, adjourning). The chair may edit them before signing them with the
 * adjournment; the parliament adopts them by a motion at a later meeting.
 */
import { wordDiff } from '../compare/word-diff.ts';
import { localDateTime } from '../local-dates.ts';
import { meetingAgenda, presidingChair } from './agenda.ts';
import type { MeetingReport, MotionReport, Parliament } from './parliament.ts';
import type { MotionSummary, TallySummary } from './summary.ts';

/** How a date and time reads; by default in the reader's locale. */
export type FormatDate = (iso: string) => string;

const CHOICE_WORDS = { yes: 'yes', no: 'no', abstain: 'abstained' } as const;

/**
 * Markdown's special characters escaped, so a name or a clause prints as written: also "&" (an entity
 * such as `&amp;` would print as "&") and a list marker the text starts with (it would open a list).
 */
function md(text: string): string {
  return text
    .replace(/([\\`*_[\]#<>~|&])/g, '\\$1')
    .replace(/\n+/g, ' ')
    .replace(/^(\s*)([-+])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function diffMarkdown(before: string, after: string): string {
  return wordDiff(before, after)
    .spans.map((span) => (span.kind === 'shared' ? md(span.text) : span.kind === 'left' ? `~~${md(span.text).trim()}~~ ` : `**${md(span.text).trim()}** `))
    .join('')
    .replace(/ +/g, ' ')
    .trim();
}

export interface MinutesInput {
  parliament: Parliament;
  /** The same parliament as `concord tally` shows it: names and motions in words. */
  summary: TallySummary;
  meeting: MeetingReport;
  when?: FormatDate;
}

/** The minutes of `meeting` as Concord writes them from the signed record. */
export function writeMinutes({ parliament, summary, meeting, when = localDateTime }: MinutesInput): string {
  const org = (id: string): { name: string; short: string } => summary.organizations.find((o) => o.org === id) ?? { name: id, short: id };
  const named = (id: string): string => `${md(org(id).name)} (${md(org(id).short)})`;
  /** An organization with its delegate's name, when their seat signed one. */
  const withDelegate = (id: string): string => {
    const delegate = summary.roster.find((m) => m.org === id)?.delegate ?? '';
    return delegate === '' ? named(id) : `${named(id)}, delegate ${md(delegate)}`;
  };
  const lines: string[] = [];
  /** The chair in office at `at`, or the meeting's convener while there was none. */
  const chairAt = (at: string): string => parliament.chairs.filter((c) => c.from <= at && at < c.until).at(-1)?.org ?? meeting.chair;
  lines.push(`# Minutes of the meeting of the parliament of ${md(summary.coalition.name)}`, '');
  lines.push(`- **Date:** ${md(when(meeting.date))}`);
  const presiding = presidingChair(parliament, meeting);
  lines.push(`- **Chair:** ${withDelegate(presiding)}`);
  if (meeting.convenedBy !== presiding) lines.push(`- **Convened by:** ${withDelegate(meeting.convenedBy)}`);
  if (meeting.link !== '') lines.push(`- **Video call:** ${meeting.link}`);
  if (meeting.adjournedAt !== '') lines.push(`- **Adjourned:** ${md(when(meeting.adjournedAt))}`);
  lines.push('', '## Attendance', '');
  /** Organizations in the order of their names. */
  const inOrder = (ids: readonly string[]): string[] => [...ids].sort((a, b) => org(a).name.localeCompare(org(b).name) || (a < b ? -1 : 1));
  const members = inOrder(parliament.members.map((m) => m.org));
  const present = meeting.attendance.map((a) => a.org);
  lines.push(`Present (${present.length} of ${members.length} member organizations):`, '');
  for (const a of inOrder(present).flatMap((id) => meeting.attendance.filter((x) => x.org === id))) lines.push(`- ${withDelegate(a.org)}, from ${md(when(a.at))}`);
  const absent = members.filter((id) => !present.includes(id));
  if (absent.length > 0) lines.push('', `Absent: ${absent.map(named).join(', ')}.`);

  const agenda = meetingAgenda(parliament, meeting).flatMap((item) => (item.motion ? [item.motion] : []));
  lines.push('', '## Motions', '');
  if (agenda.length === 0) lines.push('No motion was taken.');
  agenda.forEach((motion, index) => {
    const summaryOf = summary.motions.find((m) => m.id === motion.id);
    lines.push(`### ${index + 1}. ${md(summaryOf?.targetLabel ?? motion.kind)}`, '');
    lines.push(`**Result:** ${md(resultWords(motion))}`, '');
    if (summaryOf) lines.push(`**Votes:** ${votesLine(summaryOf, inOrder(motion.members), named)}`, '');
    if (motion.present.length > 0) lines.push(`**Present when the vote closed:** ${inOrder(motion.present).map(named).join(', ')}`, '');
    if (motion.kind === 'amendment' && motion.status === 'passed') {
      lines.push(`**Wording adopted** (removed words struck through, new words in bold): ${diffMarkdown(motion.text.map((b) => b.text).join(' '), motion.newText)}`, '');
    }
  });

  lines.push('## Decisions of the chair', '');
  const decisions = chairDecisions(agenda, meeting, summary, chairAt, when);
  if (decisions.length === 0) lines.push('None.');
  for (const decision of decisions) lines.push(`- ${decision}`);
  lines.push('');
  return lines.join('\n');
}

function resultWords(motion: MotionReport): string {
  if (motion.status === 'open') return `Still open when the minutes were written. ${motion.explanation}`;
  return motion.explanation;
}

function votesLine(summary: MotionSummary, members: readonly string[], named: (id: string) => string): string {
  const counted = new Map(summary.votes.filter((v) => v.standing === 'counted').map((v) => [v.org, v.choice]));
  return members.map((id) => `${named(id)}: ${counted.has(id) ? CHOICE_WORDS[counted.get(id) ?? 'abstain'] : 'did not vote'}`).join('; ');
}

/** What the chair in office at each moment (or the meeting's convener, while there was none) did. */
function chairDecisions(motions: readonly MotionReport[], meeting: MeetingReport, summary: TallySummary, chairAt: (at: string) => string, when: FormatDate): string[] {
  const label = (motion: MotionReport): string => md(summary.motions.find((m) => m.id === motion.id)?.targetLabel ?? motion.kind);
  const out: { at: string; text: string }[] = [];
  for (const motion of motions) {
    if (motion.openedBy === chairAt(motion.openedAt)) out.push({ at: motion.openedAt, text: `${md(when(motion.openedAt))}: put “${label(motion)}” to a vote.` });
    const everyone = motion.members.every((org) => motion.votes.some((v) => v.org === org && v.standing === 'counted'));
    if (motion.closedAt !== '' && motion.closedBy === chairAt(motion.closedAt) && !everyone && motion.closedAt < motion.closesAt) {
      out.push({ at: motion.closedAt, text: `${md(when(motion.closedAt))}: closed the vote on “${label(motion)}” before every member had voted.` });
    }
  }
  if (meeting.adjournedAt !== '') out.push({ at: meeting.adjournedAt, text: `${md(when(meeting.adjournedAt))}: adjourned the meeting.` });
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((d) => d.text);
}
