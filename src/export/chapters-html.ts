/** The appendix "Member organizations and their chapters" in the print HTML every PDF is printed from, when the coalition chose it. */
import { CHAPTERS_ANCHOR } from './contents.ts';
import { escapeMarkup as esc } from './escape.ts';
import type { ExportModel } from './model.ts';
import { chapterLine, CHAPTERS_TITLE, COMBINED_TITLE, combinedLine } from './wording.ts';

function list(items: string[]): string {
  return items.length === 0 ? '<p>No chapter listed.</p>' : `<ul>\n${items.map((item) => `<li>${esc(item)}</li>`).join('\n')}\n</ul>`;
}

export function chaptersAppendix(model: ExportModel): string {
  const appendix = model.chapters;
  if (!appendix) return '';
  const orgs = appendix.organizations.map((org) => `<h3>${esc(`${org.name} (${org.short})`)}</h3>\n${list(org.chapters.map(chapterLine))}`).join('\n');
  const combined = appendix.combined.length > 0 ? `\n<h3>${esc(COMBINED_TITLE)}</h3>\n${list(appendix.combined.map(combinedLine))}` : '';
  return `<section class="record chapters" id="${CHAPTERS_ANCHOR}">
<h2>${esc(CHAPTERS_TITLE)}</h2>
${orgs}${combined}
</section>`;
}
