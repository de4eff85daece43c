/** The appendix "Member organizations and their chapters" in the print HTML every PDF is printed from, when the coalition chose it. */
import { CHAPTERS_ANCHOR } from './contents.ts';
import { escapeMarkup as esc } from './escape.ts';
import type { ExportModel } from './model.ts';
import { chapterLine, combinedLine, type Words } from './wording.ts';

function list(w: Words, items: string[]): string {
  return items.length === 0 ? `<p>${esc(w.t('chapters.none'))}</p>` : `<ul>\n${items.map((item) => `<li>${esc(item)}</li>`).join('\n')}\n</ul>`;
}

export function chaptersAppendix(w: Words, model: ExportModel): string {
  const appendix = model.chapters;
  if (!appendix) return '';
  const orgs = appendix.organizations
    .map(
      (org) =>
        `<h3>${esc(`${org.name} (${org.short})`)}</h3>\n${list(
          w,
          org.chapters.map((c) => chapterLine(w, c)),
        )}`,
    )
    .join('\n');
  const combined = appendix.combined.length > 0 ? `\n<h3>${esc(w.t('chapters.combined'))}</h3>\n${list(w, appendix.combined.map(combinedLine))}` : '';
  return `<section class="record chapters" id="${CHAPTERS_ANCHOR}">
<h2>${esc(w.t('chapters.title'))}</h2>
${orgs}${combined}
</section>`;
}
