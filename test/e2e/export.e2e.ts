/**
 * File › Export… in the web build: the print view of the full draft opens in its own window (printed here
 * with page.pdf, as the browser's print would) and reads back with pdftotext — numbering, order, names in
 * every script; Markdown downloads; and asking for the ratified text before anything is ratified says so.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addOrg, insertBlockVia, newLine, openApp } from './app.ts';
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

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await openApp(page, baseUrl);
  const name = page.getByRole('textbox', { name: 'Coalition name' });
  await name.fill('Frente Popular — Союз');
  await name.press('Enter');
  await addOrg(page, 'Partido Socialismo y Liberación', 'PSL');
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
    const pdf = await printView.pdf({ preferCSSPageSize: true, printBackground: true });
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
});
