/**
 * The print HTML of the constitution: one standalone document with its CSS, made for paper (title page,
 * table of contents, preamble, numbered articles, sections and clauses, the block to sign, ratification
 * record, appendix of votes, optional provenance notes and status marks) and readable on screen. It is the standalone HTML export as well as
 * what every PDF is printed from; see style.ts for the page rules.
 */
import { APPENDIX_ANCHOR, contentsOf, blockAnchor, hasRecord, PREAMBLE_ANCHOR, RECORD_ANCHOR, SIGNATURES_ANCHOR, type ContentsEntry } from './contents.ts';
import { depthOf } from '../constitution/schema.ts';
import { escapeMarkup as esc } from './escape.ts';
import { STATUS_LABELS, type ExportBlock, type ExportModel, type MotionRecord } from './model.ts';
import { printHead } from './print-head.ts';
import { exportStyle } from './style.ts';
import { nestBlocks, type BlockNode } from './tree.ts';
import { chaptersAppendix } from './chapters-html.ts';
import { parallelStyle, parallelTextHtml } from './parallel.ts';
import {
  adoptionLine,
  APPENDIX_TITLE,
  chairLine,
  dateLine,
  motionHeading,
  motionLine,
  motionTextLines,
  resultLine,
  signatoryCaption,
  SIGNATURES_TITLE,
  VOTE_LABELS,
} from './wording.ts';

export interface HtmlOptions {
  /** Page of each table-of-contents anchor (see contents.ts), once known; without it the contents show no page numbers. */
  pageNumbers?: ReadonlyMap<string, number>;
}

function statusMark(model: ExportModel, block: ExportBlock): string {
  if (model.mode !== 'draft') return '';
  return ` <span class="status status-${block.status}">[${esc(STATUS_LABELS[block.status])}]</span>`;
}

function provenanceNote(model: ExportModel, block: ExportBlock): string {
  if (!model.provenance || block.sources.length === 0) return '';
  return `\n<p class="provenance">Drawn from: ${esc(block.sources.join('; '))}</p>`;
}

function statusClass(model: ExportModel, block: ExportBlock): string {
  return model.mode === 'draft' ? ` is-${block.status}` : '';
}

function renderNode(model: ExportModel, node: BlockNode): string {
  const { block } = node;
  const inner = node.children.map((child) => renderNode(model, child)).join('\n');
  const label = block.label ? `<span class="label">${esc(block.label)}</span>` : '';
  const text = parallelTextHtml(model, block);
  switch (block.type) {
    case 'article':
      return `<section class="article${statusClass(model, block)}" id="${blockAnchor(block)}">\n<h2>${label}${text}${statusMark(model, block)}</h2>${provenanceNote(model, block)}\n${inner}\n</section>`;
    case 'section':
      return `<section class="section${statusClass(model, block)}" id="${blockAnchor(block)}">\n<h3>${label}${text}${statusMark(model, block)}</h3>${provenanceNote(model, block)}\n${inner}\n</section>`;
    case 'clause': {
      // A sub-clause's class sets its indent (style.ts); its own sub-clauses follow it.
      const depth = depthOf(block);
      const sub = depth === 0 ? '' : ` sub-${depth}`;
      const own = `<p class="clause${sub}${statusClass(model, block)}" id="${blockAnchor(block)}">${label}${text}${statusMark(model, block)}</p>${provenanceNote(model, block)}`;
      return inner === '' ? own : `${own}\n${inner}`;
    }
    case 'preamble':
      return `<p class="${block.type}${statusClass(model, block)}" id="${blockAnchor(block)}">${label}${text}${statusMark(model, block)}</p>${provenanceNote(model, block)}`;
  }
}

function titlePage(model: ExportModel): string {
  const members = model.organizations.map((org) => `<li>${esc(org.name)}</li>`).join('\n');
  return `<section class="title-page">
<p class="kind">Constitution</p>
<h1>${esc(model.coalition)}</h1>
<p class="ratified">${esc(dateLine(model))}</p>
${members ? `<h2>Member organizations</h2>\n<ul class="members">\n${members}\n</ul>` : ''}
</section>`;
}

function contentsEntry(entry: ContentsEntry, pages: ReadonlyMap<string, number> | undefined): string {
  const page = pages?.get(entry.anchor);
  const label = entry.label ? `<span class="label">${esc(entry.label)}</span>` : '';
  return `<li class="level-${entry.level}"><a href="#${entry.anchor}"><span class="entry">${label}${esc(entry.title)}</span><span class="leader"></span><span class="page">${page ?? ''}</span></a></li>`;
}

function contents(model: ExportModel, pages: ReadonlyMap<string, number> | undefined): string {
  const entries = contentsOf(model).map((entry) => contentsEntry(entry, pages));
  return `<nav class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ol>
${entries.join('\n')}
</ol>
</nav>`;
}

function record(model: ExportModel): string {
  if (!hasRecord(model)) return '';
  const rows = model.record
    .map((row) => `<tr><td>${esc(row.organization)}</td><td>${esc(VOTE_LABELS[row.vote])}</td><td>${esc(row.date)}</td><td class="fingerprint">${esc(row.fingerprint)}</td></tr>`)
    .join('\n');
  const table = rows
    ? `<table>
<thead><tr><th scope="col">Organization</th><th scope="col">Vote</th><th scope="col">Date</th><th scope="col">Delegate key</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '';
  return `<section class="record" id="${RECORD_ANCHOR}">
<h2>Ratification record</h2>
<p>${esc(motionLine(model))}</p>
${table}
</section>`;
}

/** After a ratified text: where and when it was adopted, the chair, and a line for each delegate to sign on. */
function signatures(model: ExportModel): string {
  const block = model.signatories;
  if (!block) return '';
  const lines = block.delegates.map((d) => `<div class="signature"><div class="signature-line"></div><p>${esc(signatoryCaption(d))}</p></div>`).join('\n');
  return `<section class="signatures" id="${SIGNATURES_ANCHOR}">
<h2>${esc(SIGNATURES_TITLE)}</h2>
<p class="adopted">${esc(adoptionLine(block))}</p>
<p>${esc(chairLine(block))}</p>
<div class="signature-lines">
${lines}
</div>
</section>`;
}

function appendixMotion(motion: MotionRecord): string {
  const votes = motion.votes.map((v) => `<tr><td>${esc(v.organization)}</td><td>${esc(VOTE_LABELS[v.vote])}</td></tr>`).join('\n');
  return `<section class="appendix-motion">
<h3>${esc(motionHeading(motion))}</h3>
${motionTextLines(motion)
  .map((line) => `<p class="voted-text">${esc(line)}</p>`)
  .join('\n')}
<p class="result">${esc(resultLine(motion))}</p>
<table>
<thead><tr><th scope="col">Organization</th><th scope="col">Vote</th></tr></thead>
<tbody>
${votes}
</tbody>
</table>
</section>`;
}

function appendix(model: ExportModel): string {
  if (model.motions.length === 0) return '';
  return `<section class="record appendix" id="${APPENDIX_ANCHOR}">
<h2>${esc(APPENDIX_TITLE)}</h2>
${model.motions.map(appendixMotion).join('\n')}
</section>`;
}

/** The whole print HTML document of `model`. */
export function renderHtml(model: ExportModel, options: HtmlOptions = {}): string {
  const tree = nestBlocks(model.blocks);
  const preamble = tree.filter((node) => node.block.type === 'preamble');
  const body = tree.filter((node) => node.block.type !== 'preamble');
  const preambleHtml = preamble.length
    ? `<section class="preamble" id="${PREAMBLE_ANCHOR}">\n<h2>Preamble</h2>\n${preamble.map((node) => renderNode(model, node)).join('\n')}\n</section>`
    : '';
  const title = model.mode === 'draft' ? `Constitution of ${model.coalition} (draft)` : `Constitution of ${model.coalition}`;
  return `${printHead(title, exportStyle(model.coalition) + parallelStyle(model))}
<body>
${titlePage(model)}
${contents(model, options.pageNumbers)}
<main class="constitution">
${preambleHtml}
${body.map((node) => renderNode(model, node)).join('\n')}
</main>
${signatures(model)}
${record(model)}
${appendix(model)}
${chaptersAppendix(model)}
</body>
</html>
`;
}
