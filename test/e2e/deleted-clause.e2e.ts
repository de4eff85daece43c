/**
 * A clause deleted under you, through the real sync server: Ben deletes the clause Ana is typing in; Ana
 * is told who did it and how it comes back, and her next keystrokes land nowhere (before, they went into
 * the previous clause, silently); Ben's undo restores the clause for both.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { insertBlock } from '../../src/constitution/structure.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { block, clickEndOf, documentLines } from './app.ts';
import { launchBrowser } from './browser.ts';
import { DEB_AND_PSF, joinMeeting, seedMeeting, type Meeting } from './meeting.ts';

const CLAUSE = 'The chair is elected for one year.';
let server: TestServer;
let browser: Browser;
let meeting: Meeting;

beforeAll(async () => {
  server = await startTestServer();
  meeting = { server, workspace: 'w_e2edeletedclause', baseUrl: inject('baseUrl'), readyText: CLAUSE };
  await seedMeeting(meeting, 'Coalition of Two', DEB_AND_PSF, (editor) => {
    const article = insertBlock(editor, 'article', undefined, 'The parliament');
    const first = insertBlock(editor, 'clause', article, 'Every member organization has one delegate.');
    insertBlock(editor, 'clause', first, CLAUSE);
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

it('tells a delegate whose clause another deletes who did it, and sends their next keystrokes nowhere', async () => {
  const { page: ana } = await joinMeeting(browser, meeting, { name: 'Ana', org: 'DEB', screenshot: 'deleted-clause-ana' });
  const { page: ben } = await joinMeeting(browser, meeting, { name: 'Ben', org: 'PSF', screenshot: 'deleted-clause-ben' });
  await clickEndOf(ana, CLAUSE);
  await ana.keyboard.type(' Ana types');
  await clickEndOf(ben, 'Ana types');
  // Ana sees Ben's caret in that clause before he deletes it.
  await expect.poll(() => caretIsIn(ana, 'Ben', 'Ana types'), { timeout: 15_000 }).toBe(true);
  ben.once('dialog', (dialog) => void dialog.accept()); // "Delete this clause? (Ctrl+Z undoes it.)"
  await ben.getByRole('toolbar', { name: 'Constitution structure' }).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect
    .poll(() => ana.locator('.notice').allInnerTexts(), { timeout: 15_000 })
    .toEqual([expect.stringContaining('Ben deleted the clause you were editing (Ctrl+Z on their side restores it).')]);
  expect(await block(ana, 'Ana types').count()).toBe(0);
  await ana.keyboard.type('stray keys');
  await expect.poll(async () => JSON.stringify(await documentLines(ben))).toBe(JSON.stringify(await documentLines(ana)));
  expect(JSON.stringify(await documentLines(ana))).not.toContain('stray');
  // Undo on Ben's side restores it for both.
  await ben.getByRole('toolbar', { name: 'Constitution structure' }).getByRole('button', { name: 'Undo' }).click();
  await block(ana, 'Ana types').waitFor({ timeout: 15_000 });
}, 120_000);

async function caretIsIn(page: Page, name: string, text: string): Promise<boolean> {
  const caret = await page.locator(`.remote-caret[data-remote-caret="${name}"]`).boundingBox();
  const target = await block(page, text).boundingBox();
  return caret !== null && target !== null && caret.y >= target.y - 1 && caret.y < target.y + target.height;
}
