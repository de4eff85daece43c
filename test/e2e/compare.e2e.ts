/**
 * Delegates compare their organizations' principles: two platforms that share a reworded principle show it
 * in one row, the heatmap counts it, two cells open in a word diff, the similarity slider says what it
 * does, and the keyword filter and the slider narrow the rows. By topic: one click on a topic shows who says
 * what on it, and a delegate adds and removes a principle's topic from its cell, the change shown with the
 * organization that made it. When a third organization writes in Spanish, Compare says which writes in which
 * language, and by topic shows their principles side by side.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { addOrg, corpus, openApp } from './app.ts';
import { seriousViolations } from './axe.ts';
import { launchBrowser, screenshotOnFailure } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

async function importInto(short: string, action: () => Promise<void>): Promise<void> {
  await page.locator(`[data-org-drop="${short}"]`).click();
  await action();
  const preview = page.getByRole('region', { name: 'Import preview' });
  await preview.waitFor();
  await preview.getByRole('button', { name: /^Import \d+ principles$/ }).click();
  await preview.waitFor({ state: 'detached' });
}

const PLATFORM = [
  'Our platform',
  '',
  '1. We will never hide problems: our whole bug report database stays open for public view at all times, and reports people file online promptly become visible to others.',
  '2. Members pay dues every quarter to the treasurer.',
  '3. The annual congress elects the steering committee by secret ballot.',
].join('\n');

/** A Spanish platform saying, in other words, what the Workers' League's says on elections and dues. */
const PLATAFORMA = [
  'Nuestra plataforma',
  '',
  '1. El congreso anual elige al comité directivo por voto secreto.',
  '2. Los miembros pagan sus cuotas cada trimestre a la tesorería.',
].join('\n');

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ bypassCSP: true })).newPage();
  await openApp(page, baseUrl);
  await addOrg(page, 'Debian', 'DEB');
  await addOrg(page, 'Workers’ League', 'WL');
  await page.getByRole('tab', { name: 'Sources' }).click();
  await importInto('DEB', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import principles for DEB…' }).click();
    await (await chooser).setFiles(corpus('debian-social-contract.txt'));
  });
  await importInto('WL', async () => {
    await page.getByRole('button', { name: 'Paste text…' }).click();
    await page.getByRole('textbox', { name: 'Text to import' }).fill(PLATFORM);
    await page.getByRole('button', { name: 'Preview' }).click();
  });
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByTestId('compare-view').waitFor();
});
afterAll(async () => {
  await browser.close();
});

/** Whether what is drawn at the centre of `element` is the element (or inside it): it is on screen, not hidden. */
async function shownAt(element: Locator): Promise<boolean> {
  return element.evaluate((target) => {
    const box = target.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && target.contains(hit);
  });
}

describe('comparison', () => {
  it('aligns the shared principle in one row and counts it in the heatmap', async () => {
    screenshotOnFailure(page, 'compare-rows');
    const shared = page
      .getByTestId('compare-row')
      .filter({ has: page.getByTestId('compare-cell').filter({ hasText: 'bug report database' }) })
      .first();
    await shared.waitFor();
    expect(await shared.getAttribute('data-org-count')).toBe('2');
    const cells = await shared.getByTestId('compare-cell').allInnerTexts();
    expect(cells.join('\n')).toContain('We will keep our entire bug report database open');
    expect(cells.join('\n')).toContain('our whole bug report database stays open');
    // Unrelated principles do not share a row with Debian's.
    // Unrelated principles stay unique to their organization (found through the filter: rows are windowed).
    await page.getByTestId('compare-filter').fill('dues');
    const dues = page.getByTestId('compare-row').filter({ hasText: 'Members pay dues' });
    await dues.waitFor();
    expect(await dues.getAttribute('data-org-count')).toBe('1');
    await page.getByTestId('compare-filter').fill('');
    const pair = page.getByTestId('compare-heatmap-cell').filter({ hasNot: page.locator('[data-shared="0"]') });
    expect(await page.getByTestId('compare-heatmap').innerText()).toMatch(/\b1\b/);
    expect(await pair.count()).toBeGreaterThan(0);
  });

  it('opens two cells in a word diff', async () => {
    const shared = page
      .getByTestId('compare-row')
      .filter({ has: page.getByTestId('compare-cell').filter({ hasText: 'bug report database' }) })
      .first();
    const cells = shared.getByTestId('compare-cell');
    await cells.nth(0).click();
    await cells.nth(1).click();
    const diff = page.getByTestId('compare-diff');
    await diff.waitFor();
    expect(await diff.getByTestId('compare-diff-left').count()).toBeGreaterThan(0);
    expect(await diff.getByTestId('compare-diff-right').count()).toBeGreaterThan(0);
    expect(await diff.innerText()).toContain('bug report database');
  });

  it('says under the slider, in one sentence, what it does, once the word meanings have loaded', async () => {
    const help = page.getByTestId('compare-threshold-help');
    await expect
      .poll(() => help.innerText(), { timeout: 15_000 })
      .toBe('Principles share a row when their words and meaning are at least this similar: lower it to see looser kinships, raise it to keep only close matches.');
    // Visible where it is, not covered by anything.
    const onTop = await help.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit !== null && element.contains(hit);
    });
    expect(onTop).toBe(true);
    await page.screenshot({ path: 'test-results/compare-slider.png', clip: { x: 0, y: 0, width: 1280, height: 360 } });
  });

  it('filters by keyword and by similarity', async () => {
    await page.getByTestId('compare-filter').fill('ballot');
    await expect.poll(() => page.getByTestId('compare-row').count()).toBe(1);
    await page.getByTestId('compare-filter').fill('');
    const sharedRows = page.locator('[data-testid="compare-row"][data-org-count="2"]');
    await expect.poll(() => sharedRows.count()).toBeGreaterThan(0);
    await page.getByTestId('compare-threshold').fill('0.9');
    await expect.poll(() => page.getByTestId('compare-threshold-value').innerText()).toBe('0.90');
    await expect.poll(() => sharedRows.count()).toBe(0);
    await page.getByTestId('compare-threshold').fill('0.2');
  });

  it('shows who says what on a topic in one click, and corrects a topic from the cell', async () => {
    screenshotOnFailure(page, 'compare-topics');
    await page.getByTestId('compare-topic-chip').filter({ hasText: 'Finances and dues' }).click();
    const finances = page.locator('[data-testid="topic-row"][data-topic="finances"]');
    await finances.waitFor();
    const dues = 'Members pay dues every quarter to the treasurer.';
    expect(await finances.locator('[role="cell"][data-org="WL"]').innerText()).toContain(dues);
    // The row is on screen, not merely in the DOM.
    expect(await shownAt(finances.getByRole('rowheader'))).toBe(true);
    const elections = page.locator('[data-testid="topic-row"][data-topic="elections"] [data-org="WL"]');
    expect(await elections.innerText()).toContain('The annual congress elects the steering committee by secret ballot.');

    // Acting for the Workers' League, a delegate says the dues principle is about wages, not finances.
    await page.getByRole('combobox', { name: 'Acting for' }).selectOption({ label: 'Workers’ League' });
    await finances.getByTestId('topic-cell-principle').filter({ hasText: dues }).click();
    const editor = page.getByTestId('topic-editor');
    const toggle = (topic: string) => editor.locator(`[data-testid="topic-toggle"][data-topic="${topic}"]`);
    expect(await toggle('finances').isChecked()).toBe(true);
    await toggle('wages-labour').check();
    await toggle('finances').uncheck();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain('Finances and dues · removed by WL');
    // Its finances row (which held only this principle) is gone; who says what on wages is one click away.
    await expect.poll(() => finances.getByTestId('topic-cell-principle').filter({ hasText: dues }).count(), { timeout: 15_000 }).toBe(0);
    await page.getByTestId('compare-topic-chip').filter({ hasText: 'Wages and labour' }).click();
    const wages = page.locator('[data-testid="topic-row"][data-topic="wages-labour"] [data-org="WL"]');
    await expect.poll(() => wages.getByTestId('topic-cell-principle').allInnerTexts(), { timeout: 15_000 }).toContain(`${dues} (added by WL)`);
    expect(await shownAt(wages.getByTestId('topic-cell-principle'))).toBe(true);
    await page.screenshot({ path: 'test-results/compare-by-topic.png' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('compare-by-similarity').click();
    await page.getByTestId('compare-rows').waitFor();
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('tells delegates when their organizations write in different languages, and shows them side by side by topic', async () => {
    screenshotOnFailure(page, 'compare-languages');
    await page.getByRole('tab', { name: 'Constitution' }).click();
    await addOrg(page, 'Unión del Sur', 'UDS');
    await page.getByRole('tab', { name: 'Sources' }).click();
    await importInto('UDS', async () => {
      await page.getByRole('button', { name: 'Paste text…' }).click();
      await page.getByRole('textbox', { name: 'Text to import' }).fill(PLATAFORMA);
      await page.getByRole('button', { name: 'Preview' }).click();
    });
    await page.getByRole('tab', { name: 'Compare' }).click();
    const note = page.getByTestId('compare-languages');
    await note.waitFor();
    for (const said of ['DEB in English', 'WL in English', 'UDS in Spanish']) expect(await note.innerText()).toContain(said);
    expect(await shownAt(note)).toBe(true);
    await page.screenshot({ path: 'test-results/compare-languages.png' });
    await note.getByRole('button', { name: 'Show by topic' }).click();
    const elections = page.locator('[data-testid="topic-row"][data-topic="elections"]');
    await elections.waitFor();
    expect(await elections.locator('[data-org="WL"]').innerText()).toContain('The annual congress elects the steering committee by secret ballot.');
    expect(await elections.locator('[data-org="UDS"]').innerText()).toContain('El congreso anual elige al comité directivo por voto secreto.');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
