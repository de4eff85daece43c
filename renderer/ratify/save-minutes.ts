/**
 * Saving a meeting's minutes from the app, as the core writes them (src/export/minutes.ts): Markdown and
 * Word through the host's save dialog; PDF printed by the desktop app, or in the web build opened in a
 * print window whose dialog has "Save as PDF".
 */
import { fileStem } from '../../src/file/file-name.ts';
import { exportMinutes } from '../../src/export/minutes.ts';
import type { MinutesFormat } from '../../src/export/minutes-formats.ts';
import { meetingMinutes } from '../../src/export/minutes-document.ts';
import { renderMinutesHtml } from '../../src/export/minutes-html.ts';
import type { Language } from '../../src/i18n/languages.ts';
import type { MeetingReport, Parliament } from '../../src/ratify/parliament.ts';
import type { TallySummary } from '../../src/ratify/summary.ts';
import { openPrintWindow } from '../export/print-window.ts';
import type { Host } from '../host.ts';

const EXTENSIONS: Readonly<Record<MinutesFormat, string>> = { pdf: 'pdf', docx: 'docx', md: 'md' };

/** How saving ended: opened in a print window (web PDF), saved, or cancelled in the save dialog. */
export type SaveOutcome = 'printed' | 'saved' | 'cancelled';

/** Save the minutes; resolves to how it ended, for the view to tell the delegate in their language. */
export async function saveMinutes(
  host: Host,
  parliament: Parliament,
  summary: TallySummary,
  meeting: MeetingReport,
  format: MinutesFormat,
  language: Language,
): Promise<SaveOutcome> {
  const minutes = meetingMinutes({ parliament, summary, meeting, language });
  if (format === 'pdf' && !host.printToPdf) {
    openPrintWindow(renderMinutesHtml(minutes));
    return 'printed';
  }
  const bytes = await exportMinutes(minutes, { format, ...(host.printToPdf ? { print: host.printToPdf } : {}) });
  const name = `${fileStem(summary.coalition.name, 'coalition')}-minutes-${meeting.date.slice(0, 10)}.${EXTENSIONS[format]}`;
  return (await host.saveFile(name, bytes)) ? 'saved' : 'cancelled';
}
