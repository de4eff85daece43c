/**
 * The print HTML of a meeting's minutes, which the PDF is printed from: a heading with the coalition, the
 * meeting's date and chair and where the minutes stand (a draft, signed by the chair, adopted — by which
 * motion, when), then the minutes' Markdown laid out (minutes-markdown.ts). Every piece of text is
 * escaped; the only links are https addresses; no script can run (the page's CSP allows none).
 */
import { cssString, escapeMarkup as esc } from './escape.ts';
import { minutesStatusWords, type MeetingMinutes } from './minutes-document.ts';
import { readMinutesMarkdown, type MinutesBlock, type Run } from './minutes-markdown.ts';
import { printHead } from './print-head.ts';
import { FONT_STACK, pageFooterContent } from './style.ts';
import { wordsFor, type Words } from './wording.ts';

/** Indentation per level of lists and quotes; deeper levels than the page has room for stay at the last. */
const INDENT_EM = 1.6;
const MAX_INDENT_LEVELS = 8;

function runHtml(run: Run): string {
  let html = esc(run.text).replace(/\n/g, '<br>');
  if (run.code) html = `<code>${html}</code>`;
  if (run.strike) html = `<del>${html}</del>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.href !== '') html = `<a href="${esc(run.href)}">${html}</a>`;
  return html;
}

const runsHtml = (runs: readonly Run[]): string => runs.map(runHtml).join('');

function indent(depth: number): string {
  const em = Math.min(depth, MAX_INDENT_LEVELS) * INDENT_EM;
  return em > 0 ? ` style="margin-left: ${em}em"` : '';
}

function blockHtml(block: MinutesBlock): string {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(Math.max(block.level, 1), 6);
      return `<h${level}>${runsHtml(block.runs)}</h${level}>`;
    }
    case 'paragraph': {
      const classes = [block.marker !== '' ? 'item' : '', block.quote ? 'quote' : ''].filter((c) => c !== '').join(' ');
      const marker = block.marker !== '' ? `<span class="marker">${esc(block.marker)}</span>` : '';
      return `<p${classes ? ` class="${classes}"` : ''}${indent(block.depth)}>${marker}${runsHtml(block.runs)}</p>`;
    }
    case 'code':
      return `<pre${indent(block.depth)}>${esc(block.text)}</pre>`;
    case 'rule':
      return '<hr>';
  }
}

function style(w: Words, minutes: MeetingMinutes): string {
  return `
@page {
  size: A4;
  margin: 22mm 22mm 24mm 22mm;
  @top-center { content: ${cssString(w.t('minutes.title', { date: minutes.date, coalition: minutes.coalition }))}; font: italic 9pt ${FONT_STACK}; color: #444; }
  @bottom-center { content: ${pageFooterContent(w)}; font: 9pt ${FONT_STACK}; color: #444; }
}
@page :first { @top-center { content: none; } }
:root { color: #111; background: #fff; }
body { font-family: ${FONT_STACK}; font-size: 11pt; line-height: 1.45; margin: 0; overflow-wrap: anywhere; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 17pt; margin: 0 0 0.8em; }
h2 { font-size: 13.5pt; margin: 1.4em 0 0.6em; }
h3 { font-size: 12pt; margin: 1.1em 0 0.5em; }
h4, h5, h6 { font-size: 11pt; margin: 1em 0 0.4em; }
p { margin: 0 0 0.6em; orphans: 3; widows: 3; }
p.item { padding-left: 1.4em; text-indent: -1.4em; margin-bottom: 0.3em; }
p.item .marker { display: inline-block; width: 1.4em; text-indent: 0; }
p.quote { border-left: 2pt solid #bbb; padding-left: 0.8em; color: #333; }
pre { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 9.5pt; white-space: pre-wrap; background: #f4f4f4; padding: 0.5em; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
del { color: #8a1c1c; }
a { color: #0b4f9c; }
hr { border: 0; border-top: 0.5pt solid #999; margin: 1.2em 0; }
.minutes-heading { border-bottom: 1pt solid #333; padding-bottom: 0.8em; margin-bottom: 1.4em; }
.minutes-heading .coalition { font-size: 14pt; font-weight: bold; margin: 0 0 0.2em; }
.minutes-heading .meeting { margin: 0 0 0.4em; }
.minutes-heading .status { margin: 0; font-size: 10pt; }
.minutes-heading .badge { font-weight: bold; border: 0.75pt solid currentColor; border-radius: 2pt; padding: 0 0.35em; margin-right: 0.4em; }
.status-draft .badge { color: #8a5a00; }
.status-signed .badge { color: #0b4f9c; }
.status-adopted .badge { color: #1b5e20; }
.plain-note { font-size: 9.5pt; font-style: italic; color: #555; }
@media screen { body { max-width: 46em; margin: 0 auto; padding: 2em 1.5em 4em; } }
`;
}

/** The whole print HTML document of `minutes`. */
export function renderMinutesHtml(minutes: MeetingMinutes): string {
  const w = wordsFor(minutes.language);
  const read = readMinutesMarkdown(minutes.markdown);
  const note = read.plain ? `<p class="plain-note">${esc(w.t('minutes.plain'))}</p>\n` : '';
  return `${printHead(minutes.language, w.t('minutes.title', { date: minutes.date, coalition: minutes.coalition }), style(w, minutes))}
<body>
<header class="minutes-heading">
<p class="coalition">${esc(minutes.coalition)}</p>
<p class="meeting">${esc(w.t('minutes.meeting', { date: minutes.date, chair: minutes.chair }))}</p>
<p class="status status-${minutes.status}"><span class="badge">${esc(minutesStatusWords(minutes.status, minutes.language))}</span>${esc(minutes.statusLine)}</p>
</header>
<main class="minutes">
${note}${read.blocks.map(blockHtml).join('\n')}
</main>
</body>
</html>
`;
}
