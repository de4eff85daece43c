/**
 * Printing the constitution to PDF in the desktop app: the core's print HTML is served for a moment from
 * app://concord/__print/… to a hidden, sandboxed window with JavaScript off, and printed by Chromium with
 * webContents.printToPDF — page size and margins from the HTML's CSS, tagged PDF, document outline.
 */
import { randomUUID } from 'node:crypto';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN, SECURE_WEB_PREFERENCES } from './security.ts';

const PRINT_PREFIX = '/__print/';
const jobs = new Map<string, string>();

/** The HTML of a print job being served, for the app:// protocol handler (undefined for other paths). */
export function printJobHtml(pathname: string): string | undefined {
  return pathname.startsWith(PRINT_PREFIX) ? jobs.get(pathname.slice(PRINT_PREFIX.length)) : undefined;
}

export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const id = `${randomUUID()}.html`;
  jobs.set(id, html);
  const window = new BrowserWindow({ show: false, webPreferences: { ...SECURE_WEB_PREFERENCES, javascript: false } });
  try {
    await window.loadURL(`${APP_ORIGIN}${PRINT_PREFIX}${id}`);
    const pdf = await window.webContents.printToPDF({
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    return new Uint8Array(pdf);
  } finally {
    jobs.delete(id);
    window.destroy();
  }
}
