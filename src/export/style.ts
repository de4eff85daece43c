/**
 * The style sheet of the exported constitution, for paper and for screen. Page size and margins, the
 * running header (the coalition's name) and the footer ("page N of M") are CSS `@page` rules with margin
 * boxes, so every Chromium prints the same thing: Electron's printToPDF and Playwright's page.pdf with
 * `preferCSSPageSize`, the headless Chromium of the CLI, and a browser's own print dialog. The title page
 * has neither header nor footer. Fonts: serif faces with Latin, Greek and Cyrillic (DejaVu Serif on Linux).
 */
import { cssString } from './escape.ts';
import { pageOfParts, type Words } from './wording.ts';

export const FONT_STACK = `"DejaVu Serif", "Noto Serif", "Liberation Serif", "Times New Roman", Georgia, serif`;

/** The CSS `content` of the footer "page N of M" in the export's language. */
export function pageFooterContent(w: Words): string {
  return pageOfParts(w)
    .map((part) => (typeof part === 'string' ? cssString(part) : `counter(${part.counter})`))
    .join(' ');
}

export function exportStyle(w: Words, coalition: string): string {
  return `
@page {
  size: A4;
  margin: 24mm 22mm 24mm 22mm;
  @top-center { content: ${cssString(coalition)}; font: italic 9pt ${FONT_STACK}; color: #444; }
  @bottom-center { content: ${pageFooterContent(w)}; font: 9pt ${FONT_STACK}; color: #444; }
}
@page :first {
  @top-center { content: none; }
  @bottom-center { content: none; }
}
:root { color: #111; background: #fff; }
body { font-family: ${FONT_STACK}; font-size: 11pt; line-height: 1.45; margin: 0; }
h1, h2, h3 { font-weight: bold; line-height: 1.25; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 0.6em; orphans: 3; widows: 3; }

.title-page { display: flex; flex-direction: column; justify-content: center; text-align: center; min-height: 240mm; break-after: page; page-break-after: always; }
.title-page .kind { font-size: 14pt; font-variant: small-caps; margin: 0 0 0.8em; }
.title-page h1 { font-size: 26pt; margin: 0 0 0.8em; }
.title-page .ratified { font-size: 13pt; font-style: italic; margin: 0 0 3em; }
.title-page h2 { font-size: 11pt; font-weight: normal; margin: 0 0 0.8em; }
.title-page .members { list-style: none; margin: 0; padding: 0; font-size: 12pt; }
.title-page .members li { margin: 0.25em 0; }

.contents { break-after: page; page-break-after: always; }
.contents h2 { text-align: center; font-size: 15pt; margin: 0 0 1.2em; }
.contents ol { list-style: none; margin: 0; padding: 0; }
.contents li { margin: 0.2em 0; }
.contents li.level-1 { font-weight: bold; margin-top: 0.6em; }
.contents li.level-2 { padding-left: 2em; }
.contents a { display: flex; align-items: last baseline; color: inherit; text-decoration: none; }
.contents .entry { flex: 0 1 auto; }
.contents .label { margin-right: 0.5em; }
.contents .leader { flex: 1 1 2em; min-width: 2em; margin: 0 0.4em; border-bottom: 1px dotted #777; }
.contents .page { flex: 0 0 2.5em; text-align: right; font-variant-numeric: tabular-nums; }

.preamble { margin: 0 0 2em; }
.preamble h2 { text-align: center; font-size: 15pt; margin: 0 0 1em; }
.preamble p { font-style: italic; text-align: justify; }

.article { margin: 0 0 1.6em; }
.article > h2 { text-align: center; font-size: 14pt; margin: 1.6em 0 0.9em; }
.article > h2 .label { display: block; font-size: 11pt; margin-bottom: 0.2em; }
.section > h3 { font-size: 11.5pt; margin: 1.1em 0 0.5em; }
.section > h3 .label { margin-right: 0.5em; }
.clause { text-align: justify; padding-left: 2.4em; text-indent: -2.4em; }
.clause .label { display: inline-block; width: 2.4em; text-indent: 0; }
.clause.sub-1 { margin-left: 2.4em; }
.clause.sub-2 { margin-left: 4.8em; }
.provenance { font-size: 8.5pt; font-style: italic; color: #555; padding-left: 2.4em; margin-top: -0.4em; }
.status { font-size: 8pt; font-weight: normal; font-style: normal; white-space: nowrap; border: 0.5pt solid currentColor; border-radius: 2pt; padding: 0 0.3em; margin-left: 0.5em; vertical-align: 0.1em; text-indent: 0; }
.status-ratified { color: #1b5e20; }
.status-under-vote { color: #8a5a00; }
.status-draft { color: #555; }
.status-rejected, .status-void { color: #b71c1c; }
.is-rejected .text, .is-void .text { text-decoration: line-through; color: #666; }

.record { break-before: page; page-break-before: always; }
.record h2 { text-align: center; font-size: 15pt; margin: 0 0 1em; }
.record table { width: 100%; border-collapse: collapse; font-size: 10pt; }
.record th, .record td { text-align: left; padding: 0.35em 0.5em; border-bottom: 0.5pt solid #999; vertical-align: top; }
.record th { border-bottom: 1pt solid #333; }
.record tr { break-inside: avoid; page-break-inside: avoid; }
.record .fingerprint { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 9pt; white-space: nowrap; }

.signatures { break-before: page; page-break-before: always; }
.signatures h2 { text-align: center; font-size: 15pt; margin: 0 0 1em; }
.signatures .adopted { font-size: 12pt; margin-bottom: 1em; }
.signature-lines { margin-top: 8mm; }
.signature { break-inside: avoid; page-break-inside: avoid; margin: 0 0 6mm; }
.signature-line { border-bottom: 0.75pt solid #111; height: 14mm; width: 60%; }
.signature p { font-size: 10pt; margin: 0.3em 0 0; }
.appendix-motion { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1.4em; }
.appendix-motion h3 { font-size: 11.5pt; margin: 0 0 0.4em; }
.appendix-motion .voted-text { font-style: italic; margin: 0 0 0.3em; }
.appendix-motion .result { margin: 0.4em 0; }

@media screen {
  body { max-width: 46em; margin: 0 auto; padding: 2em 1.5em 4em; }
  .title-page { min-height: 70vh; border-bottom: 1px solid #ccc; margin-bottom: 2em; }
  .contents { border-bottom: 1px solid #ccc; margin-bottom: 2em; padding-bottom: 1.5em; }
  .contents .leader, .contents .page { display: none; }
  .record { border-top: 1px solid #ccc; margin-top: 2em; padding-top: 1.5em; }
}
`;
}
