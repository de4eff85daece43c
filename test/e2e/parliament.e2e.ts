/**
 * Governed membership and delegate keys end to end in Chromium, through the real sync server, with four
 * delegates. The removal reproduction: a delegate cannot simply remove another organization — the sidebar
 * offers "Propose removal", which opens a motion the members vote on — and once it passes, the closed
 * vote on the whole text reads exactly as before for everyone, the removed organization still named in it.
 * Then a delegate hands her seat to her new laptop, and a lost key is replaced by a motion and the new
 * laptop takes the seat; votes the old keys cast stay counted.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { insertBlock } from '../../src/constitution/structure.ts';
import { keyFingerprint } from '../../src/ratify/signing.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { seriousViolations } from './axe.ts';
import { inSeconds, motionCard, untilRosterFull, vote } from './agenda.ts';
import { launchBrowser } from './browser.ts';
import { joinMeeting, seedMeeting, type Meeting } from './meeting.ts';

const baseUrl = inject('baseUrl');
const CLAUSE = 'Each member sends one delegate.';
const WHOLE_TEXT = 'The whole constitution';
const AMENDED = 'Each member sends one delegate, named in writing.';
const AMENDMENT = 'Amendment: Article I, clause 1';
const WHOLE_RESULT = 'Passed: 3 of 4 member votes said yes (3 yes, 1 no, 0 abstentions); two-thirds of members (3) required.';
let server: TestServer;
let browser: Browser;
let meeting: Meeting;

async function join(name: string, org: string): Promise<Page> {
  const { page } = await joinMeeting(browser, meeting, { name, org, screenshot: `parliament-${name.replace(/\W+/g, '-')}` });
  return page;
}

async function view(page: Page, tab: 'Constitution' | 'Ratification'): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
}

function sidebar(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('region', { name: 'Member organizations' });
}

function explanation(page: Page, heading: string): Promise<string> {
  return motionCard(page, heading).getByTestId('motion-explanation').innerText();
}

beforeAll(async () => {
  server = await startTestServer();
  meeting = { server, workspace: 'w_e2eparliamentwork', baseUrl, readyText: CLAUSE };
  const orgs = [
    { name: 'Debian', short: 'DEB' },
    { name: 'Python Software Foundation', short: 'PSF' },
    { name: 'Open Source Initiative', short: 'OSI' },
    { name: 'Free Software Foundation', short: 'FSF' },
  ];
  await seedMeeting(meeting, 'Coalition of the Left', orgs, (editor) => {
    const article = insertBlock(editor, 'article', undefined, 'Membership');
    insertBlock(editor, 'clause', article, CLAUSE);
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('four delegates: removal by motion, final results, hand-over and a lost key', () => {
  let ana: Page;
  let ben: Page;
  let cleo: Page;
  let dan: Page;
  const everyone = (): Page[] => [ana, ben, cleo, dan];

  it('join; their keys go on the roster; the whole text passes 3 to 1', async () => {
    ana = await join('Ana', 'DEB');
    ben = await join('Ben', 'PSF');
    cleo = await join('Cleo', 'OSI');
    dan = await join('Dan', 'FSF');
    for (const page of everyone()) {
      await view(page, 'Ratification');
      await untilRosterFull(page, 15_000);
    }
    const form = ana.getByRole('form', { name: 'Put to a vote' });
    await form.getByRole('combobox', { name: 'Motion', exact: true }).selectOption({ label: 'Adopt the whole constitution' });
    await form.getByRole('button', { name: 'Open the vote' }).click();
    for (const page of [ana, ben, cleo]) await vote(page, WHOLE_TEXT, 'Yes');
    await vote(dan, WHOLE_TEXT, 'No');
    // Every member has voted: the first app to see it signs the closing.
    for (const page of everyone()) await expect.poll(() => explanation(page, WHOLE_TEXT), { timeout: 15_000 }).toBe(WHOLE_RESULT);
  }, 240_000);

  it('a delegate cannot simply remove another organization: "Propose removal" opens a motion', async () => {
    await view(ben, 'Constitution');
    const fsf = sidebar(ben).locator('[data-org-short="FSF"]');
    await expect.poll(() => fsf.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    expect(await sidebar(ben).getByRole('button', { name: '+ Add organization' }).count()).toBe(0);
    // Their own organization: withdraw and edit, never "Propose removal".
    expect(await sidebar(ben).locator('[data-org-short="PSF"]').getByRole('button').allInnerTexts()).toEqual(['Edit', 'Withdraw']);
    expect(await seriousViolations(ben)).toEqual([]);
    await fsf.getByRole('button', { name: 'Propose removal of Free Software Foundation' }).click();
    await expect.poll(() => ben.locator('.notice').innerText()).toContain('A motion to remove FSF is on the agenda');
    // Nothing is removed until the members decide.
    expect(await fsf.innerText()).not.toContain('removed');
    for (const page of everyone()) {
      await view(page, 'Ratification');
      await expect.poll(() => motionCard(page, 'Remove FSF').getByTestId('motion-status').innerText(), { timeout: 10_000 }).toBe('Open');
    }
  }, 120_000);

  it('the removal passes, and the closed result on the whole text is unchanged for everyone, FSF still named in it', async () => {
    for (const page of [ana, ben, cleo]) await vote(page, 'Remove FSF', 'Yes');
    await vote(dan, 'Remove FSF', 'No');
    for (const page of everyone()) {
      await expect.poll(() => explanation(page, 'Remove FSF'), { timeout: 15_000 }).toMatch(/^Passed: 3 of 4 member votes said yes/);
      expect(await explanation(page, WHOLE_TEXT)).toBe(WHOLE_RESULT);
      const rows = await motionCard(page, WHOLE_TEXT).getByTestId('count-row').allInnerTexts();
      expect(rows).toHaveLength(4);
      expect(rows.find((r) => r.startsWith('FSF'))).toMatch(/^FSF \(removed on .+\)\tNo$/);
      expect(await motionCard(page, WHOLE_TEXT).getByTestId('rejected-vote').count()).toBe(0);
      expect(await page.getByTestId('roster-row').allInnerTexts()).toHaveLength(3);
    }
    // FSF's delegate no longer votes; the sidebar keeps FSF, greyed, with the date.
    expect(await dan.getByRole('form', { name: 'Put to a vote' }).count()).toBe(0);
    await expect.poll(() => dan.getByTestId('former-member').innerText()).toMatch(/^Free Software Foundation was removed on /);
    await view(cleo, 'Constitution');
    await expect.poll(() => sidebar(cleo).locator('[data-org-short="FSF"]').innerText()).toMatch(/removed on/);
    expect(await sidebar(cleo).locator('[data-org-short="FSF"]').getByRole('button').count()).toBe(0);
    await view(cleo, 'Ratification');
  }, 120_000);

  it('Ana hands her seat to her new laptop: it is shown what it takes, takes the seat and votes; her old votes stay counted', async () => {
    const laptop = await join('Ana on a new laptop', 'DEB');
    await view(laptop, 'Ratification');
    await expect.poll(() => laptop.getByTestId('my-key').innerText(), { timeout: 10_000 }).toMatch(/^[0-9a-f]{64}$/);
    const newKey = (await laptop.getByTestId('my-key').innerText()).trim();
    expect(newKey).toMatch(/^[0-9a-f]{64}$/);
    const form = ana.getByRole('form', { name: 'Hand over to a new key' });
    await ana.getByText('Hand over to a new key', { exact: true }).click();
    await form.getByRole('textbox').fill(newKey);
    await form.getByRole('button', { name: 'Review the hand-over' }).click();
    const newFingerprint = keyFingerprint(newKey);
    expect(await laptop.getByText(newFingerprint, { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => form.getByTestId('hand-over-summary').innerText()).toContain(newFingerprint);
    expect(await seriousViolations(ana)).toEqual([]);
    await form.getByRole('button', { name: `Sign the hand-over to ${newFingerprint}` }).click();
    const offer = laptop.getByTestId('hand-over-offer');
    await expect.poll(() => offer.innerText(), { timeout: 10_000 }).toContain(newFingerprint);
    await offer.getByRole('button', { name: 'Take DEB’s seat' }).click();
    await expect.poll(() => laptop.getByTestId('roster-row').filter({ hasText: 'Debian (DEB) — you' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => ana.getByTestId('roster-row').filter({ hasText: 'Debian (DEB) — you' }).count(), { timeout: 10_000 }).toBe(0);
    for (const page of [ana, ben, cleo, dan, laptop]) await expect.poll(() => explanation(page, WHOLE_TEXT), { timeout: 10_000 }).toBe(WHOLE_RESULT);
    // The new laptop now speaks for DEB: it opens a vote, the old one can no longer.
    expect(await ana.getByRole('form', { name: 'Put to a vote' }).count()).toBe(0);
    const form2 = laptop.getByRole('form', { name: 'Put to a vote' });
    await form2.getByRole('combobox', { name: 'Motion', exact: true }).selectOption({ label: 'Amend a ratified clause' });
    await form2.getByRole('combobox', { name: 'On', exact: true }).selectOption({ label: `Article I, clause 1: ${CLAUSE}` });
    await form2.getByRole('textbox', { name: 'New wording' }).fill(AMENDED);
    await form2.getByRole('button', { name: 'Open the vote' }).click();
    await expect.poll(() => motionCard(ben, AMENDMENT).getByTestId('motion-status').innerText(), { timeout: 10_000 }).toBe('Open');
    await vote(laptop, AMENDMENT, 'Yes');
    ana = laptop;
  }, 180_000);

  it('Cleo loses her key: a motion replaces it, and her new laptop takes the seat', async () => {
    const laptop = await join('Cleo on a new laptop', 'OSI');
    await view(laptop, 'Ratification');
    await expect.poll(() => laptop.getByTestId('my-key').innerText(), { timeout: 10_000 }).toMatch(/^[0-9a-f]{64}$/);
    const newKey = (await laptop.getByTestId('my-key').innerText()).trim();
    const form = ben.getByRole('form', { name: 'Put to a vote' });
    await form.getByRole('combobox', { name: 'Motion', exact: true }).selectOption({ label: 'Replace a lost delegate key' });
    await form.getByRole('combobox', { name: 'Organization', exact: true }).selectOption({ label: 'Open Source Initiative (OSI)' });
    await form.getByRole('textbox', { name: /The new key/ }).fill(newKey);
    await expect.poll(() => form.getByTestId('new-key-fingerprint').innerText()).toContain(`Its fingerprint: ${keyFingerprint(newKey)}`);
    await form.getByLabel('Voting closes').fill(await inSeconds(ben, 20));
    await form.getByRole('button', { name: 'Open the vote' }).click();
    const heading = 'Replace OSI’s delegate key';
    await vote(ana, heading, 'Yes');
    await vote(ben, heading, 'Yes');
    // Cleo's old key is lost: no vote from OSI; the vote closes at its deadline.
    await expect.poll(() => explanation(ben, heading), { timeout: 40_000 }).toMatch(/^Passed: 2 of 3 member votes said yes/);
    await laptop.getByRole('button', { name: /^Take the seat the parliament gave this key/ }).click();
    await expect.poll(() => laptop.getByTestId('roster-row').filter({ hasText: 'Open Source Initiative (OSI) — you' }).count(), { timeout: 10_000 }).toBe(1);
    await vote(laptop, AMENDMENT, 'Yes');
    for (const page of [ana, ben, laptop]) expect(await explanation(page, WHOLE_TEXT)).toBe(WHOLE_RESULT);
    expect(await seriousViolations(laptop)).toEqual([]);
  }, 180_000);

  it('PSF’s delegate renames PSF (signed) and then withdraws it (confirmed): it stays named, greyed, for everyone', async () => {
    await view(ben, 'Constitution');
    const psf = sidebar(ben).locator('[data-org-short="PSF"]');
    await psf.getByRole('button', { name: 'Edit Python Software Foundation' }).click();
    await sidebar(ben).getByRole('form', { name: 'Edit Python Software Foundation' }).getByRole('textbox', { name: 'Name', exact: true }).fill('Python Foundation');
    await sidebar(ben).getByRole('button', { name: 'Sign and save' }).click();
    await view(cleo, 'Constitution');
    await expect.poll(() => sidebar(cleo).locator('[data-org-short="PSF"]').innerText(), { timeout: 10_000 }).toContain('Python Foundation');
    ben.once('dialog', (dialog) => void dialog.accept());
    await sidebar(ben).locator('[data-org-short="PSF"]').getByRole('button', { name: 'Withdraw Python Foundation' }).click();
    await expect.poll(() => sidebar(cleo).locator('[data-org-short="PSF"]').innerText(), { timeout: 10_000 }).toMatch(/withdrawn on/);
    expect(await sidebar(cleo).locator('[data-org-short="PSF"]').getByRole('button').count()).toBe(0);
    await view(cleo, 'Ratification');
    expect(await explanation(cleo, WHOLE_TEXT)).toBe(WHOLE_RESULT);
    expect(await cleo.getByTestId('roster-row').allInnerTexts()).toHaveLength(2);
  }, 120_000);
});
