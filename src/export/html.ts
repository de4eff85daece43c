/**
 * The print HTML of the constitution: one standalone document with its CSS, made for paper (title page,
 * table of contents, preamble, numbered articles, sections and clauses, the block to sign, ratification
 * record, appendix of votes, optional provenance notes and status marks) and readable on screen. It is the standalone HTML export as well as
 * what every PDF is printed from; see style.ts for the page rules.
 */
import { APPENDIX_ANCHOR, contentsOf, blockAnchor, hasRecord, PREAMBLE_ANCHOR, RECORD_ANCHOR, SIGNATURES_ANCHOR, type ContentsEntry } from './contents.ts';
import { depthOf } from '../constitution/schema.ts';
import { escapeMarkup as esc } from './escape.ts';
import type { ExportBlock, ExportModel, MotionRecord } from './model.ts';
import { printHead } from './print-head.ts';
import { exportStyle } from './style.ts';
import { nestBlocks, type BlockNode } from './tree.ts';
import { chaptersAppendix } from './chapters-html.ts';
import { parallelStyle, parallelTextHtml } from './parallel.ts';
import {
  adoptionLine,
  chairLine,
  dateLine,
  motionHeading,
  motionLine,
  motionTextLines,
  resultLine,
  signatoryCaption,
  statusLabel,
  voteLabel,
  wordsFor,
  type Words,
} from './wording.ts';

export interface HtmlOptions {
  /** Page of each table-of-contents anchor (see contents.ts), once known; without it the contents show no page numbers. */
  pageNumbers?: ReadonlyMap<string, number>;
}

function statusMark(w: Words, model: ExportModel, block: ExportBlock): string {
  if (model.mode !== 'draft') return '';
  return ` <span class="status status-${block.status}">[${esc(statusLabel(w, block.status))}]</span>`;
}

function provenanceNote(w: Words, model: ExportModel, block: ExportBlock): string {
  if (!model.provenance || block.sources.length === 0) return '';
  return `\n<p class="provenance">${esc(w.t('drawnFrom', { sources: block.sources.join('; ') }))}</p>`;
}

function statusClass(model: ExportModel, block: ExportBlock): string {
  return model.mode === 'draft' ? ` is-${block.status}` : '';
}

function renderNode(w: Words, model: ExportModel, node: BlockNode): string {
  const { block } = node;
  const inner = node.children.map((child) => renderNode(w, model, child)).join('\n');
  const label = block.label ? `<span class="label">${esc(block.label)}</span>` : '';
  const text = parallelTextHtml(model, block);
  switch (block.type) {
    case 'article':
      return `<section class="article${statusClass(model, block)}" id="${blockAnchor(block)}">\n<h2>${label}${text}${statusMark(w, model, block)}</h2>${provenanceNote(w, model, block)}\n${inner}\n</section>`;
    case 'section':
      return `<section class="section${statusClass(model, block)}" id="${blockAnchor(block)}">\n<h3>${label}${text}${statusMark(w, model, block)}</h3>${provenanceNote(w, model, block)}\n${inner}\n</section>`;
    case 'clause': {
      // A sub-clause's class sets its indent (style.ts); its own sub-clauses follow it.
      const depth = depthOf(block);
      const sub = depth === 0 ? '' : ` sub-${depth}`;
      const own = `<p class="clause${sub}${statusClass(model, block)}" id="${blockAnchor(block)}">${label}${text}${statusMark(w, model, block)}</p>${provenanceNote(w, model, block)}`;
      return inner === '' ? own : `${own}\n${inner}`;
    }
    case 'preamble':
      return `<p class="${block.type}${statusClass(model, block)}" id="${blockAnchor(block)}">${label}${text}${statusMark(w, model, block)}</p>${provenanceNote(w, model, block)}`;
  }
}

function titlePage(w: Words, model: ExportModel): string {
  const members = model.organizations.map((org) => `<li>${esc(org.name)}</li>`).join('\n');
  return `<section class="title-page">
<p class="kind">${esc(w.t('title.kind'))}</p>
<h1>${esc(model.coalition)}</h1>
<p class="ratified">${esc(dateLine(w, model))}</p>
${members ? `<h2>${esc(w.t('title.members'))}</h2>\n<ul class="members">\n${members}\n</ul>` : ''}
</section>`;
}

function contentsEntry(entry: ContentsEntry, pages: ReadonlyMap<string, number> | undefined): string {
  const page = pages?.get(entry.anchor);
  const label = entry.label ? `<span class="label">${esc(entry.label)}</span>` : '';
  return `<li class="level-${entry.level}"><a href="#${entry.anchor}"><span class="entry">${label}${esc(entry.title)}</span><span class="leader"></span><span class="page">${page ?? ''}</span></a></li>`;
}

function contents(w: Words, model: ExportModel, pages: ReadonlyMap<string, number> | undefined): string {
  const entries = contentsOf(w, model).map((entry) => contentsEntry(entry, pages));
  return `<nav class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">${esc(w.t('contents'))}</h2>
<ol>
${entries.join('\n')}
</ol>
</nav>`;
}

function record(w: Words, model: ExportModel): string {
  if (!hasRecord(model)) return '';
  const rows = model.record
    .map((row) => `<tr><td>${esc(row.organization)}</td><td>${esc(voteLabel(w, row.vote))}</td><td>${esc(row.date)}</td><td class="fingerprint">${esc(row.fingerprint)}</td></tr>`)
    .join('\n');
  const table = rows
    ? `<table>
<thead><tr>${[w.t('record.organization'), w.t('record.vote'), w.t('record.date'), w.t('record.key')].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '';
  return `<section class="record" id="${RECORD_ANCHOR}">
<h2>${esc(w.t('record.title'))}</h2>
<p>${esc(motionLine(w, model))}</p>
${table}
</section>`;
}

/** After a ratified text: where and when it was adopted, the chair, and a line for each delegate to sign on. */
function signatures(w: Words, model: ExportModel): string {
  const block = model.signatories;
  if (!block) return '';
  const lines = block.delegates.map((d) => `<div class="signature"><div class="signature-line"></div><p>${esc(signatoryCaption(w, d))}</p></div>`).join('\n');
  return `<section class="signatures" id="${SIGNATURES_ANCHOR}">
<h2>${esc(w.t('signatures.title'))}</h2>
<p class="adopted">${esc(adoptionLine(w, block))}</p>
<p>${esc(chairLine(w, block))}</p>
<div class="signature-lines">
${lines}
</div>
</section>`;
}

function appendixMotion(w: Words, motion: MotionRecord): string {
  const votes = motion.votes.map((v) => `<tr><td>${esc(v.organization)}</td><td>${esc(voteLabel(w, v.vote))}</td></tr>`).join('\n');
  return `<section class="appendix-motion">
<h3>${esc(motionHeading(w, motion))}</h3>
${motionTextLines(w, motion)
  .map((line) => `<p class="voted-text">${esc(line)}</p>`)
  .join('\n')}
<p class="result">${esc(resultLine(w, motion))}</p>
<table>
<thead><tr><th scope="col">${esc(w.t('record.organization'))}</th><th scope="col">${esc(w.t('record.vote'))}</th></tr></thead>
<tbody>
${votes}
</tbody>
</table>
</section>`;
}

function appendix(w: Words, model: ExportModel): string {
  if (model.motions.length === 0) return '';
  return `<section class="record appendix" id="${APPENDIX_ANCHOR}">
<h2>${esc(w.t('appendix.title'))}</h2>
${model.motions.map((motion) => appendixMotion(w, motion)).join('\n')}
</section>`;
}

/** The whole print HTML document of `model`. */
export function renderHtml(model: ExportModel, options: HtmlOptions = {}): string {
  const w = wordsFor(model.language);
  const tree = nestBlocks(model.blocks);
  const preamble = tree.filter((node) => node.block.type === 'preamble');
  const body = tree.filter((node) => node.block.type !== 'preamble');
  const preambleHtml = preamble.length
    ? `<section class="preamble" id="${PREAMBLE_ANCHOR}">\n<h2>${esc(w.t('preamble'))}</h2>\n${preamble.map((node) => renderNode(w, model, node)).join('\n')}\n</section>`
    : '';
  const title = w.t(model.mode === 'draft' ? 'title.documentDraft' : 'title.document', { coalition: model.coalition });
  return `${printHead(model.language, title, exportStyle(w, model.coalition) + parallelStyle(model))}
<body>
${titlePage(w, model)}
${contents(w, model, options.pageNumbers)}
<main class="constitution">
${preambleHtml}
${body.map((node) => renderNode(w, model, node)).join('\n')}
</main>
${signatures(w, model)}
${record(w, model)}
${appendix(w, model)}
${chaptersAppendix(w, model)}
</body>
</html>
`;
}
