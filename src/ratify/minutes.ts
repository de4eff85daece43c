/**
 * Minutes written by Concord from what happened at a meeting, as Markdown a secretariat can circulate:
 * who attended for which organization, each motion taken with its result in words and each
 * organization's vote, the wording of amendments adopted shown as a diff, and the chair's decisions
 * (opening votes, closing them early, adjourning). The chair may edit them before signing them with the
 * adjournment; the parliament adopts them by a motion at a later meeting.
 */
import type { TFunction } from 'i18next';
import { wordDiff } from '../compare/word-diff.ts';
import { i18n } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import { readableDate } from '../local-dates.ts';
import { meetingAgenda, presidingChair } from './agenda.ts';
import type { MeetingReport, MotionReport, Parliament } from './parliament.ts';
import { explainMotion } from './rules.ts';
import type { MotionSummary, TallySummary } from './summary.ts';

/** How a date and time reads; by default in the minutes' language and the reader's time zone. */
export type FormatDate = (iso: string) => string;

type Words = TFunction<'core'>;

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
  /** The same parliament as `concord tally` shows it, in the minutes' language: names and motions in words. */
  summary: TallySummary;
  meeting: MeetingReport;
  /** The language the minutes are written in: the coalition's. */
  language: Language;
  when?: FormatDate;
}

/** The minutes of `meeting` as Concord writes them from the signed record, in `language`. */
export function writeMinutes({ parliament, summary, meeting, language, when = (iso) => readableDate(iso, language) }: MinutesInput): string {
  const t: Words = i18n.getFixedT(language, 'core');
  const org = (id: string): { name: string; short: string } => summary.organizations.find((o) => o.org === id) ?? { name: id, short: id };
  const named = (id: string): string => `${md(org(id).name)} (${md(org(id).short)})`;
  /** An organization with its delegate's name, when their seat signed one. */
  const withDelegate = (id: string): string => {
    const delegate = summary.roster.find((m) => m.org === id)?.delegate ?? '';
    return delegate === '' ? named(id) : t('minutes.withDelegate', { organization: named(id), delegate: md(delegate) });
  };
  const lines: string[] = [];
  /** The chair in office at `at`, or the meeting's convener while there was none. */
  const chairAt = (at: string): string => parliament.chairs.filter((c) => c.from <= at && at < c.until).at(-1)?.org ?? meeting.chair;
  lines.push(`# ${t('minutes.title', { coalition: md(summary.coalition.name) })}`, '');
  lines.push(`- **${t('minutes.date')}:** ${md(when(meeting.date))}`);
  const presiding = presidingChair(parliament, meeting);
  lines.push(`- **${t('minutes.chair')}:** ${withDelegate(presiding)}`);
  if (meeting.convenedBy !== presiding) lines.push(`- **${t('minutes.convenedBy')}:** ${withDelegate(meeting.convenedBy)}`);
  if (meeting.link !== '') lines.push(`- **${t('minutes.videoCall')}:** ${meeting.link}`);
  if (meeting.adjournedAt !== '') lines.push(`- **${t('minutes.adjourned')}:** ${md(when(meeting.adjournedAt))}`);
  lines.push('', `## ${t('minutes.attendance')}`, '');
  /** Organizations in the order of their names. */
  const inOrder = (ids: readonly string[]): string[] => [...ids].sort((a, b) => org(a).name.localeCompare(org(b).name) || (a < b ? -1 : 1));
  const members = inOrder(parliament.members.map((m) => m.org));
  const present = meeting.attendance.map((a) => a.org);
  lines.push(t('minutes.present', { present: present.length, count: members.length }), '');
  for (const a of inOrder(present).flatMap((id) => meeting.attendance.filter((x) => x.org === id)))
    lines.push(`- ${t('minutes.from', { who: withDelegate(a.org), time: md(when(a.at)) })}`);
  const absent = members.filter((id) => !present.includes(id));
  if (absent.length > 0) lines.push('', t('minutes.absent', { names: absent.map(named).join(', ') }));

  const agenda = meetingAgenda(parliament, meeting).flatMap((item) => (item.motion ? [item.motion] : []));
  lines.push('', `## ${t('minutes.motions')}`, '');
  if (agenda.length === 0) lines.push(t('minutes.noMotion'));
  agenda.forEach((motion, index) => {
    const summaryOf = summary.motions.find((m) => m.id === motion.id);
    lines.push(`### ${index + 1}. ${md(summaryOf?.targetLabel ?? motion.kind)}`, '');
    lines.push(`**${t('minutes.result')}:** ${md(resultWords(motion, t))}`, '');
    if (summaryOf) lines.push(`**${t('minutes.votes')}:** ${votesLine(summaryOf, inOrder(motion.members), named, t)}`, '');
    if (motion.present.length > 0) lines.push(`**${t('minutes.presentAtClose')}:** ${inOrder(motion.present).map(named).join(', ')}`, '');
    if (motion.kind === 'amendment' && motion.status === 'passed') {
      lines.push(`**${t('minutes.wordingAdopted')}** ${t('minutes.wordingHow')}: ${diffMarkdown(motion.text.map((b) => b.text).join(' '), motion.newText)}`, '');
    }
  });

  lines.push(`## ${t('minutes.decisions')}`, '');
  const decisions = chairDecisions(agenda, meeting, summary, chairAt, when, t);
  if (decisions.length === 0) lines.push(t('minutes.none'));
  for (const decision of decisions) lines.push(`- ${decision}`);
  lines.push('');
  return lines.join('\n');
}

function resultWords(motion: MotionReport, t: Words): string {
  const explanation = explainMotion(motion, t);
  return motion.status === 'open' ? t('minutes.stillOpen', { explanation }) : explanation;
}

function votesLine(summary: MotionSummary, members: readonly string[], named: (id: string) => string, t: Words): string {
  const counted = new Map(summary.votes.filter((v) => v.standing === 'counted').map((v) => [v.org, v.choice]));
  return members
    .map((id) => {
      const choice = counted.get(id);
      return `${named(id)}: ${choice === undefined ? t('minutes.didNotVote') : t(`minutes.choice.${choice}`)}`;
    })
    .join('; ');
}

/** What the chair in office at each moment (or the meeting's convener, while there was none) did. */
function chairDecisions(motions: readonly MotionReport[], meeting: MeetingReport, summary: TallySummary, chairAt: (at: string) => string, when: FormatDate, t: Words): string[] {
  const label = (motion: MotionReport): string => md(summary.motions.find((m) => m.id === motion.id)?.targetLabel ?? motion.kind);
  const out: { at: string; text: string }[] = [];
  for (const motion of motions) {
    if (motion.openedBy === chairAt(motion.openedAt)) out.push({ at: motion.openedAt, text: t('minutes.putToVote', { time: md(when(motion.openedAt)), motion: label(motion) }) });
    const everyone = motion.members.every((org) => motion.votes.some((v) => v.org === org && v.standing === 'counted'));
    if (motion.closedAt !== '' && motion.closedBy === chairAt(motion.closedAt) && !everyone && motion.closedAt < motion.closesAt) {
      out.push({ at: motion.closedAt, text: t('minutes.closedEarly', { time: md(when(motion.closedAt)), motion: label(motion) }) });
    }
  }
  if (meeting.adjournedAt !== '') out.push({ at: meeting.adjournedAt, text: t('minutes.adjournedAt', { time: md(when(meeting.adjournedAt)) }) });
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((d) => d.text);
}
