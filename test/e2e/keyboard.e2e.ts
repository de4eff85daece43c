/**
 * The main flows with the keyboard alone — Tab, Enter, typing, arrow keys; no mouse — in the built web
 * app: add a member organization, import its principles (pasted text, preview, import), edit the
 * constitution, and export it (File menu, export dialog, download). Then an axe-core scan of every view
 * in the view tabs (whatever views exist) and of the export dialog finds no serious or critical violation.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { documentLines, newLine, waitForCaretIn } from './app.ts';
import { openScannableApp, seriousViolations } from './axe.ts';
import { screenshotOnFailure } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

/** The focused element's accessible name, roughly: aria-label, its label's text, or its own text. */
function focusedName(): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return '';
    const labelled = 'labels' in element && element.labels instanceof NodeList ? element.labels[0]?.textContent : undefined;
    return (element.getAttribute('aria-label') ?? labelled ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Press Tab until the focused element's name matches (at most `max` presses). */
async function tabTo(name: string | RegExp, max = 80): Promise<void> {
  const matches = (text: string): boolean => (typeof name === 'string' ? text === name : name.test(text));
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focusedName())) return;
  }
  throw new Error(`Tab never reached "${String(name)}"`);
}

beforeAll(async () => {
  ({ browser, page } = await openScannableApp(baseUrl));
});
afterAll(async () => {
  await browser.close();
});

describe('the keyboard alone', () => {
  it('adds an organization and imports its principles', async () => {
    screenshotOnFailure(page, 'keyboard-import');
    await tabTo('+ Add organization');
    await page.keyboard.press('Enter');
    await tabTo(/^Name/);
    await page.keyboard.type('Debian');
    await page.keyboard.press('Tab');
    await page.keyboard.type('DEB');
    await page.keyboard.press('Enter');
    await page.locator('[data-org-short="DEB"]').waitFor();

    await tabTo('Sources');
    await page.keyboard.press('Enter');
    await tabTo('Paste text…');
    await page.keyboard.press('Enter');
    await tabTo(/^Text to import/);
    await page.keyboard.type('1. Free software.\n2. Open decisions.\n');
    await tabTo('Preview');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Import preview' }).waitFor();
    await tabTo(/^Import 2 principles$/);
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Import preview' }).waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('Open decisions.').count()).toBeGreaterThan(0);
  });

  it('edits the constitution', async () => {
    screenshotOnFailure(page, 'keyboard-edit');
    await tabTo('Constitution');
    await page.keyboard.press('Enter');
    await tabTo('+ Article');
    await page.keyboard.press('Enter');
    await waitForCaretIn(page, 'article');
    await page.keyboard.type('Principles');
    await newLine(page, 'clause');
    await page.keyboard.type('We decide together.');
    expect((await documentLines(page)).slice(-2)).toEqual(['Article I|article|Principles', '(1)|clause|We decide together.']);
  });

  it('exports the draft as Markdown', async () => {
    screenshotOnFailure(page, 'keyboard-export');
    await page.keyboard.press('Escape');
    await tabTo('File');
    await page.keyboard.press('Enter');
    await tabTo('Export…');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export the constitution' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(/^Format/);
    // A select's choices are picked with the arrow keys; Markdown comes after PDF and Word.
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement instanceof HTMLSelectElement && document.activeElement.value === 'md')); i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    // Tab enters the radio group at its checked choice; the arrow key moves to the next one.
    await tabTo(/The ratified text only/);
    await page.keyboard.press('ArrowDown');
    await tabTo('Export');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.md$/);
    const text = readFileSync(await file.path(), 'utf8');
    expect(text).toContain('We decide together.');
  });
});

describe('axe-core', () => {
  it('finds no serious or critical violations in any view', async () => {
    const tabs = page.getByRole('tablist', { name: 'Views' }).getByRole('tab');
    const names = await tabs.allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) {
      await tabs.filter({ hasText: name }).click();
      expect(await seriousViolations(page), name).toEqual([]);
    }
  });
});
