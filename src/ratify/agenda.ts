/**
 * A meeting's agenda, built from the signed record rather than typed by hand: the minutes of the last
 * meeting to adopt, the election of a chair when there is none or the chair's term ends before the next
 * meeting, then every motion to be taken (open ones) and those the meeting decided. The chair works
 * through it in order; the first item not yet decided is the one before the meeting.
 */
import { ROLL_CALL_EARLY_MS, type MeetingReport, type MotionReport, type Parliament } from './parliament.ts';
import type { Schedule } from './statement.ts';

export type AgendaState = 'to-open' | 'voting' | 'decided';

export type AgendaItem =
  /** Adopting the minutes of an earlier meeting. */
  | { kind: 'minutes'; meeting: MeetingReport; motion: MotionReport | undefined; state: AgendaState }
  /** Electing a chair: `until` is when the present chair's term ends ("" when there is no chair). */
  | { kind: 'chair'; until: string; motion: MotionReport | undefined; state: AgendaState }
  | { kind: 'motion'; motion: MotionReport; state: AgendaState };

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the next meeting after one on `date` falls, by the schedule. */
export function nextMeetingDate(date: string, schedule: Schedule): string {
  const start = new Date(date);
  if (Number.isNaN(start.getTime())) return date;
  if (schedule === 'weekly') return new Date(start.getTime() + 7 * DAY_MS).toISOString();
  const next = new Date(start);
  next.setUTCMonth(start.getUTCMonth() + 1);
  return next.toISOString();
}

/** Whether `at` falls in the meeting: from when its roll call opens (an hour before its start) until it was adjourned. */
export function duringMeeting(meeting: MeetingReport, at: string): boolean {
  const time = Date.parse(at);
  return time >= Date.parse(meeting.date) - ROLL_CALL_EARLY_MS && (meeting.adjournedAt === '' || at < meeting.adjournedAt);
}

function stateOf(motion: MotionReport | undefined): AgendaState {
  if (!motion) return 'to-open';
  return motion.status === 'open' ? 'voting' : 'decided';
}

/** The motion that took an item: the latest of `kind` on `target` opened during the meeting or still open. */
function takenBy(motions: readonly MotionReport[], meeting: MeetingReport, matches: (m: MotionReport) => boolean): MotionReport | undefined {
  return motions.filter((m) => matches(m) && (m.status === 'open' || duringMeeting(meeting, m.openedAt))).at(-1);
}

export function meetingAgenda(parliament: Parliament, meeting: MeetingReport): AgendaItem[] {
  const items: AgendaItem[] = [];
  const motions = parliament.motions;
  const earlier = parliament.meetings.filter((m) => m.id !== meeting.id && m.date < meeting.date && m.adjournedAt !== '');
  const previous = earlier.at(-1);
  if (previous) {
    const motion = takenBy(motions, meeting, (m) => m.kind === 'minutes' && m.target === previous.id);
    if (previous.adoptedBy === '' || motion) items.push({ kind: 'minutes', meeting: previous, motion, state: previous.adoptedBy !== '' ? 'decided' : stateOf(motion) });
  }
  const next = nextMeetingDate(meeting.date, meeting.schedule);
  const chairAtStart = parliament.chairs.filter((c) => c.from <= meeting.date && meeting.date < c.until).at(-1);
  const election = takenBy(motions, meeting, (m) => m.kind === 'chair');
  if (!chairAtStart || chairAtStart.until <= next || election) {
    items.push({ kind: 'chair', until: chairAtStart?.until ?? '', motion: election, state: stateOf(election) });
  }
  const taken = new Set(items.flatMap((item) => (item.motion ? [item.motion.id] : [])));
  for (const motion of motions) {
    if (taken.has(motion.id) || motion.status === 'invalid') continue;
    const open = motion.status === 'open' && meeting.adjournedAt === '';
    const decidedHere = motion.closedAt !== '' && duringMeeting(meeting, motion.closedAt);
    const voidHere = motion.status === 'void' && motion.closedAt === '' && duringMeeting(meeting, motion.openedAt);
    if (open || decidedHere || voidHere) items.push({ kind: 'motion', motion, state: stateOf(motion) });
  }
  return items;
}

/** The item the chair takes now: the first not yet decided, if any. */
export function currentItem(items: readonly AgendaItem[]): AgendaItem | undefined {
  return items.find((item) => item.state !== 'decided');
}

/** Who chairs `meeting` as its minutes say: the chair in office at its adjournment (or now, while it sits), else its convener. */
export function presidingChair(parliament: Parliament, meeting: MeetingReport): string {
  if (meeting.adjournedAt === '') return parliament.chair?.org ?? meeting.chair;
  const at = meeting.adjournedAt;
  return parliament.chairs.filter((c) => c.from <= at && at < c.until).at(-1)?.org ?? meeting.chair;
}

/** The meeting in session at `now`: convened, started (or starting within the hour) and not adjourned. */
export function meetingInSession(parliament: Parliament, now: Date): MeetingReport | undefined {
  const at = now.toISOString();
  return parliament.meetings.filter((m) => m.adjournedAt === '' && duringMeeting(m, at)).at(-1);
}
