/**
 * A delegate imports their organization's founding document: File dialog or drag-and-drop onto the
 * organization, a preview of the principles with heading paths, fix-ups, confirm or cancel; then browses the
 * library and searches every organization's principles. Bad files get a clear message and change nothing,
 * zip bombs and a PDF of 150,000 pages (generated here) included.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { manyPagePdf, zipBomb } from '../fixtures/import/bombs.ts';
import { addOrg, corpus, openApp } from './app.ts';
import { launchBrowser, screenshotOnFailure } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

async function importViaDialog(button: string, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
}

async function dropFile(short: string, name: string, bytes: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, base64]) => {
      const data = new DataTransfer();
      const content = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      data.items.add(new File([content], fileName));
      return data;
    },
    [name, bytes.toString('base64')] as const,
  );
  await page.dispatchEvent(`[data-org-drop="${short}"]`, 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent(`[data-org-drop="${short}"]`, 'drop', { dataTransfer: transfer });
}

const preview = () => page.getByRole('region', { name: 'Import preview' });
const previewPrinciples = () => preview().locator('[data-principle-id]');

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await openApp(page, baseUrl);
  await addOrg(page, 'Debian', 'DEB');
  await addOrg(page, 'Python Software Foundation', 'PSF');
  // Added without choosing a colour, each organization gets its own.
  const swatches = await page.locator('[data-org-short] .swatch').evaluateAll((nodes) => nodes.map((n) => getComputedStyle(n).backgroundColor));
  expect(new Set(swatches).size).toBe(2);
  await page.getByRole('tab', { name: 'Sources' }).click();
});
afterAll(async () => {
  await browser.close();
});

describe('importing principles', () => {
  it('previews a Word document, applies fix-ups and imports it', async () => {
    screenshotOnFailure(page, 'import-docx');
    await importViaDialog('Import principles for DEB…', corpus('debian-constitution.docx'));
    await preview().waitFor();
    const count = await previewPrinciples().count();
    expect(count).toBeGreaterThan(50);
    const underLeader = preview().locator('[data-principle-id]', { has: page.locator('.principle-path', { hasText: /^5\. Project Leader › 5\.1/ }) });
    expect(await underLeader.count()).toBeGreaterThan(0);

    // Fix-ups: rename, leave one out, merge two, split one.
    await page.getByRole('textbox', { name: 'Source title' }).fill('The Debian Constitution');
    await page.getByRole('textbox', { name: 'Source title' }).blur();
    await previewPrinciples().first().getByRole('button', { name: 'Leave out' }).click();
    await expect.poll(() => previewPrinciples().count()).toBe(count - 1);
    await previewPrinciples().first().getByRole('button', { name: 'Merge with next' }).click();
    await expect.poll(() => previewPrinciples().count()).toBe(count - 2);
    const first = previewPrinciples().first();
    const text = (await first.locator('.principle-text').innerText()).trim();
    await first.getByRole('button', { name: 'Split…' }).click();
    const box = first.getByRole('textbox');
    await box.evaluate(
      (el, at) => {
        if (el instanceof HTMLTextAreaElement) el.setSelectionRange(at, at);
      },
      Math.floor(text.length / 2),
    );
    await first.getByRole('button', { name: 'Split at the cursor' }).click();
    await expect.poll(() => previewPrinciples().count()).toBe(count - 1);

    await preview()
      .getByRole('button', { name: /^Import \d+ principles$/ })
      .click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Imported “The Debian Constitution” (version 1');
    const source = page.locator('details.source', { hasText: 'The Debian Constitution' });
    await source.locator('summary').click();
    expect(await source.locator('[data-principle-id]').count()).toBe(count - 1);
  });

  it('imports a PDF dropped onto an organization, and cancelling a preview stores nothing', async () => {
    screenshotOnFailure(page, 'import-drop');
    await dropFile('PSF', 'zen-of-python.docx', readFileSync(corpus('zen-of-python.docx')));
    await preview().waitFor();
    expect(await preview().getByRole('heading').innerText()).toContain('Python Software Foundation');
    await preview().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByText('No documents imported for Python Software Foundation yet.').count()).toBe(1);

    await dropFile('PSF', 'zen-of-python.pdf', readFileSync(corpus('zen-of-python.pdf')));
    await preview().waitFor();
    const lines = await previewPrinciples().locator('.principle-text').allInnerTexts();
    expect(lines.join('\n')).toContain('Beautiful is better than ugly.');
    await preview()
      .getByRole('button', { name: /^Import \d+ principles$/ })
      .click();
    await page.locator('details.source').first().waitFor();
  });

  it('says what is wrong with a bad file and imports nothing', async () => {
    screenshotOnFailure(page, 'import-bad');
    await dropFile('PSF', 'principles.docx', Buffer.from('this is not a Word document at all'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('principles.docx');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await dropFile('PSF', 'empty.txt', Buffer.alloc(0));
    await expect.poll(() => alert.innerText()).toContain('empty.txt is empty');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.locator('details.source').count()).toBe(1);
  });

  it('refuses a zip bomb and a PDF of 150,000 pages in the import worker, each with its own message, and imports nothing', async () => {
    screenshotOnFailure(page, 'import-bombs');
    const before = await page.locator('details.source').count();
    const alert = page.getByRole('alert');
    await dropFile('PSF', 'bomb.docx', Buffer.from(zipBomb([{ name: 'word/document.xml', unpacked: 110 * 1024 * 1024, declared: 6000 }])));
    await expect.poll(() => alert.innerText(), { timeout: 60_000 }).toContain('bomb.docx is too large once unpacked');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await dropFile('PSF', 'pages.pdf', Buffer.from(manyPagePdf(150_000)));
    await expect.poll(() => alert.innerText(), { timeout: 90_000 }).toContain('pages.pdf has 150,000 pages; Concord imports PDFs of up to 2,000 pages');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.locator('details.source').count()).toBe(before);
  }, 180_000);

  it('offers a re-import as a new version, and imports pasted text', async () => {
    await page.locator('[data-org-drop="DEB"]').click();
    await importViaDialog('Import principles for DEB…', corpus('debian-constitution.docx'));
    await preview().waitFor();
    expect(await preview().getByRole('group').innerText()).toContain('newer version of “The Debian Constitution”');
    await preview().getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Paste text…' }).click();
    await page.getByRole('textbox', { name: 'Text to import' }).fill('Our principles\n\n1. Free software.\n2. Open decisions.\n');
    await page.getByRole('button', { name: 'Preview' }).click();
    await preview().waitFor();
    expect(await previewPrinciples().locator('.principle-text').allInnerTexts()).toEqual(['Free software.', 'Open decisions.']);
    await preview()
      .getByRole('button', { name: /^Import 2 principles$/ })
      .click();
    await expect.poll(() => page.locator('details.source').count()).toBe(2);
  });

  it('shows a progress bar while a long document is read', async () => {
    screenshotOnFailure(page, 'import-progress');
    // About 24 MB (the limit is 25 MB): reading it takes around a second, over the half second after
    // which the bar shows. A MutationObserver records the bar, however briefly it is on screen.
    const article = (n: number) => `Article ${n}\n\n${'Every member organization keeps its voice in the parliament of the coalition. '.repeat(400)}\n\n`;
    const big = Buffer.from(Array.from({ length: 750 }, (_, i) => article(i + 1)).join(''));
    await page.locator('[data-org-drop="PSF"]').click();
    await page.evaluate(() => {
      const seen = { progress: false };
      Reflect.set(window, '__progressSeen', seen);
      new MutationObserver(() => {
        if (document.querySelector('progress[aria-label="Import progress"]')) seen.progress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await dropFile('PSF', 'long-platform.txt', big);
    await preview().waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => JSON.stringify(Reflect.get(window, '__progressSeen')))).toBe('{"progress":true}');
    expect(await preview().innerText()).toContain('long-platform.txt');
    await preview().getByRole('button', { name: 'Cancel' }).click();
  }, 120_000);

  it('searches the principles of every organization', async () => {
    await page.getByRole('searchbox', { name: 'Search principles' }).fill('beautiful');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect.poll(() => results.locator('[data-principle-id]').count()).toBeGreaterThan(0);
    expect(await results.locator('mark').first().innerText()).toMatch(/beautiful/i);
    expect(await results.locator('.principle-path').first().innerText()).toContain('PSF');
    await page.getByRole('searchbox', { name: 'Search principles' }).fill('Project Leader');
    await expect.poll(async () => (await results.locator('.principle-path').allInnerTexts()).join('|')).toContain('DEB');
  });
});
