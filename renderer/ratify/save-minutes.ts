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

/** Save the minutes; resolves to what to tell the delegate ("" when they cancelled the save dialog). */
export async function saveMinutes(host: Host, parliament: Parliament, summary: TallySummary, meeting: MeetingReport, format: MinutesFormat, language: Language): Promise<string> {
  const minutes = meetingMinutes({ parliament, summary, meeting, language });
  if (format === 'pdf' && !host.printToPdf) {
    openPrintWindow(renderMinutesHtml(minutes));
    return 'The minutes opened in a print window: choose “Save as PDF” in the print dialog.';
  }
  const bytes = await exportMinutes(minutes, { format, ...(host.printToPdf ? { print: host.printToPdf } : {}) });
  const name = `${fileStem(summary.coalition.name, 'coalition')}-minutes-${meeting.date.slice(0, 10)}.${EXTENSIONS[format]}`;
  return (await host.saveFile(name, bytes)) ? `Saved the minutes of the meeting of ${minutes.date}.` : '';
}
