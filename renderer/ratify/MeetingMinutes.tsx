/**
 * A meeting's minutes in the Meeting panel: the editor in which the chair edits Concord's minutes before
 * signing them, the last meeting's minutes as signed (revisable by the chair until the parliament adopts
 * them or votes on them), and saving them as PDF, Word or Markdown to circulate.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MINUTES_FORMATS, type MinutesFormat } from '../../src/export/minutes-formats.ts';
import type { MeetingReport } from '../../src/ratify/parliament.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';
import { useDates } from './dates.ts';

/** Saving a meeting's minutes in a format. */
export type SaveMinutesHandler = (meeting: MeetingReport, format: MinutesFormat) => void;

// i18n-exempt: names of file formats, the same in every language
const FORMAT_NAMES: Readonly<Record<MinutesFormat, string>> = { pdf: 'PDF', docx: 'Word', md: 'Markdown' };

/** Saving the minutes as they stand as a file to circulate. */
function SaveMinutes({ meeting, onSave }: { meeting: MeetingReport; onSave: SaveMinutesHandler }): ReactNode {
  const { t } = useTranslation('ratify');
  return (
    <p className="save-minutes" role="group" aria-label={t('minutes.saveAs')}>
      {t('minutes.saveAs')}{' '}
      {MINUTES_FORMATS.map((format) => (
        <button key={format} type="button" className="small" onClick={() => onSave(meeting, format)}>
          {FORMAT_NAMES[format]}
        </button>
      ))}
    </p>
  );
}

/**
 * The chair signing minutes: a button that opens them (from `draft`) in a text box to edit, and the
 * button that signs them; the box closes once `onSign` has signed, or on Cancel.
 */
export function SignMinutes({
  openLabel,
  signLabel,
  small = false,
  draft,
  onSign,
}: {
  openLabel: string;
  signLabel: string;
  small?: boolean;
  draft(): string;
  onSign(text: string): Promise<boolean>;
}): ReactNode {
  const { t } = useTranslation(['ratify', 'common']);
  const [text, setText] = useState<string | null>(null);
  if (text === null) {
    return (
      <button type="button" className={small ? 'small' : undefined} onClick={() => setText(draft())}>
        {openLabel}
      </button>
    );
  }
  return (
    <div className="minutes-editor">
      <label>
        {t('minutes.editor')}
        <textarea rows={16} value={text} onChange={(e) => setText(e.target.value)} data-testid="minutes-text" />
      </label>
      <button type="button" onClick={() => void onSign(text).then((signed) => signed && setText(null))}>
        {signLabel}
      </button>{' '}
      <button type="button" onClick={() => setText(null)}>
        {t('common:cancel')}
      </button>
    </div>
  );
}

/** The last meeting's minutes: where they stand, their text, saving them, and the chair's revision while they may change. */
export function LastMinutes(props: {
  meeting: MeetingReport;
  summary: TallySummary;
  myOrg: string | undefined;
  onAdjourn(meeting: string, minutes: string): Promise<boolean>;
  onSaveMinutes: SaveMinutesHandler;
}): ReactNode {
  const { meeting, summary, myOrg } = props;
  const { t } = useTranslation('ratify');
  const when = useDates();
  const adopted = meeting.adoptedBy !== '';
  const underVote = summary.motions.some((m) => m.kind === 'minutes' && m.target === meeting.id && m.status === 'open');
  const mayRevise = !adopted && !underVote && myOrg !== undefined && (meeting.chair === myOrg || summary.chair?.org === myOrg);
  return (
    <div className="last-minutes" data-testid="last-minutes">
      <p>{t(adopted ? 'minutes.adopted' : 'minutes.signed', { date: when(meeting.date), adjourned: when(meeting.adjournedAt) })}</p>
      <details>
        <summary>{t('minutes.read')}</summary>
        <pre className="minutes-text">{meeting.minutes}</pre>
      </details>
      <SaveMinutes meeting={meeting} onSave={props.onSaveMinutes} />
      {mayRevise && (
        <SignMinutes
          openLabel={t('minutes.revise')}
          signLabel={t('minutes.signRevised')}
          small
          draft={() => meeting.minutes}
          onSign={(text) => props.onAdjourn(meeting.id, text)}
        />
      )}
    </div>
  );
}
