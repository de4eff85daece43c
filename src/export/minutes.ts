/**
 * A meeting's minutes as a file: the Markdown exactly as it stands (so signed minutes stay byte for byte
 * what the chair signed), Word, or PDF printed from print HTML by the platform's `PrintHtml` (the same
 * printer the constitution's PDF uses).
 *
 *   const minutes = meetingMinutes({ parliament, summary, meeting });   // minutes-document.ts
 *   const bytes = await exportMinutes(minutes, { format: 'pdf', print });
 */
import { ConcordError } from '../workspace/errors.ts';
import type { MeetingMinutes } from './minutes-document.ts';
import { renderMinutesDocx } from './minutes-docx.ts';
import type { MinutesFormat } from './minutes-formats.ts';
import { renderMinutesHtml } from './minutes-html.ts';
import type { PrintHtml } from './pdf.ts';

export interface MinutesRequest {
  format: MinutesFormat;
  /** HTML → PDF; required for PDF. */
  print?: PrintHtml;
}

/** The minutes as a file in `request.format`. */
export async function exportMinutes(minutes: MeetingMinutes, request: MinutesRequest): Promise<Uint8Array> {
  switch (request.format) {
    case 'md':
      return new TextEncoder().encode(minutes.markdown);
    case 'docx':
      return renderMinutesDocx(minutes);
    case 'pdf': {
      if (!request.print) throw new ConcordError('export.no-printer');
      return request.print(renderMinutesHtml(minutes));
    }
  }
}
