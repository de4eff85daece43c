/**
 * A meeting's minutes in the Meeting panel: the editor in which the chair edits Concord's minutes before
 * signing them, the last meeting's minutes as signed (revisable by the chair until the parliament adopts
 * them or votes on them), and saving them as PDF, Word or Markdown to circulate.
 */
import { useState, type ReactNode } from 'react';
import { MINUTES_FORMATS, type MinutesFormat } from '../../src/export/minutes.ts';
import { localDateTime } from '../../src/local-dates.ts';
import type { MeetingReport } from '../../src/ratify/parliament.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';

/** Saving a meeting's minutes in a format. */
export type SaveMinutesHandler = (meeting: MeetingReport, format: MinutesFormat) => void;

const FORMAT_NAMES: Readonly<Record<MinutesFormat, string>> = { pdf: 'PDF', docx: 'Word', md: 'Markdown' };

/** Saving the minutes as they stand as a file to circulate. */
function SaveMinutes({ meeting, onSave }: { meeting: MeetingReport; onSave: SaveMinutesHandler }): ReactNode {
  return (
    <p className="save-minutes" role="group" aria-label="Save the minutes as">
      Save the minutes as{' '}
      {MINUTES_FORMATS.map((format) => (
        <button key={format} type="button" className="small" onClick={() => onSave(meeting, format)}>
          {FORMAT_NAMES[format]}
        </button>
      ))}
    </p>
  );
}

/** The minutes in a text box the chair edits, and the button that signs them. */
export function MinutesEditor({ text, onChange, onSubmit, onCancel, submitLabel }: { text: string; onChange(text: string): void; onSubmit(): Promise<void>; onCancel(): void; submitLabel: string }): ReactNode {
  return (
    <div className="minutes-editor">
      <label>
        Minutes (Markdown; written by Concord from the record, yours to edit)
        <textarea rows={16} value={text} onChange={(e) => onChange(e.target.value)} data-testid="minutes-text" />
      </label>
      <button type="button" onClick={() => void onSubmit()}>
        {submitLabel}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

export function LastMinutes(props: { meeting: MeetingReport; summary: TallySummary; myOrg: string | undefined; onAdjourn(meeting: string, minutes: string): Promise<boolean>; onSaveMinutes: SaveMinutesHandler }): ReactNode {
  const { meeting, summary, myOrg } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const adopted = meeting.adoptedBy !== '';
  const underVote = summary.motions.some((m) => m.kind === 'minutes' && m.target === meeting.id && m.status === 'open');
  const mayRevise = !adopted && !underVote && myOrg !== undefined && (meeting.chair === myOrg || summary.chair?.org === myOrg);
  return (
    <div className="last-minutes" data-testid="last-minutes">
      <p>
        The meeting of {localDateTime(meeting.date)} was adjourned {localDateTime(meeting.adjournedAt)}; its minutes are {adopted ? 'adopted by the parliament' : 'signed by the chair, to be adopted at the next meeting'}.
      </p>
      <details>
        <summary>Read the minutes</summary>
        <pre className="minutes-text">{meeting.minutes}</pre>
      </details>
      <SaveMinutes meeting={meeting} onSave={props.onSaveMinutes} />
      {mayRevise &&
        (editing === null ? (
          <button type="button" className="small" onClick={() => setEditing(meeting.minutes)}>
            Revise the minutes…
          </button>
        ) : (
          <MinutesEditor
            text={editing}
            onChange={setEditing}
            submitLabel="Sign the revised minutes"
            onCancel={() => setEditing(null)}
            onSubmit={async () => {
              if (await props.onAdjourn(meeting.id, editing)) setEditing(null);
            }}
          />
        ))}
    </div>
  );
}
