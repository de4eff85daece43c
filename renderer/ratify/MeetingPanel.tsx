/**
 * The parliament in session: convening a meeting (date, weekly or monthly, the video call's address), the
 * meeting under way — its video call, who is present for each organization (connected now, and the roll
 * call each delegate's app signs), the quorum, and the agenda the chair works through — and adjourning it
 * with the minutes Concord writes, which the chair may edit before signing (MeetingMinutes.tsx, which
 * also shows the last meeting's minutes). Every action is a core function (src/ratify/).
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentItem, meetingAgenda, meetingInSession, nextMeetingDate, type AgendaItem } from '../../src/ratify/agenda.ts';
import type { MotionRequest } from '../../src/ratify/actions.ts';
import type { MeetingReport, Parliament } from '../../src/ratify/parliament.ts';
import { SCHEDULES, type Schedule } from '../../src/ratify/statement.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';
import type { Participant, PresenceUser } from '../../src/sync/presence.ts';
import { useDates } from './dates.ts';
import { localInput } from './datetime-input.ts';
import { LastMinutes, SignMinutes, type SaveMinutesHandler } from './MeetingMinutes.tsx';

interface Props {
  summary: TallySummary;
  parliament: Parliament;
  /** This delegate's organization on the roster, if any. */
  myOrg: string | undefined;
  /** Who is connected: everyone else, and this delegate. */
  participants: readonly (Participant | PresenceUser)[];
  now: Date;
  onConvene(request: { date: Date; schedule: Schedule; link: string }): Promise<boolean>;
  onPropose(request: MotionRequest): Promise<boolean>;
  onAdjourn(meeting: string, minutes: string): Promise<boolean>;
  onSaveMinutes: SaveMinutesHandler;
  /** Concord's draft of a meeting's minutes, in the coalition's language. */
  draftMinutes(meeting: MeetingReport): string;
}

export function MeetingPanel(props: Props): ReactNode {
  const { summary, parliament, myOrg, now } = props;
  const { t } = useTranslation('ratify');
  const when = useDates();
  const at = now.toISOString();
  const inSession = meetingInSession(parliament, now);
  const upcoming = parliament.meetings.filter((m) => m.adjournedAt === '' && m.date > at).at(0);
  const last = parliament.meetings.filter((m) => m.adjournedAt !== '').at(-1);
  const chairNow = summary.chair?.org;
  const canConvene = myOrg !== undefined && (chairNow === undefined || chairNow === myOrg);
  return (
    <section className="meeting" aria-labelledby="meeting-heading">
      <h3 id="meeting-heading">{t('meeting.heading')}</h3>
      {inSession ? (
        <InSession {...props} meeting={inSession} />
      ) : upcoming ? (
        <p data-testid="next-meeting">
          {t('meeting.next', { when: when(upcoming.date), schedule: t(`meeting.schedules.${upcoming.schedule}`) })} {upcoming.link !== '' && <VideoLink link={upcoming.link} />}
        </p>
      ) : (
        <p>{t('meeting.none')}</p>
      )}
      {!inSession && !upcoming && canConvene && <ConveneForm last={parliament.meetings.at(-1)} onConvene={props.onConvene} />}
      {last && !inSession && <LastMinutes {...props} meeting={last} />}
    </section>
  );
}

function VideoLink({ link }: { link: string }): ReactNode {
  const { t } = useTranslation('ratify');
  // The fold only accepts https:// addresses; checked again here, as this is what a click opens.
  if (!/^https:\/\/\S+$/.test(link)) return null;
  return (
    <a href={link} target="_blank" rel="noopener noreferrer" data-testid="video-link">
      {t('meeting.videoLink')}
    </a>
  );
}

function ConveneForm({ last, onConvene }: { last: MeetingReport | undefined; onConvene: Props['onConvene'] }): ReactNode {
  const { t } = useTranslation('ratify');
  const [date, setDate] = useState(() => localInput(last ? new Date(Math.max(Date.now(), Date.parse(nextMeetingDate(last.date, last.schedule)))) : new Date()));
  const [schedule, setSchedule] = useState<Schedule>(last?.schedule ?? 'monthly');
  const [link, setLink] = useState(last?.link ?? '');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    await onConvene({ date: new Date(date), schedule, link });
    setBusy(false);
  };
  return (
    <form className="convene" onSubmit={(e) => void submit(e)} aria-label={t('meeting.convene')}>
      <label>
        {t('meeting.starts')}
        <input type="datetime-local" required value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label>
        {t('meeting.meets')}
        <select value={schedule} onChange={(e) => setSchedule(SCHEDULES.find((s) => s === e.target.value) ?? schedule)}>
          {SCHEDULES.map((s) => (
            <option key={s} value={s}>
              {t(`meeting.schedules.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('meeting.videoCall')}
        {/* i18n-exempt: the address scheme, the same in every language */}
        <input type="url" pattern="https://.*" placeholder="https://" value={link} onChange={(e) => setLink(e.target.value)} />
      </label>
      <button type="submit" disabled={busy}>
        {t('meeting.conveneButton')}
      </button>
    </form>
  );
}

function InSession(props: Props & { meeting: MeetingReport }): ReactNode {
  const { summary, parliament, meeting, myOrg, participants } = props;
  const { t } = useTranslation('ratify');
  const when = useDates();
  const agenda = meetingAgenda(parliament, meeting);
  const current = currentItem(agenda);
  const chairing = myOrg !== undefined && (summary.chair ? summary.chair.org === myOrg : meeting.chair === myOrg);
  const members = summary.roster;
  const connected = (short: string): string[] =>
    participants.filter((p) => ('online' in p ? p.online : true) && p.role !== 'observer' && p.org.toLowerCase() === short.toLowerCase()).map((p) => p.name);
  const presentCount = members.filter((m) => connected(m.short).length > 0).length;
  const quorum = (kind: 'clause' | 'constitution' | 'chair'): number => Math.ceil(parliament.settings.rules[kind].quorum * members.length);
  return (
    <div className="meeting-session" data-testid="meeting-in-session">
      <p>
        {t('meeting.inSession', {
          when: when(meeting.date),
          chair: summary.organizations.find((o) => o.org === (summary.chair?.org ?? meeting.chair))?.name ?? t('meeting.theConvener'),
        })}{' '}
        <VideoLink link={meeting.link} />
      </p>
      <table className="attendance" data-testid="attendance">
        <caption>{t('meeting.attendance', { present: presentCount, members: members.length, answered: meeting.attendance.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meeting.organization')}</th>
            <th scope="col">{t('meeting.connectedNow')}</th>
            <th scope="col">{t('meeting.rollCall')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const answered = meeting.attendance.find((a) => a.org === m.org);
            const names = connected(m.short);
            return (
              <tr key={m.org} data-testid="attendance-row" data-org={m.short}>
                <th scope="row">
                  {m.name} ({m.short})
                </th>
                <td>{names.length > 0 ? names.join(', ') : t('meeting.notConnected')}</td>
                <td>{answered ? t('meeting.presentAt', { time: when(answered.at, 'time') }) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted" data-testid="quorum-summary">
        {t('meeting.quorum', { clause: quorum('clause'), constitution: quorum('constitution'), chair: quorum('chair') })}
      </p>
      <h4 id="meeting-agenda-heading">{t('meeting.agenda')}</h4>
      {agenda.length === 0 ? (
        <p>{t('meeting.emptyAgenda')}</p>
      ) : (
        <ol className="meeting-agenda" aria-labelledby="meeting-agenda-heading">
          {agenda.map((item, index) => (
            <li
              key={index}
              aria-current={item === current ? 'step' : undefined}
              className={`agenda-${item.state}${item === current ? ' is-current' : ''}`}
              data-testid="agenda-item"
            >
              <AgendaLine item={item} summary={summary} chairing={chairing} onPropose={props.onPropose} />
            </li>
          ))}
        </ol>
      )}
      {chairing && (
        <SignMinutes
          openLabel={t('meeting.adjourn')}
          signLabel={t('meeting.signAndAdjourn')}
          draft={() => props.draftMinutes({ ...meeting, adjournedAt: new Date().toISOString() })}
          onSign={(text) => props.onAdjourn(meeting.id, text)}
        />
      )}
    </div>
  );
}

function AgendaLine({ item, summary, chairing, onPropose }: { item: AgendaItem; summary: TallySummary; chairing: boolean; onPropose: Props['onPropose'] }): ReactNode {
  const { t } = useTranslation('ratify');
  const when = useDates();
  const [candidate, setCandidate] = useState(summary.roster[0]?.org ?? '');
  const stateWords = (): string => {
    if (!item.motion) return t('meeting.toBeVoted');
    const m = summary.motions.find((x) => x.id === item.motion?.id);
    return m ? m.explanation : '';
  };
  if (item.kind === 'minutes') {
    return (
      <>
        <span>{t('meeting.adoptMinutes', { when: when(item.meeting.date) })}</span> — <span>{stateWords()}</span>
        {chairing && item.state === 'to-open' && (
          <button type="button" className="small" onClick={() => void onPropose({ kind: 'minutes', target: item.meeting.id })}>
            {t('meeting.putMinutes')}
          </button>
        )}
      </>
    );
  }
  if (item.kind === 'chair') {
    return (
      <>
        <span>{item.until === '' ? t('meeting.electChair') : t('meeting.electChairUntil', { when: when(item.until) })}</span> — <span>{stateWords()}</span>
        {chairing && item.state === 'to-open' && (
          <span className="agenda-action">
            <select aria-label={t('meeting.candidate')} value={candidate} onChange={(e) => setCandidate(e.target.value)}>
              {summary.roster.map((m) => (
                <option key={m.org} value={m.org}>
                  {m.name} ({m.short})
                </option>
              ))}
            </select>
            <button type="button" className="small" onClick={() => void onPropose({ kind: 'chair', target: candidate })}>
              {t('meeting.putElection')}
            </button>
          </span>
        )}
      </>
    );
  }
  const motion = summary.motions.find((m) => m.id === item.motion.id);
  return (
    <>
      <a href={`#motion-${item.motion.id}`}>{motion?.targetLabel ?? item.motion.kind}</a> — <span>{stateWords()}</span>
    </>
  );
}
