/**
 * Accessibility: an axe-core scan of each main view finds no serious or critical violation, and the main
 * drafting flow works with the keyboard alone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addOrg, documentLines, newLine, waitForCaretIn } from './app.ts';
import { openScannableApp, seriousViolations } from './axe.ts';
import { screenshotOnFailure } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openScannableApp(baseUrl));
});
afterAll(async () => {
  await browser.close();
});

describe('accessibility', () => {
  it('drafts with the keyboard alone', async () => {
    screenshotOnFailure(page, 'a11y-keyboard');
    await page.keyboard.press('Tab'); // File menu
    await page.keyboard.press('Tab'); // coalition name
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Keyboard Coalition');
    await page.keyboard.press('Enter');
    // Tab on to the "+ Article" button and press it.
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (name === '+ Article') break;
    }
    await page.keyboard.press('Enter');
    await waitForCaretIn(page, 'article');
    await page.keyboard.type('Principles');
    await newLine(page, 'clause');
    await page.keyboard.type('We decide together.');
    expect((await documentLines(page)).slice(1)).toEqual(['Article I|article|Principles', '(1)|clause|We decide together.']);
    expect(await page.getByRole('textbox', { name: 'Coalition name' }).inputValue()).toBe('Keyboard Coalition');
  });

  it('has a scanner that does catch a violation', async () => {
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.id = 'planted';
      img.src = 'data:,';
      document.body.append(img);
    });
    expect((await seriousViolations(page)).join('\n')).toContain('image-alt');
    await page.evaluate(() => document.getElementById('planted')?.remove());
  });

  it('finds no serious or critical violations in the constitution view', async () => {
    await addOrg(page, 'Debian', 'DEB');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds no serious or critical violations in the sources view and the import preview', async () => {
    await page.getByRole('tab', { name: 'Sources' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Paste text…' }).click();
    await page.getByRole('textbox', { name: 'Text to import' }).fill('1. Free software.\n2. Open decisions.\n');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('region', { name: 'Import preview' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
