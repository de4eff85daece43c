/**
 * `concord minutes FILE --meeting ID --format pdf|docx|md --out OUT [--json]`: a meeting's minutes as a
 * file — the chair's, signed with the adjournment, or while the chair has signed none the minutes Concord
 * writes from the record so far — and whether they are a draft, signed by the chair or adopted. The
 * meeting is named by its id, the start of it (8 characters or more) or `latest`; PDF is printed by a
 * headless Chromium found on this machine (or $CHROMIUM_PATH), as `concord export` prints.
 * `concord meetings FILE [--json]`: the meetings of the signed record — id, date, chair, who answered the
 * roll call, when adjourned, where the minutes stand. The workspace file is only read.
 */
import { presidingChair } from '../../src/ratify/agenda.ts';
import { exportMinutes } from '../../src/export/minutes.ts';
import { isMinutesFormat, MINUTES_FORMATS } from '../../src/export/minutes-formats.ts';
import { meetingMinutes, minutesStatus, minutesStatusWords } from '../../src/export/minutes-document.ts';
import { readCoalitionLanguage } from '../../src/workspace/language.ts';
import { readParliament } from '../../src/ratify/parliament.ts';
import { summarizeParliament } from '../../src/ratify/summary.ts';
import { printHtmlToPdf, requireChromium } from '../chromium.ts';
import { printData, printJson, requireFlag, requirePositional, UsageError, type CommandAction } from '../command.ts';
import { findMeeting, shortName } from '../parliament-refs.ts';
import { openWorkspace } from '../workspace-file.ts';

const when = (iso: string): string => (iso === '' ? '' : iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC'));

export const minutes: CommandAction = {
  options: { meeting: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const ref = requireFlag(args, 'meeting');
    const format = requireFlag(args, 'format').toLowerCase();
    if (!isMinutesFormat(format)) throw new UsageError('usage.minutesFormat', { format, formats: MINUTES_FORMATS.join(', ') });
    const out = requireFlag(args, 'out');
    const json = args.values.json === true;
    const doc = await openWorkspace(io, file);
    const now = new Date();
    const language = readCoalitionLanguage(doc);
    const parliament = readParliament(doc, now);
    const meeting = findMeeting(parliament, ref, now);
    const document = meetingMinutes({ parliament, summary: summarizeParliament(doc, now, parliament, language), meeting, now, language });
    const chromium = format === 'pdf' ? requireChromium() : '';
    if (chromium !== '' && !json) io.err(`${io.say('act.minutes.printing')}\n`);
    const bytes = await exportMinutes(document, { format, print: (html) => printHtmlToPdf(chromium, html) });
    await io.writeFile(out, bytes);
    if (json) printJson(io, { meeting: meeting.id, format, out, status: document.status, bytes: bytes.length });
    else {
      const status = minutesStatusWords(document.status, io.language).toLowerCase();
      io.out(`${io.say('act.minutes.wrote', { out, format, date: when(meeting.date), status })}\n`);
    }
    return 0;
  },
};

export const meetings: CommandAction = {
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const doc = await openWorkspace(io, requirePositional(args, 0, 'file'));
    const parliament = readParliament(doc);
    const list = parliament.meetings.map((m) => ({
      id: m.id,
      date: m.date,
      schedule: m.schedule,
      link: m.link,
      chair: shortName(parliament, presidingChair(parliament, m)),
      present: m.attendance.map((a) => shortName(parliament, a.org)),
      adjournedAt: m.adjournedAt,
      minutes: minutesStatus(m),
    }));
    printData(io, args, { meetings: list }, ({ meetings: rows }) => {
      if (rows.length === 0) return `${io.say('act.meetings.none')}\n`;
      const lines = rows.map((m) => {
        const present = { count: m.present.length, names: m.present.join(', ') };
        const adjourned = m.adjournedAt === '' ? io.say('act.meetings.notAdjourned') : io.say('act.meetings.adjourned', { date: when(m.adjournedAt) });
        return [
          io.say('act.meetings.meeting', { date: when(m.date), chair: m.chair, status: minutesStatusWords(m.minutes, io.language).toLowerCase() }),
          `    ${io.say('act.meetings.id', { id: m.id })}`,
          `    ${io.say(m.present.length === 0 ? 'act.meetings.presentNobody' : 'act.meetings.present', present)}`,
          `    ${adjourned}${m.link ? `  ${io.say('act.meetings.videoCall', { link: m.link })}` : ''}`,
        ].join('\n');
      });
      return `${io.say('act.meetings.heading', { count: rows.length })}\n${lines.join('\n')}\n`;
    });
    return 0;
  },
};
