/**
 * The start of every print HTML document Concord writes: its language (which Chromium carries into the PDF
 * it prints), UTF-8, a CSP that lets no script and nothing remote in, the title and the style sheet.
 */
import type { Language } from '../i18n/languages.ts';
import { escapeMarkup } from './escape.ts';

export function printHead(language: Language, title: string, css: string): string {
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(title)}</title>
<style>${css}</style>
</head>`;
}
