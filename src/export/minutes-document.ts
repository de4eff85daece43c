/**
 * Which minutes a meeting has, and where they stand. The text: the chair's, as last signed with the
 * adjournment, or — while the chair has signed none — the minutes Concord writes from the record so far.
 * The status: a draft, signed by the chair, or adopted by the parliament (by which motion, and when) — in
 * the language asked for (the coalition's), as are the heading and notes its formats print around the text.
 */
import { i18n } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import { readableDate } from '../local-dates.ts';
import { presidingChair } from '../ratify/agenda.ts';
import { writeMinutes, type FormatDate, type MinutesInput } from '../ratify/minutes.ts';
import type { MeetingReport, Parliament } from '../ratify/parliament.ts';
import { explainOutcome } from '../ratify/rules.ts';

export type MinutesStatus = 'draft' | 'signed' | 'adopted';

/** "Draft", "Signed by the chair", "Adopted" in `language`. */
export function minutesStatusWords(status: MinutesStatus, language: Language): string {
  return i18n.getFixedT(language, 'exported')(`minutes.status.${status}`);
}

export interface MeetingMinutes {
  coalition: string;
  /** The language the heading, the status and the notes are written in. */
  language: Language;
  /** The meeting's date, in words. */
  date: string;
  /** The organization chairing the meeting: "Name (SHORT)". */
  chair: string;
  status: MinutesStatus;
  /** The status in a sentence: who wrote or signed them, which motion adopted them and when. */
  statusLine: string;
  markdown: string;
}

/** Whether the chair signed minutes of their own when adjourning (an empty text leaves Concord's). */
function chairSigned(meeting: MeetingReport): boolean {
  return meeting.adjournedAt !== '' && meeting.minutes.trim() !== '';
}

/** Where a meeting's minutes stand: adopted by a motion, signed by the chair with the adjournment, or a draft. */
export function minutesStatus(meeting: MeetingReport): MinutesStatus {
  if (meeting.adoptedBy !== '') return 'adopted';
  return chairSigned(meeting) ? 'signed' : 'draft';
}

/** Who signed the minutes as they stand, and when: the latest adjournment carrying them (its seat's organization). */
function signature(parliament: Parliament, meeting: MeetingReport): { org: string; at: string } | undefined {
  let latest: { seat: string; at: string } | undefined;
  for (const statement of parliament.statements.values()) {
    const body = statement.body;
    if (body.kind !== 'adjourn' || body.meeting !== meeting.id || body.minutes !== meeting.minutes) continue;
    if (!latest || body.at > latest.at) latest = { seat: body.seat, at: body.at };
  }
  if (!latest) return undefined;
  const seat = latest.seat;
  const org = [...parliament.roster.keys].find(([, spans]) => spans.some((span) => span.binding === seat))?.[0] ?? meeting.chair;
  return { org, at: latest.at };
}

/** The minutes of `input.meeting` as they stand at `now`. */
export function meetingMinutes(input: MinutesInput & { now?: Date }): MeetingMinutes {
  const { parliament, summary, meeting, now = new Date(), language } = input;
  const t = i18n.getFixedT(language, 'exported');
  const when: FormatDate = input.when ?? ((iso) => readableDate(iso, language));
  const named = (id: string): string => {
    const org = summary.organizations.find((o) => o.org === id);
    return org ? `${org.name} (${org.short})` : id;
  };
  const chair = named(presidingChair(parliament, meeting));
  const status = minutesStatus(meeting);
  const signed = chairSigned(meeting);
  const markdown = signed ? meeting.minutes : writeMinutes({ parliament, summary, meeting, language, when });
  const adoption = parliament.motions.find((m) => m.id === meeting.adoptedBy);
  let statusLine: string;
  if (status === 'adopted' && adoption) {
    const result = adoption.outcome ? explainOutcome(adoption.rule, adoption.outcome, i18n.getFixedT(language, 'core')) : adoption.explanation;
    statusLine = t('minutes.adopted', { date: when(adoption.closedAt), motion: adoption.id.slice(0, 12), result });
  } else if (signed) {
    const signer = signature(parliament, meeting) ?? { org: meeting.chair, at: meeting.adjournedAt };
    statusLine = t('minutes.signed', { chair: named(signer.org), date: when(signer.at) });
  } else if (meeting.adjournedAt !== '') {
    statusLine = t('minutes.writtenAdjourned', { date: when(now.toISOString()), adjourned: when(meeting.adjournedAt) });
  } else {
    statusLine = t('minutes.writtenOpen', { date: when(now.toISOString()) });
  }
  return { coalition: summary.coalition.name, language, date: when(meeting.date), chair, status, statusLine, markdown };
}
