/**
 * Edits respect a vote, end to end in Chromium through the real sync server with two delegates: a clause
 * is ratified (both vote yes, so it closes in the room), and a keystroke in it leaves no trace on the
 * typist's screen; another clause is put to a vote, and the first edit in it asks first — cancel leaves it
 * exactly as it was, "Edit anyway" lets it through, and the other delegate's agenda names who changed it.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { insertBlock } from '../../src/constitution/structure.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { seriousViolations } from './axe.ts';
import { block, clickEndOf, documentLines } from './app.ts';
import { motionCard, untilRosterFull, vote } from './agenda.ts';
import { launchBrowser } from './browser.ts';
import { joinMeeting, seedMeeting, type Meeting } from './meeting.ts';

const baseUrl = inject('baseUrl');
const RATIFIED = 'We unite the working class.';
const UNDER_VOTE = 'Each member sends one delegate.';
const RATIFIED_HEADING = 'Article I, clause 1';
const UNDER_VOTE_HEADING = 'Article I, clause 2';
const AMENDED = 'Each member sends one delegate, chosen in writing.';
const UNDER_VOTE_QUESTION = 'This clause is under vote; a change voids the vote. Propose an amendment instead, or edit anyway.';
let server: TestServer;
let browser: Browser;
let meeting: Meeting;

async function join(name: string, org: string): Promise<Page> {
  const { page } = await joinMeeting(browser, meeting, { name, org, screenshot: `vote-guard-${name}` });
  return page;
}

async function view(page: Page, tab: 'Constitution' | 'Ratification'): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
}

async function openClauseVote(page: Page, text: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Put to a vote' });
  await form.getByRole('combobox', { name: 'Motion', exact: true }).selectOption({ label: 'Adopt a clause' });
  const select = form.getByRole('combobox', { name: 'On', exact: true });
  const label = (await select.locator('option').allInnerTexts()).find((o) => o.includes(text));
  if (!label) throw new Error(`no clause ${text}`);
  await select.selectOption({ label });
  await form.getByRole('button', { name: 'Open the vote' }).click();
}

/** The block's text as the typist's screen shows it (the DOM) — not the document. */
function screenText(page: Page, text: string | RegExp): Promise<string> {
  return block(page, text)
    .locator('.blk-text')
    .evaluate((node) => (node.textContent ?? '').replace(/\uFEFF/g, ''));
}

/** Paste plain text where the caret is, as the clipboard would. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Type `text` through an input method's composition (as Chromium's IME, or a dead key, does). */
async function compose(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
  // Slate takes the composition in after compositionend, and the screen is checked then.
  await page.waitForTimeout(100);
}

/** Put the caret in the block holding `text`, just before `before` (placed in the DOM, as a click would). */
async function caretBefore(page: Page, text: string, before: string): Promise<void> {
  await block(page, text).locator('.blk-text').click();
  await block(page, text)
    .locator('[data-slate-string]')
    .evaluate((node, offset) => {
      const textNode = node.firstChild;
      if (!textNode) throw new Error('no text');
      document.getSelection()?.collapse(textNode, offset);
    }, text.indexOf(before));
  // The editor follows the DOM selection on its next selectionchange.
  await page.waitForTimeout(150);
}

beforeAll(async () => {
  server = await startTestServer();
  meeting = { server, workspace: 'w_e2evoteguardwork', baseUrl, readyText: UNDER_VOTE };
  await seedMeeting(
    meeting,
    'Coalition of the Left',
    [
      { name: 'Green Left', short: 'GL' },
      { name: 'Socialist Workers Party', short: 'SWP' },
    ],
    (editor) => {
      const article = insertBlock(editor, 'article', undefined, 'Purpose');
      const first = insertBlock(editor, 'clause', article, RATIFIED);
      insertBlock(editor, 'clause', first, UNDER_VOTE);
    },
  );
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('two delegates: locked text leaves no trace, and a clause under vote asks before an edit', () => {
  let ana: Page;
  let carla: Page;

  it('join, and a clause is ratified in the room', async () => {
    ana = await join('Ana', 'GL');
    carla = await join('Carla', 'SWP');
    for (const page of [ana, carla]) {
      await view(page, 'Ratification');
      await untilRosterFull(page, 15_000);
    }
    await openClauseVote(ana, RATIFIED);
    for (const page of [ana, carla]) await vote(page, RATIFIED_HEADING, 'Yes');
    for (const page of [ana, carla])
      await expect.poll(() => motionCard(page, RATIFIED_HEADING).getByTestId('motion-explanation').innerText(), { timeout: 15_000 }).toMatch(/^Passed/);
  }, 180_000);

  it('a keystroke in the ratified clause leaves the screen showing exactly the ratified wording', async () => {
    await view(carla, 'Constitution');
    await expect.poll(() => block(carla, RATIFIED).getByTestId('status-badge').textContent(), { timeout: 10_000 }).toBe('Ratified (locked)');
    // Typed letters (a–z are drawn by the browser itself), at a word's start and at the end of the clause.
    await caretBefore(carla, RATIFIED, 'working');
    await carla.keyboard.type('X');
    await expect.poll(() => carla.locator('.notice').innerText()).toContain('ratified and locked');
    expect(await screenText(carla, RATIFIED)).toBe(RATIFIED);
    await carla.keyboard.press('End');
    await carla.keyboard.type('k');
    expect(await screenText(carla, RATIFIED)).toBe(RATIFIED);
    // Text inserted without keys (as an input method or dictation does), paste, delete and Enter.
    await caretBefore(carla, RATIFIED, 'class');
    await carla.keyboard.insertText('Y');
    await carla.keyboard.insertText('Zq');
    await paste(carla, 'PASTED');
    await carla.keyboard.press('Backspace');
    await carla.keyboard.press('Delete');
    await carla.keyboard.press('Enter');
    await carla.keyboard.press('Shift+ArrowRight');
    await carla.keyboard.type('w');
    expect(await screenText(carla, RATIFIED)).toBe(RATIFIED);
    // A composition (an input method, or a dead key: ´ then a) is drawn by the browser before Slate sees it.
    await caretBefore(carla, RATIFIED, 'class');
    await compose(carla, 'á');
    expect(await screenText(carla, RATIFIED)).toBe(RATIFIED);
    // Nothing catches up later either.
    await carla.waitForTimeout(1000);
    expect(await screenText(carla, RATIFIED)).toBe(RATIFIED);
    expect(await documentLines(carla)).toContain(`(1)|clause|${RATIFIED}`);
    await block(carla, RATIFIED).screenshot({ path: 'test-results/vote-guard-locked-clause.png' });
  }, 60_000);

  it('the first edit in a clause under vote asks first; cancel, Escape and each way of editing leave the text exactly as it was', async () => {
    await view(ana, 'Ratification');
    await openClauseVote(ana, UNDER_VOTE);
    await expect.poll(() => block(carla, UNDER_VOTE).getByTestId('status-badge').innerText(), { timeout: 10_000 }).toBe('Under vote');
    await caretBefore(carla, UNDER_VOTE, 'one');
    const dialog = carla.getByRole('dialog', { name: `${UNDER_VOTE_HEADING} is under vote` });
    await carla.keyboard.type('X');
    await dialog.waitFor();
    expect(await dialog.getByText(UNDER_VOTE_QUESTION).count()).toBe(1);
    expect(await screenText(carla, UNDER_VOTE)).toBe(UNDER_VOTE);
    expect(await seriousViolations(carla)).toEqual([]);
    await carla.screenshot({ path: 'test-results/vote-guard-dialog.png' });
    // Focus stays in the dialog, Cancel first.
    expect(await carla.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await carla.keyboard.press(key);
      expect(await carla.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    }
    await carla.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await screenText(carla, UNDER_VOTE)).toBe(UNDER_VOTE);
    // Each other way of editing asks too; Cancel leaves the text.
    const attempts: [string, () => Promise<void>][] = [
      ['several letters at once', () => carla.keyboard.insertText('Zq')],
      ['paste', () => paste(carla, 'PASTED')],
      ['Backspace', () => carla.keyboard.press('Backspace')],
      ['Delete', () => carla.keyboard.press('Delete')],
      ['Enter', () => carla.keyboard.press('Enter')],
      ['a composition', () => compose(carla, 'á')],
      ['a change of block type', async () => void (await carla.getByRole('combobox', { name: 'Block type' }).selectOption('section'))],
    ];
    for (const [what, attempt] of attempts) {
      await caretBefore(carla, UNDER_VOTE, 'one');
      await attempt();
      await expect.poll(() => dialog.count(), { message: what }).toBe(1);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await screenText(carla, UNDER_VOTE), what).toBe(UNDER_VOTE);
    }
    expect(await documentLines(carla)).toContain(`(2)|clause|${UNDER_VOTE}`);
    expect(await carla.getByRole('combobox', { name: 'Block type' }).inputValue()).toBe('clause');
    // Enter at the end of the clause adds a clause after it and leaves its wording: no question.
    await clickEndOf(carla, UNDER_VOTE);
    await carla.keyboard.press('Enter');
    await carla.keyboard.type('A new clause.');
    expect(await dialog.count()).toBe(0);
    await expect.poll(() => documentLines(carla)).toContain('(3)|clause|A new clause.');
    await view(ana, 'Ratification');
    await expect.poll(() => motionCard(ana, UNDER_VOTE_HEADING).getByTestId('motion-status').innerText(), { timeout: 5000 }).toBe('Open');
  }, 120_000);

  it('"Propose an amendment" posts the proposed wording to the clause’s comments and leaves the text', async () => {
    await caretBefore(carla, UNDER_VOTE, 'one');
    await carla.keyboard.type('X');
    const dialog = carla.getByRole('dialog', { name: `${UNDER_VOTE_HEADING} is under vote` });
    await dialog.getByRole('button', { name: 'Propose an amendment' }).click();
    const form = dialog.getByRole('form', { name: `Propose an amendment to ${UNDER_VOTE_HEADING}` });
    await form.getByRole('textbox', { name: 'Proposed wording' }).fill(AMENDED);
    await expect.poll(() => form.getByTestId('diff-added').allInnerTexts()).toEqual([expect.stringContaining('chosen in writing')]);
    expect(await seriousViolations(carla)).toEqual([]);
    await carla.screenshot({ path: 'test-results/vote-guard-proposal.png' });
    await form.getByRole('button', { name: 'Post the proposal to the comments' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await screenText(carla, UNDER_VOTE)).toBe(UNDER_VOTE);
    await expect.poll(() => carla.getByRole('complementary', { name: 'Clause details' }).innerText()).toContain(`Proposed amendment to ${UNDER_VOTE_HEADING}: “${AMENDED}”`);
    expect(await motionCard(ana, UNDER_VOTE_HEADING).getByTestId('motion-status').innerText()).toBe('Open');
  }, 60_000);

  it('"Edit anyway" makes the edit, further edits go through, and the other delegate’s agenda names who changed the text', async () => {
    const clock = (): Promise<string> => ana.evaluate(() => new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
    await caretBefore(carla, UNDER_VOTE, 'one');
    await carla.keyboard.type('X');
    const dialog = carla.getByRole('dialog', { name: `${UNDER_VOTE_HEADING} is under vote` });
    const before = await clock();
    await dialog.getByRole('button', { name: 'Edit anyway' }).click();
    const after = await clock();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => screenText(carla, /Xone/)).toBe('Each member sends Xone delegate.');
    await carla.keyboard.type('yz');
    expect(await dialog.count()).toBe(0);
    await expect.poll(() => screenText(carla, /Xyzone/)).toBe('Each member sends Xyzone delegate.');
    const card = motionCard(ana, UNDER_VOTE_HEADING);
    await expect.poll(() => card.getByTestId('motion-status').innerText(), { timeout: 15_000 }).toBe('Void');
    const named = (time: string): string =>
      `Void: the text was changed by Carla (Socialist Workers Party) at ${time} while the vote was open (as the edit history records it; that history is not signed).`;
    await expect.poll(() => card.getByTestId('motion-explanation').innerText(), { timeout: 15_000 }).toBeOneOf([named(before), named(after)]);
    await card.screenshot({ path: 'test-results/vote-guard-void.png' });
  }, 60_000);
});
