/**
 * Saving a meeting's minutes from the app, as the core writes them (src/export/minutes.ts): Markdown and
 * Word through the host's save dialog; PDF printed by the desktop app, or in the web build opened in a
 * print window whose dialog has "Save as PDF".
 */
import type * as Y from 'yjs';
import { fileStem } from '../../src/file/file-name.ts';
import { exportMinutes } from '../../src/export/minutes.ts';
import type { MinutesFormat } from '../../src/export/minutes-formats.ts';
import { meetingMinutes } from '../../src/export/minutes-document.ts';
import { renderMinutesHtml } from '../../src/export/minutes-html.ts';
import type { MeetingReport, Parliament } from '../../src/ratify/parliament.ts';
import { summarizeParliament } from '../../src/ratify/summary.ts';
import { readCoalitionLanguage } from '../../src/workspace/language.ts';
import { openPrintWindow } from '../export/print-window.ts';
import type { Host } from '../host.ts';

const EXTENSIONS: Readonly<Record<MinutesFormat, string>> = { pdf: 'pdf', docx: 'docx', md: 'md' };

/** How saving ended: opened in a print window (web PDF), saved, or cancelled in the save dialog. */
export type SaveOutcome = 'printed' | 'saved' | 'cancelled';

/** Save the minutes, in the coalition's language; resolves to how it ended, for the view to tell the delegate in theirs. */
export async function saveMinutes(host: Host, doc: Y.Doc, parliament: Parliament, meeting: MeetingReport, format: MinutesFormat): Promise<SaveOutcome> {
  const language = readCoalitionLanguage(doc);
  const summary = summarizeParliament(doc, new Date(), parliament, language);
  const minutes = meetingMinutes({ parliament, summary, meeting, language });
  if (format === 'pdf' && !host.printToPdf) {
    openPrintWindow(renderMinutesHtml(minutes));
    return 'printed';
  }
  const bytes = await exportMinutes(minutes, { format, ...(host.printToPdf ? { print: host.printToPdf } : {}) });
  const name = `${fileStem(summary.coalition.name, 'coalition')}-minutes-${meeting.date.slice(0, 10)}.${EXTENSIONS[format]}`;
  return (await host.saveFile(name, bytes)) ? 'saved' : 'cancelled';
}
