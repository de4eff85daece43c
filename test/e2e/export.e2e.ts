/**
 * File › Export… in the web build: the print view of the full draft opens in its own window (printed here
 * with page.pdf, as the browser's print would) and reads back with pdftotext — numbering, order, names in
 * every script; Markdown downloads; and asking for the ratified text before anything is ratified says so.
 * Then the delegate, working alone for their organization, ratifies the whole text in the Ratification view
 * with their key, and the ratified-only PDF carries "Ratified on", every clause and the ratification record.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { actFor, addOrg, insertBlockVia, newLine, openApp, standInForPrintDialog } from './app.ts';
import { launchBrowser, screenshotOnFailure } from './browser.ts';

const baseUrl = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'concord-export-'));
let browser: Browser;
let page: Page;

async function openExport(): Promise<void> {
  await page.getByText('File', { exact: true }).click();
  await page.getByRole('menuitem', { name: 'Export…' }).click();
  await page.getByRole('dialog', { name: 'Export the constitution' }).waitFor();
}

/** The print view as PDF, as the browser's "Save as PDF" makes it. */
function printed(view: Page): Promise<Buffer> {
  return view.pdf({ preferCSSPageSize: true, printBackground: true });
}

/** The built document worker (renderer/documents/document-worker.ts), asked in the page where each anchor landed. */
async function pagesInDocumentWorker(pdf: Buffer, anchors: string[]): Promise<[string, number][]> {
  const worker = readdirSync(fileURLToPath(new URL('../../out/renderer/assets', import.meta.url))).find((file) => /^document-worker-.*\.js$/.test(file));
  if (!worker) throw new Error('no document worker in out/renderer/assets');
  const reply = await page.evaluate(
    ({ url, bytes, anchors }) =>
      new Promise<unknown>((resolve) => {
        const thread = new Worker(url, { type: 'module' });
        thread.addEventListener('message', (event: MessageEvent<{ concordDocument?: boolean; kind?: string }>) => {
          if (event.data.concordDocument && event.data.kind !== 'progress') resolve(event.data);
        });
        thread.postMessage({ pdf: new Uint8Array(bytes), anchors });
      }),
    { url: `/assets/${worker}`, bytes: [...pdf], anchors },
  );
  if (typeof reply !== 'object' || reply === null || !('pages' in reply) || !Array.isArray(reply.pages)) throw new Error(`the document worker answered ${JSON.stringify(reply)}`);
  return reply.pages.filter((entry): entry is [string, number] => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number');
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await standInForPrintDialog(page);
  await openApp(page, baseUrl);
  const name = page.getByRole('textbox', { name: 'Coalition name' });
  await name.fill('Frente Popular — Союз');
  await name.press('Enter');
  await addOrg(page, 'Partido Socialismo y Liberación', 'PSL');
  await actFor(page, 'Partido Socialismo y Liberación');
  await page.locator('[data-block-type="preamble"] .blk-text').first().click();
  await page.keyboard.type('We, the member organizations, unite.');
  await insertBlockVia(page, '+ Article', 'article');
  await page.keyboard.type('Membership');
  await newLine(page, 'clause');
  await page.keyboard.type('Any organization may join.');
  await insertBlockVia(page, '+ Article', 'article');
  await page.keyboard.type('Decisions');
  await newLine(page, 'clause');
  await page.keyboard.type('Each organization has one vote.');
});
afterAll(async () => {
  await browser.close();
});

describe('exporting', () => {
  it('says there is no ratified text yet, and suggests the draft', async () => {
    screenshotOnFailure(page, 'export-ratified');
    await openExport();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const alert = page.getByRole('dialog').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('no ratified text to export');
    expect(await alert.innerText()).toContain('full draft');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('prints the full draft to PDF with numbering and every name intact', async () => {
    screenshotOnFailure(page, 'export-pdf');
    await openExport();
    await page.getByRole('radio', { name: /The full draft/ }).check();
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const printView = await popup;
    await printView.waitForLoadState();
    const pdf = await printed(printView);
    const file = join(dir, 'draft.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Frente Popular — Союз');
    expect(text).toContain('Partido Socialismo y Liberación');
    const order = ['We, the member organizations, unite.', 'Article I', 'Membership', 'Any organization may join.', 'Article II', 'Decisions', 'Each organization has one vote.'];
    const body = text.slice(text.lastIndexOf('We, the member organizations, unite.'));
    let at = 0;
    for (const piece of order.slice(1)) {
      const found = body.indexOf(piece, at);
      expect(found, piece).toBeGreaterThan(-1);
      at = found;
    }
    mkdirSync('test-results', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join('test-results', 'export-page')]);
    // The desktop app numbers the contents from this printing: the document worker's pdf.js finds the page of each heading.
    const anchors = await printView.locator('nav a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')?.slice(1) ?? ''));
    expect(anchors.length).toBeGreaterThanOrEqual(3);
    const pages = await pagesInDocumentWorker(pdf, anchors);
    expect(pages.map(([anchor]) => anchor)).toEqual(anchors);
    for (const [, number] of pages) expect(number).toBeGreaterThanOrEqual(1);
    await printView.close();
  });

  it('downloads Markdown', async () => {
    await openExport();
    await page.getByRole('combobox', { name: 'Format' }).selectOption('md');
    await page.getByRole('radio', { name: /The full draft/ }).check();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const saved = join(dir, (await download).suggestedFilename());
    await (await download).saveAs(saved);
    expect(saved.endsWith('.md')).toBe(true);
    const markdown = readFileSync(saved, 'utf8');
    expect(markdown).toContain('Membership');
    expect(markdown.indexOf('Membership')).toBeLessThan(markdown.indexOf('Decisions'));
  });

  it('prints the ratified text with its record once the whole constitution is ratified in the Ratification view', async () => {
    screenshotOnFailure(page, 'export-ratified-pdf');
    await page.getByRole('combobox', { name: 'Acting for' }).selectOption({ label: 'Partido Socialismo y Liberación' });
    await page.getByRole('tab', { name: 'Ratification' }).click();
    // The rules are set while setting up: the first key on the roster founds the coalition with them.
    await page.getByText('Rules of the coalition').click();
    await page.getByRole('combobox', { name: 'The whole text: passes with' }).selectOption('unanimity');
    await page.getByRole('button', { name: 'Save the rules' }).click();
    await expect.poll(() => page.locator('.notice').innerText()).toContain('The rules are saved');
    await page.getByRole('button', { name: 'Put this computer’s key on the roster for PSL' }).click();
    const form = page.getByRole('form', { name: 'Put to a vote' });
    await form.getByRole('combobox', { name: 'Motion', exact: true }).selectOption({ label: 'Adopt the whole constitution' });
    const closes = await page.evaluate(() => {
      const d = new Date(Date.now() + 8000);
      const p = (n: number): string => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
    });
    await form.getByLabel('Voting closes').fill(closes);
    await form.getByRole('button', { name: 'Open the vote' }).click();
    await page.getByTestId('motion').getByRole('button', { name: 'Yes', exact: true }).click();
    await expect.poll(() => page.getByTestId('motion-explanation').first().innerText(), { timeout: 20_000 }).toMatch(/^Passed: 1 of 1 member vote said yes/);
    await expect.poll(() => page.getByTestId('ratify-progress').innerText()).toMatch(/^\d+ ratified$/);

    await openExport();
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const printView = await popup;
    await printView.waitForLoadState();
    const file = join(dir, 'ratified.pdf');
    writeFileSync(file, await printed(printView));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toMatch(/Ratified on \d{1,2} \w+ \d{4}/);
    for (const piece of ['Any organization may join.', 'Each organization has one vote.', 'Ratification record', 'Partido Socialismo y Liberación For', 'unanimity of members'])
      expect(text).toContain(piece);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join('test-results', 'export-ratified-page')]);
    await printView.close();
  });
});
