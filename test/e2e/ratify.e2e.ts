/**
 * The parliament end to end in Chromium, through the real sync server: three delegates join with their
 * invitations (their apps put their keys on the roster), elect a chair, vote on a clause — one changes
 * their vote — and the chair closes it: it is ratified, shows so in every editor and refuses edits. Then
 * an amendment with its word diff passes, and the new wording replaces the old in every editor.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { insertBlock } from '../../src/constitution/structure.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { seriousViolations } from './axe.ts';
import { block, clickEndOf, documentLines } from './app.ts';
import { motionCard, openVote, untilRosterFull, vote } from './agenda.ts';
import { launchBrowser } from './browser.ts';
import { joinInRatification, seedMeeting, type Meeting } from './meeting.ts';

const baseUrl = inject('baseUrl');
const WORKSPACE = 'w_e2eratifyworkspace';
const CLAUSE = 'Any organization may join.';
const AMENDED = 'Any organization that accepts these principles may join.';
let server: TestServer;
let browser: Browser;

let meeting: Meeting;

async function joinAs(name: string, org: string, role: 'delegate' | 'chair'): Promise<Page> {
  return joinInRatification(browser, meeting, { name, org, role, screenshot: `ratify-${name}` });
}

beforeAll(async () => {
  server = await startTestServer();
  meeting = { server, workspace: WORKSPACE, baseUrl, readyText: CLAUSE };
  await seedMeeting(
    meeting,
    'Coalition of the Left',
    [
      { name: 'Debian', short: 'DEB' },
      { name: 'Python Software Foundation', short: 'PSF' },
      { name: 'Open Source Initiative', short: 'OSI' },
    ],
    (editor) => {
      const article = insertBlock(editor, 'article', undefined, 'Membership');
      const clause = insertBlock(editor, 'clause', article, CLAUSE);
      insertBlock(editor, 'clause', clause, 'Each member sends one delegate.');
    },
  );
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('three delegates ratify a clause and amend it', () => {
  let ana: Page;
  let ben: Page;
  let cleo: Page;

  it('join, and their apps put their keys on the roster', async () => {
    ana = await joinAs('Ana', 'DEB', 'chair');
    ben = await joinAs('Ben', 'PSF', 'delegate');
    cleo = await joinAs('Cleo', 'OSI', 'delegate');
    for (const page of [ana, ben, cleo]) {
      await untilRosterFull(page, 10_000);
    }
    expect(await ana.getByTestId('roster-row').filter({ hasText: 'Debian (DEB) — you' }).count()).toBe(1);
    expect(await seriousViolations(ana)).toEqual([]);
  }, 180_000);

  it('elect a chair by a majority of members', async () => {
    await openVote(ben, 'Elect the chair', 'Debian (DEB)', 3600);
    for (const page of [ana, ben, cleo]) await vote(page, 'Elect the Debian’s delegate (Ana) as chair', 'Yes');
    for (const page of [ana, ben, cleo]) await expect.poll(() => page.getByTestId('chair').innerText(), { timeout: 20_000 }).toMatch(/^Chair: DEB \(Ana\), until /);
    // Now only the chair opens motions: the others do not see the form.
    await expect.poll(() => ben.getByRole('form', { name: 'Put to a vote' }).count()).toBe(0);
    await expect.poll(() => ben.getByText('only the chair puts motions to the vote').count()).toBe(1);
  });

  it('vote on a clause — one delegate changes their vote — and the chair closes it: ratified and locked everywhere', async () => {
    await openVote(ana, 'Adopt a clause', CLAUSE, 3600);
    const heading = 'Article I, clause 1';
    await expect.poll(() => motionCard(ben, heading).getByTestId('motion-status').innerText(), { timeout: 5000 }).toBe('Open');
    await cleo.getByRole('tab', { name: 'Constitution' }).click();
    await expect.poll(() => block(cleo, CLAUSE).getByTestId('status-badge').innerText(), { timeout: 5000 }).toBe('Under vote');
    await cleo.getByRole('tab', { name: 'Ratification' }).click();
    await vote(ben, heading, 'No');
    await vote(ana, heading, 'Yes');
    await vote(cleo, heading, 'Yes');
    await vote(ben, heading, 'Yes');
    await expect.poll(() => motionCard(ana, heading).getByTestId('count-row').allInnerTexts(), { timeout: 5000 }).toEqual(['DEB\tYes', 'OSI\tYes', 'PSF\tYes']);
    await motionCard(ana, heading).getByRole('button', { name: 'Close the vote' }).click();
    for (const page of [ana, ben, cleo]) {
      await expect
        .poll(() => motionCard(page, heading).getByTestId('motion-explanation').innerText(), { timeout: 5000 })
        .toBe('Passed: 3 yes, 0 no, 0 abstentions; a majority of votes cast (2 of 3) required.');
    }
    await expect.poll(() => ana.getByTestId('ratify-progress').innerText()).toContain('1 ratified');
    await ben.getByRole('tab', { name: 'Constitution' }).click();
    await expect.poll(() => block(ben, CLAUSE).getByTestId('status-badge').textContent(), { timeout: 5000 }).toBe('Ratified (locked)');
    await clickEndOf(ben, CLAUSE);
    await ben.keyboard.type(' Or not.');
    await expect.poll(() => ben.locator('.notice').innerText()).toContain('ratified and locked');
    expect(JSON.stringify(await documentLines(ben))).not.toContain('Or not.');
    await ben.getByRole('tab', { name: 'Ratification' }).click();
  });

  it('pass an amendment that shows its word diff, and the new wording replaces the old in every editor', async () => {
    await openVote(ana, 'Amend a ratified clause', CLAUSE, 3600, AMENDED);
    const heading = 'Amendment: Article I, clause 1';
    await expect
      .poll(() => motionCard(cleo, heading).getByTestId('diff-added').allInnerTexts(), { timeout: 5000 })
      .toEqual([expect.stringContaining('that accepts these principles')]);
    for (const page of [ana, ben, cleo]) await vote(page, heading, 'Yes');
    await motionCard(ana, heading).getByRole('button', { name: 'Close the vote' }).click();
    await expect.poll(() => motionCard(ben, heading).getByTestId('motion-explanation').innerText(), { timeout: 5000 }).toMatch(/^Passed: 3 of 3 member votes said yes/);
    for (const page of [ana, ben, cleo]) {
      await page.getByRole('tab', { name: 'Constitution' }).click();
      await expect.poll(async () => JSON.stringify(await documentLines(page)), { timeout: 10_000 }).toContain(AMENDED);
      await expect.poll(() => block(page, AMENDED).getByTestId('status-badge').textContent()).toBe('Ratified (locked)');
    }
    await ana.screenshot({ path: 'test-results/ratify-constitution.png' });
    await ana.getByRole('tab', { name: 'Ratification' }).click();
    expect(await seriousViolations(ana)).toEqual([]);
    await ana.screenshot({ path: 'test-results/ratify-agenda.png', fullPage: true });
  });
});
