/**
 * Suggestion mode and comments on a passage with two delegates through the real sync server: Ana turns
 * suggesting on (Ctrl+Shift+E) and rewrites a word; both screens show the removed word struck through and
 * the new one underlined in her organization's colour (checked at the point on screen), Ben's margin shows
 * her card with its word diff, and his Accept makes it the clause's wording on both screens. Ben then
 * comments on a passage: Ana sees it highlighted, the highlight keeps its words as she types around them,
 * and once she deletes them the thread says so. With a suggestion open on the clause, Ben's vote on it is
 * asked first. axe finds nothing serious in the new parts of the page (card, comment, question).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { insertBlock } from '../../src/constitution/structure.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { block, clickEndOf } from './app.ts';
import { seriousViolations } from './axe.ts';
import { browserForFile, screenshotOnFailure } from './browser.ts';
import { DEB_AND_PSF, joinMeeting, seedMeeting, type Meeting } from './meeting.ts';
import { motionCard, openVote, untilRosterFull } from './agenda.ts';

const baseUrl = inject('baseUrl');
const CLAUSE = 'Any organization may join the coalition.';
const WAIT = { timeout: 15_000 };
const browser = browserForFile();
let server: TestServer;
let meeting: Meeting;
let ana: Page;
let ben: Page;

beforeAll(async () => {
  server = await startTestServer();
  meeting = { server, workspace: 'w_e2esuggestions01', baseUrl, readyText: CLAUSE };
  await seedMeeting(meeting, 'Coalition of the Left', DEB_AND_PSF, (editor) => void insertBlock(editor, 'clause', insertBlock(editor, 'article', undefined, 'Membership'), CLAUSE));
});
afterAll(() => server.close());

/** What is drawn at the middle of the first element matching `selector`: its tag, classes and text-decoration colour. */
function drawnAt(page: Page, selector: string): Promise<{ tag: string; text: string; line: string; colour: string } | null> {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel);
    if (!target) return null;
    const box = target.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const mark = hit?.closest('ins, del');
    if (!mark) return null;
    const style = getComputedStyle(mark);
    return { tag: mark.tagName.toLowerCase(), text: mark.textContent ?? '', line: style.textDecorationLine, colour: style.textDecorationColor };
  }, selector);
}

/**
 * Select `words` in the block holding `text`, as a delegate dragging over them would (a DOM selection Slate
 * takes up), or put the caret right after them (`caretAfter`).
 */
async function selectWords(page: Page, text: string, words: string, caretAfter = false): Promise<void> {
  await block(page, text).locator('.blk-text').click();
  const found = await block(page, text)
    .locator('.blk-text')
    .evaluate(
      (element, [wanted, collapse]) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(wanted) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          if (collapse) range.collapse(false);
          const selection = window.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          return true;
        }
        return false;
      },
      [words, caretAfter] as const,
    );
  expect(found).toBe(true);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''), WAIT).toBe(caretAfter ? '' : words);
}

const RED = 'rgb(214, 39, 40)';

describe('suggestion mode with two delegates', () => {
  it('join the same workspace', async () => {
    ({ page: ana } = await joinMeeting(browser(), meeting, { name: 'Ana', org: 'DEB', screenshot: 'suggestions-ana' }));
    ({ page: ben } = await joinMeeting(browser(), meeting, { name: 'Ben', org: 'PSF', screenshot: 'suggestions-ben' }));
  });

  it('writes Ana’s change as a suggestion both delegates see in her colour, with its card', async () => {
    await clickEndOf(ana, CLAUSE);
    await ana.keyboard.press('Control+Shift+E');
    const toggle = ana.getByRole('button', { name: 'Suggesting' });
    await expect.poll(() => toggle.getAttribute('aria-pressed'), WAIT).toBe('true');
    await selectWords(ana, CLAUSE, 'may');
    await ana.keyboard.type('can');
    for (const page of [ana, ben]) {
      await expect.poll(() => drawnAt(page, '.blk-text ins.sg-ins'), WAIT).toEqual({ tag: 'ins', text: 'can', line: 'underline', colour: RED });
      await expect.poll(() => drawnAt(page, '.blk-text del.sg-del'), WAIT).toEqual({ tag: 'del', text: 'may', line: 'line-through', colour: RED });
    }
    await clickEndOf(ben, /Any organization/);
    const card = ben.getByTestId('suggestion-card');
    await expect.poll(() => card.count(), WAIT).toBe(1);
    expect(await card.locator('.comment-meta').innerText()).toContain('DEB · Ana');
    expect(await card.getByTestId('diff-removed').innerText()).toContain('may');
    expect(await card.getByTestId('diff-added').innerText()).toContain('can');
    await ben.screenshot({ path: 'test-results/suggestions-card.png' });
    expect(await seriousViolations(ben)).toEqual([]);
  });

  it('makes the suggestion the clause’s wording on both screens when Ben accepts it', async () => {
    await ben.getByRole('button', { name: 'Accept the suggestion by DEB · Ana' }).click();
    const accepted = 'Any organization can join the coalition.';
    for (const page of [ana, ben]) {
      await expect.poll(() => block(page, accepted).count(), WAIT).toBe(1);
      expect(await page.locator('.blk-text .sg').count()).toBe(0);
    }
    expect(await ben.getByTestId('suggestion-card').count()).toBe(0);
    await ana.keyboard.press('Control+Shift+E');
    await expect.poll(() => ana.getByRole('button', { name: 'Suggest changes' }).getAttribute('aria-pressed'), WAIT).toBe('false');
  });
});

describe('a comment on a passage', () => {
  const TEXT = 'Any organization can join the coalition.';

  it('highlights the passage Ben commented on, on Ana’s screen too', async () => {
    await selectWords(ben, TEXT, 'the coalition');
    await ben.getByRole('textbox', { name: 'New comment on this block' }).fill('Which coalition?');
    expect(await ben.getByTestId('selected-passage').innerText()).toContain('the coalition');
    await ben.getByRole('button', { name: 'Comment on the selected words' }).click();
    await expect.poll(() => ben.getByTestId('comment-passage').innerText(), WAIT).toContain('the coalition');
    await expect.poll(() => ana.locator('.blk-text [data-passage]').allInnerTexts(), WAIT).toEqual(['the coalition']);
    const drawn = await ana.evaluate(() => {
      const mark = document.querySelector('.blk-text [data-passage]');
      if (!mark) return '';
      const box = mark.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('[data-passage]');
      return hit ? getComputedStyle(hit).backgroundColor : 'not on top';
    });
    expect(drawn).toBe('rgb(253, 233, 169)');
  });

  it('keeps the passage’s words as Ana types around them, and says when they are deleted', async () => {
    screenshotOnFailure(ana, 'suggestions-passage-ana');
    screenshotOnFailure(ben, 'suggestions-passage-ben');
    await selectWords(ana, TEXT, 'coalition', true);
    await ana.keyboard.type(' of the left');
    await expect.poll(() => block(ana, 'the coalition of the left.').count(), WAIT).toBe(1);
    // Words typed right after the passage stay outside it.
    expect(await ana.locator('.blk-text [data-passage]').allInnerTexts()).toEqual(['the coalition']);
    await selectWords(ana, 'Any organization can join', 'join ');
    await ana.keyboard.type('enter ');
    await expect.poll(() => block(ben, 'Any organization can enter the coalition of the left.').count(), WAIT).toBe(1);
    await expect.poll(() => ben.locator('.blk-text [data-passage]').allInnerTexts(), WAIT).toEqual(['the coalition']);
    expect(await ben.locator('[data-testid="comment-passage"]').getAttribute('data-deleted')).toBe('false');
    await selectWords(ana, 'Any organization can enter', 'the coalition');
    await ana.keyboard.press('Backspace');
    await expect.poll(() => ben.locator('[data-testid="comment-passage"]').getAttribute('data-deleted'), WAIT).toBe('true');
    expect(await ben.getByTestId('comment-passage').innerText()).toContain('the passage this comment is about was deleted');
    expect(await ana.locator('.blk-text [data-passage]').count()).toBe(0);
    expect(await seriousViolations(ben)).toEqual([]);
  });
});

describe('a vote on a clause with open suggestions', () => {
  const HEADING = 'Article I, clause 1';

  it('asks before the vote is cast: Stay casts nothing, Vote anyway casts it', async () => {
    screenshotOnFailure(ana, 'suggestions-vote-ana');
    screenshotOnFailure(ben, 'suggestions-vote-ben');
    await selectWords(ana, 'Any organization can enter', 'left');
    await ana.keyboard.press('Control+Shift+E');
    await ana.keyboard.type('right');
    await expect.poll(() => ben.locator('.blk-text ins.sg-ins').allInnerTexts(), WAIT).toEqual(['right']);
    for (const page of [ana, ben]) {
      await page.getByRole('tab', { name: 'Ratification' }).click();
      await untilRosterFull(page, 15_000);
    }
    await openVote(ana, 'Adopt a clause', 'Any organization can enter', 3600);
    const card = motionCard(ben, HEADING);
    await expect.poll(() => card.getByTestId('motion-status').innerText(), WAIT).toBe('Open');
    const yes = card.getByRole('button', { name: 'Yes', exact: true });
    const question = ben.getByRole('alertdialog', { name: 'Vote with open suggestions?' });
    await yes.click();
    await expect.poll(() => question.innerText(), WAIT).toContain('The text of this motion has an open suggestion');
    expect(await seriousViolations(ben)).toEqual([]);
    await question.getByRole('button', { name: 'Stay' }).click();
    expect(await question.count()).toBe(0);
    expect(await yes.getAttribute('aria-pressed')).toBe('false');
    await yes.click();
    await question.getByRole('button', { name: 'Vote anyway' }).click();
    await expect.poll(() => yes.getAttribute('aria-pressed'), WAIT).toBe('true');
  });
});
