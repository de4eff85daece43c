/**
 * Names and numbers on the record, end to end in Chromium through the real sync server: three delegates
 * join with their names, and their apps sign each name with the delegate's key as it takes its seat; the
 * roster shows them; the election reads "Elect the Socialist Workers Party’s delegate (Carla) as chair";
 * a motion on a clause shows it as "Article I (2) …", the motion on the whole text shows it numbered and
 * laid out by articles; a vote left to its default deadline closes the voting period after the moment it
 * opened (the page's clock moved a day on first); and the Ratification view shows no raw ISO timestamp
 * anywhere. axe finds no serious or critical violation.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { insertBlock } from '../../src/constitution/structure.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { seriousViolations } from './axe.ts';
import { motionCard, untilRosterFull, vote } from './agenda.ts';
import { launchBrowser } from './browser.ts';
import { joinInRatification, seedMeeting, type Meeting } from './meeting.ts';

const baseUrl = inject('baseUrl');
const WORKSPACE = 'w_e2esignedrecord';
const SENDS = 'Each member sends one delegate.';
const ELECTION = 'Elect the Socialist Workers Party’s delegate (Carla) as chair';
const DAY_MS = 86_400_000;
let server: TestServer;
let browser: Browser;
let meeting: Meeting;

async function joinAs(name: string, org: string, role: 'delegate' | 'chair'): Promise<Page> {
  return joinInRatification(browser, meeting, { name, org, role, screenshot: `signed-record-${name}` });
}

/** Put a motion to the vote from the form, leaving the deadline to its default. */
async function propose(page: Page, motion: string, target?: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Put to a vote' });
  await form.getByRole('combobox', { name: 'Motion', exact: true }).selectOption({ label: motion });
  if (target !== undefined) {
    const select = form.getByRole('combobox', { name: motion === 'Elect the chair' ? 'Candidate' : 'On', exact: true });
    const label = (await select.locator('option').allInnerTexts()).find((o) => o.includes(target));
    if (!label) throw new Error(`no target ${target}`);
    await select.selectOption({ label });
  }
  expect(await form.getByLabel('Voting closes').inputValue()).toBe('');
  await form.getByRole('button', { name: 'Open the vote' }).click();
}

/** Every delegate votes yes; under a chair, the chair (the first page) then closes the vote. */
async function everyoneVotes(pages: readonly Page[], heading: string, chair?: Page): Promise<void> {
  for (const page of pages) await expect.poll(() => motionCard(page, heading).count(), { timeout: 10_000 }).toBe(1);
  for (const page of pages) await vote(page, heading, 'Yes');
  if (chair) await motionCard(chair, heading).getByRole('button', { name: 'Close the vote' }).click();
  for (const page of pages) await expect.poll(() => motionCard(page, heading).getByTestId('motion-status').innerText(), { timeout: 20_000 }).toBe('Passed');
}

/** Every ISO timestamp in the Ratification view's text and in its attributes a person may be read. */
function isoTimestamps(page: Page): Promise<string[]> {
  return page.locator('.ratify').evaluate((root) => {
    const iso = /\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?/g;
    const said = [root instanceof HTMLElement ? root.innerText : ''];
    for (const element of root.querySelectorAll('[title], [aria-label], [aria-description]')) {
      for (const name of ['title', 'aria-label', 'aria-description']) said.push(element.getAttribute(name) ?? '');
    }
    return said.flatMap((text) => text.match(iso) ?? []);
  });
}

beforeAll(async () => {
  server = await startTestServer();
  meeting = { server, workspace: WORKSPACE, baseUrl, readyText: SENDS };
  const orgs = [
    { name: 'Socialist Workers Party', short: 'SWP' },
    { name: 'Democratic Socialists', short: 'DSA' },
    { name: 'Łódzka Rada Robotnicza', short: 'LRR' },
  ];
  await seedMeeting(meeting, 'Coalition of the Left', orgs, (editor) => {
    const membership = insertBlock(editor, 'article', undefined, 'Membership');
    const join = insertBlock(editor, 'clause', membership, 'Any organization may join.');
    const sends = insertBlock(editor, 'clause', join, SENDS);
    const decisions = insertBlock(editor, 'article', sends, 'Decisions');
    insertBlock(editor, 'clause', decisions, 'The parliament decides.');
  });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('names and numbers on the record', () => {
  let carla: Page;
  let dolores: Page;
  let lech: Page;

  it('each delegate’s app signs their name with the key it puts on the roster; the roster shows the names', async () => {
    carla = await joinAs('Carla', 'SWP', 'chair');
    dolores = await joinAs('Dolores', 'DSA', 'delegate');
    lech = await joinAs('Lech', 'LRR', 'delegate');
    for (const page of [carla, dolores, lech]) {
      await untilRosterFull(page, 15_000);
    }
    await expect
      .poll(() => dolores.getByTestId('roster-row').allInnerTexts(), { timeout: 10_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining('Socialist Workers Party (SWP) — Carla'),
          expect.stringContaining('Democratic Socialists (DSA) — you, Dolores'),
          expect.stringContaining('Łódzka Rada Robotnicza (LRR) — Lech'),
        ]),
      );
  }, 180_000);

  it('the election reads with the organization’s name and its delegate’s signed name; the chair is named too', async () => {
    await propose(dolores, 'Elect the chair', 'Socialist Workers Party (SWP)');
    await everyoneVotes([carla, dolores, lech], ELECTION);
    for (const page of [carla, dolores, lech]) await expect.poll(() => page.getByTestId('chair').innerText(), { timeout: 20_000 }).toMatch(/^Chair: SWP \(Carla\), until /);
  });

  it('a motion on a clause shows it numbered as the constitution numbers it', async () => {
    await propose(carla, 'Adopt a clause', SENDS);
    const heading = 'Article I, clause 2';
    await expect.poll(() => motionCard(lech, heading).getByTestId('motion-text').innerText(), { timeout: 10_000 }).toBe(`Article I (2) ${SENDS}`);
    await everyoneVotes([carla, dolores, lech], heading, carla);
  });

  it('the motion on the whole text shows it numbered and laid out by articles', async () => {
    await propose(carla, 'Adopt the whole constitution');
    const heading = 'The whole constitution';
    await expect.poll(() => motionCard(dolores, heading).count(), { timeout: 10_000 }).toBe(1);
    const text = motionCard(dolores, heading).getByTestId('motion-text');
    expect(await text.locator('p').allInnerTexts()).toEqual([
      'Article I Membership',
      '(1) Any organization may join.',
      `(2) ${SENDS}`,
      'Article II Decisions',
      '(1) The parliament decides.',
    ]);
    expect(await text.locator('p.voted-clause').count()).toBe(3);
    await everyoneVotes([carla, dolores, lech], heading, carla);
    // For a person to look at: the agenda with the numbered texts and the names.
    await dolores.screenshot({ path: 'test-results/signed-record-ratification.png', fullPage: true });
  });

  it('a vote left to its default deadline closes the voting period after it opened, not after the page loaded', async () => {
    // The chair's page has been open a while; move its clock a day on, then open a vote with the default.
    const opened = (await carla.evaluate(() => Date.now())) + DAY_MS;
    await carla.clock.setFixedTime(opened);
    await propose(carla, 'Elect the chair', 'Democratic Socialists (DSA)');
    const heading = 'Elect the Democratic Socialists’ delegate (Dolores) as chair';
    const expected = await carla.evaluate((at) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at)), opened + 7 * DAY_MS);
    await expect.poll(() => motionCard(carla, heading).locator('.motion-meta').innerText(), { timeout: 10_000 }).toContain(`Closes ${expected}.`);
    await expect.poll(() => motionCard(lech, heading).getByTestId('motion-explanation').innerText(), { timeout: 10_000 }).toMatch(/^Open\. So far — /);
  });

  it('shows no raw ISO timestamp anywhere in the Ratification view, open motions and the roster’s history included', async () => {
    for (const page of [carla, dolores, lech]) {
      await page.locator('.ratify-roster details summary').click();
      await expect.poll(() => page.getByTestId('roster-entry').count()).toBeGreaterThan(0);
      expect(await isoTimestamps(page)).toEqual([]);
    }
  });

  it('axe finds no serious or critical violation in the Ratification view', async () => {
    expect(await seriousViolations(carla)).toEqual([]);
    expect(await seriousViolations(lech)).toEqual([]);
  });
});
