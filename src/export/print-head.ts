/** The start of every print HTML document Concord writes: UTF-8, a CSP that lets no script and nothing remote in, the title and the style sheet. */
import { escapeMarkup } from './escape.ts';

export function printHead(title: string, css: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(title)}</title>
<style>${css}</style>
</head>`;
}
