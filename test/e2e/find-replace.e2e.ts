/**
 * Find and replace in the built app, over a draft of 300 clauses opened from a `.concord` file (one of its
 * clauses ratified): Ctrl+F finds a match in a block far off screen and shows "n of N"; the current match
 * is scrolled into view, highlighted and not under anything; Replace replaces it; Replace all the rest in
 * one step, skipping the ratified clause and saying so, and one Ctrl+Z undoes it all; Escape gives the
 * focus back to the editor. Also the small things: the File menu closes on Escape and on a click outside,
 * pasted text with blank lines gives one clause per paragraph, drafted here, and information goes away while
 * errors stay. axe finds no serious or critical violation with the find bar open.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { readBlocks } from '../../src/constitution/document.ts';
import { encodeWorkspaceFile } from '../../src/file/format.ts';
import { castVote, closeMotion, openMotion } from '../../src/ratify/actions.ts';
import { at, coalition, key } from '../unit/ratify-helpers.ts';
import { actFor, block, documentLines } from './app.ts';
import { openScannableApp, seriousViolations } from './axe.ts';
import { screenshotOnFailure } from './browser.ts';

const baseUrl = inject('baseUrl');
const CLAUSES = 300;
const RATIFIED = 'The Assembly is sovereign.';

/** The clause texts: "assembly" in the ratified clause, in clauses 120, 200 and (twice) 280, and inside "Assemblyman" in 150. */
function clauseText(i: number): string {
  if (i === 2) return RATIFIED;
  if (i === 120 || i === 200) return `The Assembly meets in session ${i}.`;
  if (i === 280) return 'The Assembly meets; the assembly decides.';
  if (i === 150) return 'No Assemblyman sits for life.';
  return `Clause ${i}: the members meet and decide together.`;
}

async function draftFile(dir: string): Promise<string> {
  const spec = ['preamble:We, the member organizations, adopt this constitution.', 'article:Everything', ...Array.from({ length: CLAUSES }, (_, i) => `clause:${clauseText(i)}`)];
  const c = await coalition(1, spec);
  const target = readBlocks(c.doc).find((b) => b.text === RATIFIED)?.id ?? '';
  const motion = await openMotion(c.doc, key(c, 0), { kind: 'clause', target, closesAt: at(60) }, at(1));
  await castVote(c.doc, key(c, 0), motion, 'yes', at(2));
  await closeMotion(c.doc, key(c, 0), motion, at(3));
  const path = join(dir, 'long-draft.concord');
  writeFileSync(path, encodeWorkspaceFile(c.doc));
  return path;
}

/** Polls with room for a loaded machine: each waits for what the person would see, however long it takes. */
function poll<T>(read: () => T | Promise<T>): ReturnType<typeof expect.poll<T>> {
  return expect.poll(read, { timeout: 15_000 });
}

let browser: Browser;
let page: Page;
let file: string;

async function menu(item: string): Promise<void> {
  await page.getByText('File', { exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

beforeAll(async () => {
  file = await draftFile(mkdtempSync(join(tmpdir(), 'concord-find-')));
  ({ browser, page } = await openScannableApp(baseUrl));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  const chooser = page.waitForEvent('filechooser');
  await menu('Open…');
  await (await chooser).setFiles(file);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="constitution"] [data-block-id]').length === n, CLAUSES + 2, { timeout: 20_000 });
  await block(page, RATIFIED).getByTestId('status-badge').getByText('Ratified').waitFor({ timeout: 20_000 });
  // This delegate acts for the coalition's one organization (else their first edit asks).
  await actFor(page, 'Organization 1');
});

beforeEach(({ task }) => {
  screenshotOnFailure(page, `find-replace-${task.name.slice(0, 30).replace(/\W+/g, '-')}`);
});

afterAll(async () => {
  await browser.close();
});

const bar = (): ReturnType<Page['getByRole']> => page.getByRole('search', { name: 'Find and replace' });
const count = (): Promise<string> => page.getByTestId('find-count').innerText();
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** The current match's text, its block's text, and whether the element at its centre on screen is the match itself. */
async function currentMatch(): Promise<{ text: string; block: string; onTop: boolean; inView: boolean }> {
  return page.locator('[data-find-hit="current"]').evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const blockText = element.closest('[data-block-id]')?.querySelector('.blk-text')?.textContent ?? '';
    return {
      text: element.textContent ?? '',
      block: blockText.replace(/\uFEFF/g, ''),
      onTop: top !== null && (top === element || element.contains(top)),
      inView: box.top >= 0 && box.bottom <= window.innerHeight,
    };
  });
}

describe('find and replace over a long draft', () => {
  it('finds off-screen matches, replaces one, then all in one undo step, skipping ratified text', async () => {
    await page.locator('[data-block-type="preamble"] .blk-text').click();
    await page.keyboard.press('Home');
    await page.keyboard.press(`${mod}+F`);
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Find');
    await page.keyboard.type('assembly');
    // Six matches, the first after the cursor (in the ratified clause) current; one of them locked.
    await poll(count).toBe('1 of 6 · 1 match is in ratified text: locked, not replaced.');
    await bar().getByLabel('Whole word').check();
    await poll(count).toMatch(/^1 of 5 /);

    // F3: the next match, in clause 120 — far below the first screen — scrolled into view and on top.
    await page.keyboard.press('F3');
    await poll(count).toMatch(/^2 of 5 /);
    await poll(currentMatch).toEqual({ text: 'Assembly', block: 'The Assembly meets in session 120.', onTop: true, inView: true });
    await page.screenshot({ path: 'test-results/find-bar.png' });
    await page.keyboard.press('Shift+F3');
    await poll(count).toMatch(/^1 of 5 /);
    // Enter in the query field: the next one again.
    await bar().getByRole('searchbox', { name: 'Find' }).press('Enter');
    await poll(count).toMatch(/^2 of 5 /);

    // Replace on the ratified match: refused with a message, and the next match becomes current.
    await page.keyboard.press(`${mod}+H`);
    await bar().getByLabel('Replace with').fill('Congress');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Shift+F3');
    await poll(count).toMatch(/^1 of 5 /);
    const replace = bar().getByRole('button', { name: 'Replace', exact: true });
    await replace.click();
    await poll(() => page.getByTestId('find-message').innerText()).toBe('This match is in ratified text: it is locked and was not replaced.');
    await poll(count).toMatch(/^2 of 5 /);
    expect(await block(page, 'sovereign').locator('.blk-text').innerText()).toBe(RATIFIED);

    // Replace: the current match only; the next one becomes current.
    await replace.click();
    await poll(() => block(page, 'session 120').locator('.blk-text').innerText()).toBe('The Congress meets in session 120.');
    await poll(count).toMatch(/^2 of 4 /);
    await poll(currentMatch).toMatchObject({ block: 'The Assembly meets in session 200.', onTop: true, inView: true });

    // Replace all: the three left outside ratified text, with the locked one counted.
    await bar().getByRole('button', { name: 'Replace all' }).click();
    await poll(() => page.getByTestId('find-message').innerText()).toBe('Replaced 3. 1 match is in ratified text: locked, not replaced.');
    await poll(count).toMatch(/^1 of 1 /);
    const lines = await documentLines(page);
    expect(lines.filter((line) => /assembly|congress/i.test(line)).map((line) => line.split('|')[2])).toEqual([
      RATIFIED,
      'The Congress meets in session 120.',
      'No Assemblyman sits for life.',
      'The Congress meets in session 200.',
      'The Congress meets; the Congress decides.',
    ]);

    // Escape closes the bar and gives the focus back to the editor; one Ctrl+Z undoes Replace all whole.
    await page.keyboard.press('Escape');
    await poll(() => bar().count()).toBe(0);
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('constitution');
    await page.keyboard.press(`${mod}+Z`);
    await poll(async () => (await documentLines(page)).filter((line) => /assembly|congress/i.test(line)).map((line) => line.split('|')[2])).toEqual([
      RATIFIED,
      'The Congress meets in session 120.',
      'No Assemblyman sits for life.',
      'The Assembly meets in session 200.',
      'The Assembly meets; the assembly decides.',
    ]);
    expect(await page.locator('[data-find-hit]').count()).toBe(0);
  });
});

describe('small things', () => {
  it('the File menu closes on Escape and on a click outside', async () => {
    const items = page.getByRole('menuitem', { name: 'Open…' });
    await page.getByText('File', { exact: true }).click();
    await poll(() => items.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await poll(() => items.isVisible()).toBe(false);
    await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('File');
    await page.getByText('File', { exact: true }).click();
    await poll(() => items.isVisible()).toBe(true);
    await page.locator('.sidebar').click({ position: { x: 20, y: 200 } });
    await poll(() => items.isVisible()).toBe(false);
  });

  it('pasted paragraphs separated by blank lines become one clause each, drafted here', async () => {
    const before = (await documentLines(page)).length;
    await block(page, 'Clause 3:').locator('.blk-text').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.evaluate(() => navigator.clipboard.writeText('First pasted.\n\nSecond pasted.\n\nThird pasted.'));
    await page.keyboard.press(`${mod}+V`);
    await poll(async () => (await documentLines(page)).length).toBe(before + 3);
    const lines = await documentLines(page);
    const at3 = lines.findIndex((line) => line.includes('Clause 3:'));
    expect(lines.slice(at3 + 1, at3 + 4).map((line) => line.split('|').slice(1).join('|'))).toEqual(['clause|First pasted.', 'clause|Second pasted.', 'clause|Third pasted.']);
    await block(page, 'Third pasted.').locator('.blk-text').click();
    await poll(() => page.getByTestId('provenance-panel').innerText()).toContain('Written here');
    expect(await page.getByTestId('provenance-panel').innerText()).not.toContain('Copied');
  });

  it('information goes away by itself; an error stays until dismissed', async () => {
    // Typing in the ratified clause is refused with information.
    await block(page, RATIFIED).locator('.blk-text').click();
    await page.keyboard.type('x');
    const info = page.locator('.notice-info');
    await poll(() => info.innerText()).toContain('ratified and locked');
    // Its animation runs to the end (finished here rather than waited for): then it is gone.
    await info.evaluate((element) => element.getAnimations().forEach((animation) => animation.finish()));
    await poll(() => info.count()).toBe(0);

    const bad = join(mkdtempSync(join(tmpdir(), 'concord-bad-')), 'broken.concord');
    writeFileSync(bad, 'not a workspace');
    const chooser = page.waitForEvent('filechooser');
    await menu('Merge a .concord file…');
    await (await chooser).setFiles(bad);
    const alert = page.getByRole('alert');
    await poll(() => alert.innerText()).toContain('broken.concord');
    expect(await alert.evaluate((element) => element.getAnimations().length)).toBe(0);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await poll(() => alert.count()).toBe(0);
  });
});
