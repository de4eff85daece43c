/**
 * `concord chapters FILE [--appendix on|off] [--json]`: each member organization's chapters, where members
 * overlap and the chapters the parliament combined; --appendix chooses whether exports print them. `concord chapters import FILE --org SHORT CSV [--json]`: add an
 * organization's chapters from a CSV file, all or none (every bad row reported with its line).
 */
import { basename } from 'node:path';
import { chaptersAppendixChosen, chooseChaptersAppendix } from '../../src/chapters/appendix.ts';
import type { Chapter } from '../../src/chapters/chapters.ts';
import { ChaptersCsvError, importChaptersCsv } from '../../src/chapters/csv.ts';
import { summarizeChapters, type ChaptersSummary } from '../../src/chapters/summary.ts';
import { ConcordError } from '../../src/workspace/errors.ts';
import { requireOrganization } from '../../src/workspace/workspace.ts';
import { printData, printJson, requireFlag, requirePositional, stringFlag, UsageError, type CommandAction } from '../command.ts';
import type { Say } from '../words.ts';
import { openWorkspace, saveWorkspace } from '../workspace-file.ts';

function place(city: string, region: string, country: string): string {
  return [city, region, country].filter((part) => part !== '').join(', ');
}

function readable(summary: ChaptersSummary & { appendix: boolean }, say: Say): string {
  const lines: string[] = [];
  for (const org of summary.organizations) {
    const count = org.chapters.length;
    lines.push(say(count === 1 ? 'report.chapters.organization_one' : 'report.chapters.organization_other', { name: org.name, short: org.short, count }));
    for (const c of org.chapters) {
      const params = { name: c.localName, place: place(c.city, c.region, c.country), coalitionName: c.coalitionName, contact: c.contact ? ` — ${c.contact}` : '', id: c.id };
      lines.push(`  ${say(c.headquarters ? 'report.chapters.headquarters' : 'report.chapters.chapter', params)}`);
    }
  }
  lines.push('', say('report.chapters.overlap'));
  if (summary.overlap.cities.length === 0 && summary.overlap.regions.length === 0) lines.push(`  ${say('report.chapters.nowhere')}`);
  for (const row of summary.overlap.cities)
    lines.push(`  ${say('report.chapters.city', { place: place(row.place, row.region, row.country), organizations: row.organizations.join(', '), count: row.chapters })}`);
  for (const row of summary.overlap.regions)
    lines.push(`  ${say('report.chapters.region', { place: place(row.place, '', row.country), organizations: row.organizations.join(', '), count: row.chapters })}`);
  if (summary.combined.length > 0) lines.push('', say('report.chapters.combined'));
  for (const c of summary.combined)
    lines.push(`  ${c.coalitionName} (${place(c.city, c.region, c.country)}): ${c.chapters.map((m) => `${m.localName} (${m.organization})`).join('; ')}`);
  lines.push('', say(summary.appendix ? 'report.chapters.appendixOn' : 'report.chapters.appendixOff'));
  return `${lines.join('\n')}\n`;
}

export const chapters: CommandAction = {
  options: { appendix: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const appendix = stringFlag(args, 'appendix');
    if (appendix !== undefined && appendix !== 'on' && appendix !== 'off') throw new UsageError('usage.appendix', { value: appendix });
    const doc = await openWorkspace(io, file);
    if (appendix !== undefined) {
      chooseChaptersAppendix(doc, appendix === 'on');
      await saveWorkspace(io, file, doc);
    }
    printData(io, args, { ...summarizeChapters(doc), appendix: chaptersAppendixChosen(doc) }, (summary) => readable(summary, io.say));
    return 0;
  },
};

export const chaptersImport: CommandAction = {
  options: { org: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = requirePositional(args, 0, 'file');
    const csv = requirePositional(args, 1, 'csv');
    const orgRef = requireFlag(args, 'org');
    const doc = await openWorkspace(io, file);
    const org = requireOrganization(doc, orgRef);
    if (!(await io.exists(csv))) throw new ConcordError('file.missing', { path: csv });
    let added: Chapter[];
    try {
      added = importChaptersCsv(doc, await io.readFile(csv), basename(csv), org.id);
    } catch (error) {
      if (error instanceof ChaptersCsvError && args.values.json) {
        printJson(io, { imported: 0, problems: error.problems });
        io.err(`concord chapters import: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
    await saveWorkspace(io, file, doc);
    printData(
      io,
      args,
      { imported: added.length, organization: org.short, chapters: added },
      (d) => `${io.say(d.imported === 1 ? 'report.chapters.imported_one' : 'report.chapters.imported_other', { count: d.imported, name: org.name, short: org.short })}\n`,
    );
    return 0;
  },
};
