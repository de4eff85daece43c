/**
 * The web build's PDF: the print HTML made by the core, opened in a window of its own, and the browser's
 * print dialog (where "Save as PDF" is). Page size and margins come from the HTML's CSS.
 */
import { i18n } from '../../src/i18n/i18n.ts';

export function openPrintWindow(html: string): Window {
  const win = window.open('', '_blank');
  if (!win) throw new Error(i18n.t('editor:export.printBlocked'));
  win.document.open();
  win.document.write(html);
  win.document.close();
  win.focus();
  // Printing waits for the fonts, so the page count and the contents match what is printed.
  void win.document.fonts.ready.then(() => win.print());
  return win;
}
