/**
 * Parallel texts in exports: each exported block with its translation into a chosen second language
 * (src/translations), printed beside the text in two columns in HTML (and so in PDF) and under it in
 * Markdown (Word: docx-parallel.ts). A translation made from an older wording, or only a working one, says so in its own language.
 */
import type * as Y from 'yjs';
import { translator } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import { isOutOfDate, translationsInto } from '../translations/store.ts';
import { escapeMarkup as esc } from './escape.ts';
import type { ExportBlock, ExportModel, ExportTranslation } from './model.ts';

/** `blocks` with each one's translation into `language`, where there is one. */
export function withTranslations(doc: Y.Doc, blocks: readonly ExportBlock[], language: Language): ExportBlock[] {
  const translations = translationsInto(doc, language);
  return blocks.map((block) => {
    const found = translations.get(block.id);
    if (!found) return block;
    const translation: ExportTranslation = { text: found.text, status: found.status, outOfDate: isOutOfDate(found, block.text) };
    return { ...block, translation };
  });
}

/** What to say about a translation in its own language ("" for a current, official one). */
export function translationNote(language: Language, translation: ExportTranslation): string {
  const t = translator(language);
  if (translation.outOfDate) return t('export.outOfDate', { ns: 'translations' });
  return translation.status === 'working' ? t('export.working', { ns: 'translations' }) : '';
}

/** A block's text in HTML: alone, or beside its translation in two columns when the export is parallel. */
export function parallelTextHtml(model: ExportModel, block: ExportBlock): string {
  const text = `<span class="text">${esc(block.text)}</span>`;
  const language = model.parallel;
  if (language === undefined) return text;
  const translation = block.translation;
  const note = translation ? translationNote(language, translation) : '';
  const other = translation ? `${esc(translation.text)}${note ? ` <span class="translation-note">[${esc(note)}]</span>` : ''}` : '';
  return `<span class="parallel">${text}<span class="translation" lang="${language}">${other}</span></span>`;
}

/** The style of two-column blocks (added to the print style sheet when the export is parallel). */
export function parallelStyle(model: ExportModel): string {
  if (model.parallel === undefined) return '';
  return `
.parallel { display: inline-grid; grid-template-columns: 1fr 1fr; column-gap: 1.5em; width: 100%; vertical-align: top; text-indent: 0; text-align: left; }
.parallel > .translation { font-style: normal; border-left: 0.5pt solid #bbb; padding-left: 0.75em; }
.translation-note { font-size: 8.5pt; color: #666; }
`;
}

/** The Markdown lines that follow a block in a parallel export: its translation, quoted, or nothing. */
export function parallelMarkdown(model: ExportModel, block: ExportBlock, escapeText: (text: string) => string): string[] {
  const language = model.parallel;
  const translation = block.translation;
  if (language === undefined || !translation) return [];
  const note = translationNote(language, translation);
  return [`> ${escapeText(translation.text)}${note ? ` *\\[${escapeText(note)}\\]*` : ''}`, ''];
}
