/**
 * Which minutes a meeting has, and where they stand. The text: the chair's, as last signed with the
 * adjournment, or — while the chair has signed none — the minutes Concord writes from the record so far.
 * The status: a draft, signed by the chair, or adopted by the parliament (by which motion, and when).
 */
import { localDateTime } from '../local-dates.ts';
import { presidingChair } from '../ratify/agenda.ts';
import { writeMinutes, type FormatDate, type MinutesInput } from '../ratify/minutes.ts';
import type { MeetingReport, Parliament } from '../ratify/parliament.ts';

export type MinutesStatus = 'draft' | 'signed' | 'adopted';

export const STATUS_WORDS: Readonly<Record<MinutesStatus, string>> = { draft: 'Draft', signed: 'Signed by the chair', adopted: 'Adopted' };

export interface MeetingMinutes {
  coalition: string;
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
  const { parliament, summary, meeting, now = new Date() } = input;
  const when: FormatDate = input.when ?? localDateTime;
  const named = (id: string): string => {
    const org = summary.organizations.find((o) => o.org === id);
    return org ? `${org.name} (${org.short})` : id;
  };
  const chair = named(presidingChair(parliament, meeting));
  const status = minutesStatus(meeting);
  const signed = chairSigned(meeting);
  const markdown = signed ? meeting.minutes : writeMinutes({ parliament, summary, meeting, when });
  const adoption = parliament.motions.find((m) => m.id === meeting.adoptedBy);
  let statusLine: string;
  if (status === 'adopted' && adoption) {
    statusLine = `Adopted by the parliament on ${when(adoption.closedAt)} by motion ${adoption.id.slice(0, 12)}. ${adoption.explanation}`;
  } else if (signed) {
    const signer = signature(parliament, meeting) ?? { org: meeting.chair, at: meeting.adjournedAt };
    statusLine = `Signed by the chair, ${named(signer.org)}, on ${when(signer.at)}; not yet adopted by the parliament.`;
  } else if (meeting.adjournedAt !== '') {
    statusLine = `Written by Concord from the signed record on ${when(now.toISOString())}; the chair adjourned the meeting on ${when(meeting.adjournedAt)} without signing minutes.`;
  } else {
    statusLine = `Written by Concord from the signed record on ${when(now.toISOString())}; the meeting is not adjourned yet.`;
  }
  return { coalition: summary.coalition.name, date: when(meeting.date), chair, status, statusLine, markdown };
}
