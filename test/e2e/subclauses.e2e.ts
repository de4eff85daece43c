/**
 * Sub-clauses with the keyboard alone, in the built web app: Tab indents a clause as "(a)" under the one
 * above and again as "(i)", Shift+Tab outdents, Enter continues at the same depth (and outdents an empty
 * sub-clause); the numbers are drawn indented where a reader sees them; Escape then Tab leaves the text,
 * and Tab passes through the text when it arrived there by Tab; + Section at the start of a clause takes
 * that clause under it; a heading moves one place at a time (Alt+Shift+↑). axe finds no serious or
 * critical violation. Then, with an organization to act for, the first keystroke asks whom the delegate
 * acts for, and is made once they have chosen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addOrg, block, documentLines, newLine, waitForCaretIn } from './app.ts';
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

/** Press Tab (or Shift+Tab) until the focused element's text is `name`. */
async function tabTo(name: string, back = false): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent ?? '')) === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Where the text of the block holding `text` starts on screen, and whether that point shows this block. */
async function textLeft(text: string): Promise<{ left: number; visible: boolean }> {
  return block(page, text)
    .locator('.blk-text')
    .evaluate((node) => {
      const box = node.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + 2, box.top + box.height / 2);
      return { left: box.left, visible: hit !== null && node.contains(hit) };
    });
}

const inEditor = (): Promise<boolean> => page.evaluate(() => document.activeElement?.closest('[data-testid="constitution"]') !== null);

describe('sub-clauses with the keyboard alone', () => {
  it('indents with Tab, outdents with Shift+Tab, numbers (a) and (i), and lets Escape then Tab leave the text', async () => {
    screenshotOnFailure(page, 'subclauses-keyboard');
    await tabTo('+ Article');
    await page.keyboard.press('Enter');
    await waitForCaretIn(page, 'article');
    await page.keyboard.type('Members');
    // Each new line continues at the depth of the one before; Tab and Shift+Tab change it.
    const lines: [string | null, string][] = [
      [null, 'Who may join:'],
      ['Tab', 'parties;'],
      [null, 'unions, that is'],
      ['Tab', 'local ones;'],
      [null, 'national ones;'],
      // Enter in an empty sub-clause outdents it.
      ['Enter', 'groups.'],
      ['Shift+Tab', 'Dues are yearly.'],
    ];
    for (const [key, text] of lines) {
      await newLine(page, 'clause');
      if (key) await page.keyboard.press(key);
      await page.keyboard.type(text);
    }
    expect((await documentLines(page)).slice(1)).toEqual([
      'Article I|article|Members',
      '(1)|clause|Who may join:',
      '(a)|clause|parties;',
      '(b)|clause|unions, that is',
      '(i)|clause|local ones;',
      '(ii)|clause|national ones;',
      '(c)|clause|groups.',
      '(2)|clause|Dues are yearly.',
    ]);
    // Tab keeps the focus in the text: (2) becomes (d); an indent is one undo step.
    await page.keyboard.press('Tab');
    expect(await inEditor()).toBe(true);
    expect((await documentLines(page)).at(-1)).toBe('(d)|clause|Dues are yearly.');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await documentLines(page)).at(-1)).toBe('(2)|clause|Dues are yearly.');
    expect((await documentLines(page)).at(-2)).toBe('(c)|clause|groups.');

    // A reader sees each level further in, and each line is really on top there.
    const [clause, sub, subsub] = await Promise.all([textLeft('Who may join:'), textLeft('parties;'), textLeft('local ones;')]);
    expect(sub.left).toBeGreaterThan(clause.left + 20);
    expect(subsub.left).toBeGreaterThan(sub.left + 20);
    expect([clause.visible, sub.visible, subsub.visible]).toEqual([true, true, true]);
    await page.screenshot({ path: 'test-results/subclauses.png' });

    // Escape, then Tab: out of the text, which stays as it was; tabbing through the text passes on too.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await inEditor()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await inEditor()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await inEditor()).toBe(false);
    expect((await documentLines(page)).at(-1)).toBe('(2)|clause|Dues are yearly.');
  });

  it('puts + Section at the cursor, taking the clause after it, and moves a heading one place at a time', async () => {
    screenshotOnFailure(page, 'subclauses-insert');
    // Back into the text (Shift+Tab), at the start of the last clause.
    await page.keyboard.press('Shift+Tab');
    expect(await inEditor()).toBe(true);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await page.keyboard.press('Escape');
    await tabTo('+ Section', true);
    await page.keyboard.press('Enter');
    await waitForCaretIn(page, 'section');
    await page.keyboard.type('Dues');
    await expect.poll(async () => (await documentLines(page)).slice(-3)).toEqual(['(c)|clause|groups.', 'Section 1|section|Dues', '(1)|clause|Dues are yearly.']);
    // One Alt+Shift+↑: the heading goes above the clause before it (with its sub-clauses), not into another article.
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(async () => (await documentLines(page)).slice(1, 4)).toEqual(['Article I|article|Members', 'Section 1|section|Dues', '(1)|clause|Who may join:']);
    expect((await documentLines(page)).at(-1)).toBe('(2)|clause|Dues are yearly.');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('asks whom the delegate acts for before their first keystroke, and makes it once they choose', async () => {
    screenshotOnFailure(page, 'subclauses-acting-for');
    await addOrg(page, 'Debian', 'DEB');
    await block(page, 'groups.').locator('.blk-text').click();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    const dialog = page.getByRole('dialog', { name: 'Who are you acting for?' });
    await dialog.waitFor();
    expect(await block(page, 'groups.').locator('.blk-text').innerText()).toBe('groups.');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('combobox').selectOption({ label: 'Debian' });
    await dialog.getByRole('button', { name: 'Act for it and make my change' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => block(page, 'groups').locator('.blk-text').innerText()).toBe('groups.!');
    expect(await page.locator('.acting-as select').inputValue()).not.toBe('');
    // Chosen once: the next keystrokes go straight in.
    await page.keyboard.type('?');
    await expect.poll(() => block(page, 'groups').locator('.blk-text').innerText()).toBe('groups.!?');
  });
});
