/**
 * The parliament in session, end to end in Chromium through the real sync server with four delegates:
 * a delegate convenes the first meeting with its video call; every app answers the roll call and shows who
 * is present for each organization; the first chair is elected in the room — closed as soon as everyone
 * voted, with no deadline to wait for; the chair sees the quorum before opening a vote; three motions are
 * taken, each closing recording who was present; the chair adjourns with the minutes Concord wrote,
 * edited, and every delegate reads them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { insertBlock } from '../../src/constitution/structure.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { standInForPrintDialog } from './app.ts';
import { seriousViolations } from './axe.ts';
import { inSeconds, motionCard, untilRosterFull, vote } from './agenda.ts';
import { launchBrowser } from './browser.ts';
import { joinInRatification, seedMeeting, type Meeting } from './meeting.ts';

const baseUrl = inject('baseUrl');
const CLAUSES = ['Each member sends one delegate.', 'The parliament meets monthly.', 'Decisions are recorded in minutes.'];
const LINK = 'https://meet.example.org/coalition-parliament';
let server: TestServer;
let browser: Browser;
let meeting: Meeting;

beforeAll(async () => {
  server = await startTestServer();
  meeting = { server, workspace: 'w_e2esessionwork', baseUrl, readyText: CLAUSES[0] ?? '' };
  const orgs = [
    { name: 'Socialist Workers Party', short: 'SWP' },
    { name: 'Green Party', short: 'GP' },
    { name: 'Tenants Union', short: 'TU' },
    { name: 'Students Federation', short: 'SF' },
  ];
  await seedMeeting(meeting, 'Popular Coalition', orgs, (editor) => {
    const article = insertBlock(editor, 'article', undefined, 'Membership');
    for (const text of CLAUSES) insertBlock(editor, 'clause', article, text);
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function joinAs(name: string, org: string): Promise<Page> {
  return joinInRatification(browser, meeting, { name, org, screenshot: `session-${name}` });
}

function session(page: Page): ReturnType<Page['getByTestId']> {
  return page.getByTestId('meeting-in-session');
}

describe('a meeting of four delegates, from the roll call to the minutes', () => {
  let carla: Page;
  let gus: Page;
  let tina: Page;
  let sam: Page;
  const everyone = (): Page[] => [carla, gus, tina, sam];

  it('a delegate convenes the meeting; every app answers the roll call and shows who is present', async () => {
    carla = await joinAs('Carla', 'SWP');
    gus = await joinAs('Gus', 'GP');
    tina = await joinAs('Tina', 'TU');
    sam = await joinAs('Sam', 'SF');
    for (const page of everyone()) await untilRosterFull(page, 20_000);
    const form = gus.getByRole('form', { name: 'Convene a meeting' });
    await form.getByRole('combobox', { name: 'The parliament meets' }).selectOption('weekly');
    await form.getByRole('textbox', { name: 'Video call (https:// address)' }).fill(LINK);
    await form.getByRole('button', { name: 'Convene the meeting' }).click();
    for (const page of everyone()) {
      await session(page).waitFor({ timeout: 15_000 });
      expect(await session(page).getByTestId('video-link').getAttribute('href')).toBe(LINK);
      // Each app signs its delegate's answer to the roll call; all four show everyone connected and present.
      await expect
        .poll(() => page.getByTestId('attendance').locator('caption').innerText(), { timeout: 20_000 })
        .toBe('Attendance: 4 of 4 member organizations connected; 4 answered the roll call.');
    }
    const rows = await carla.getByTestId('attendance-row').allInnerTexts();
    expect(rows.find((r) => r.startsWith('Green Party'))).toMatch(/^Green Party \(GP\)\tGus\tpresent, /);
  }, 240_000);

  it('the first chair is elected in the room: the vote closes once all four voted, not at its deadline', async () => {
    const item = gus.getByTestId('agenda-item').first();
    expect(await item.getAttribute('aria-current')).toBe('step');
    expect(await item.innerText()).toMatch(/^Elect a chair/);
    // Carla, not the convener, sees no chair's buttons on the agenda.
    expect(await carla.getByTestId('agenda-item').first().getByRole('button').count()).toBe(0);
    await item.getByRole('combobox', { name: 'Candidate for chair' }).selectOption({ label: 'Socialist Workers Party (SWP)' });
    await item.getByRole('button', { name: 'Put the election to a vote' }).click();
    const election = /^Elect/;
    for (const page of everyone()) await expect.poll(() => motionCard(page, election).count(), { timeout: 15_000 }).toBe(1);
    for (const page of everyone()) await vote(page, election, 'Yes');
    for (const page of everyone()) {
      await expect.poll(() => page.getByTestId('chair').innerText(), { timeout: 15_000 }).toMatch(/^Chair: SWP \(Carla\), until /);
      await expect.poll(() => motionCard(page, election).locator('.motion-meta').innerText()).toMatch(/Present when it closed: (GP|SF|SWP|TU)(, (GP|SF|SWP|TU)){3}\./);
    }
    expect(await gus.getByTestId('agenda-item').first().getAttribute('aria-current')).toBeNull();
    expect(await seriousViolations(carla)).toEqual([]);
  }, 120_000);

  it('the chair sees the quorum present before opening a vote, and takes three motions', async () => {
    const form = carla.getByRole('form', { name: 'Put to a vote' });
    await form.waitFor();
    expect(await form.getByTestId('quorum-check').innerText()).toBe('Quorum: 2 of 4 member organizations must take part. Connected now: GP, SF, SWP, TU — the quorum is present.');
    // Gus is no longer the one who opens votes: no form, no chair's buttons.
    await expect.poll(() => gus.getByRole('form', { name: 'Put to a vote' }).count()).toBe(0);
    const choices: ('Yes' | 'No' | 'Abstain')[][] = [
      ['Yes', 'Yes', 'Yes', 'No'],
      ['Yes', 'No', 'Abstain', 'No'],
      ['Yes', 'Yes', 'No', 'Yes'],
    ];
    const headings: string[] = [];
    for (const [n, votes] of choices.entries()) {
      const on = form.getByRole('combobox', { name: 'On', exact: true });
      const label = (await on.locator('option').allInnerTexts()).find((o) => o.endsWith(CLAUSES[n] ?? '?')) ?? '';
      const heading = label.replace(/: .*/, '');
      headings.push(heading);
      await on.selectOption({ label });
      await form.getByRole('button', { name: 'Open the vote' }).click();
      for (const page of everyone()) await expect.poll(() => motionCard(page, heading).count(), { timeout: 15_000 }).toBe(1);
      for (const [i, page] of everyone().entries()) await vote(page, heading, votes[i] ?? 'Yes');
      // Under a chair, the chair closes the vote, once her app shows every vote.
      await expect
        .poll(async () => (await motionCard(carla, heading).getByTestId('count-row').allInnerTexts()).filter((row) => row.endsWith('—')).length, { timeout: 15_000 })
        .toBe(0);
      await motionCard(carla, heading).getByRole('button', { name: 'Close the vote' }).click();
      for (const page of everyone()) await expect.poll(() => motionCard(page, heading).getByTestId('motion-status').innerText(), { timeout: 15_000 }).not.toBe('Open');
    }
    const agenda = await carla.getByTestId('agenda-item').allInnerTexts();
    expect(agenda).toHaveLength(4);
    expect(agenda.slice(1).map((t) => t.replace(/ — .*/s, ''))).toEqual(headings);
    expect(headings).toHaveLength(3);
    await carla.screenshot({ path: 'test-results/session-meeting.png', fullPage: true });
  }, 240_000);

  it('the chair adjourns with the minutes Concord wrote, edited; every delegate reads them', async () => {
    await session(carla).getByRole('button', { name: 'Adjourn the meeting…' }).click();
    const text = carla.getByTestId('minutes-text');
    const written = await text.inputValue();
    expect(written).toContain('# Minutes of the meeting of the parliament of Popular Coalition');
    expect(written).toContain('Present (4 of 4 member organizations)');
    expect(written).toContain('- **Chair:** Socialist Workers Party (SWP), delegate Carla');
    expect(written).toMatch(/- Green Party \(GP\), delegate Gus, from /);
    expect(written).toContain('**Votes:** Green Party (GP): no; Socialist Workers Party (SWP): yes; Students Federation (SF): no; Tenants Union (TU): abstained');
    await text.fill(`${written}\nThe chair thanked the Tenants Union for hosting.\n`);
    expect(await seriousViolations(carla)).toEqual([]);
    await carla.getByRole('button', { name: 'Sign the minutes and adjourn' }).click();
    for (const page of everyone()) {
      const minutes = page.getByTestId('last-minutes');
      await minutes.waitFor({ timeout: 15_000 });
      expect(await minutes.innerText()).toMatch(/signed by the chair, to be adopted at the next meeting/);
      await minutes.getByText('Read the minutes').click();
      expect(await minutes.locator('pre').innerText()).toContain('The chair thanked the Tenants Union for hosting.');
      expect(await session(page).count()).toBe(0);
    }
  }, 120_000);

  it('the minutes are saved as PDF (read back with pdftotext) and Markdown, with the three motions and every vote', async () => {
    const minutes = gus.getByTestId('last-minutes');
    await standInForPrintDialog(gus);
    const popup = gus.waitForEvent('popup');
    await minutes.getByRole('button', { name: 'PDF' }).click();
    const printView = await popup;
    await printView.waitForLoadState();
    const file = join(mkdtempSync(join(tmpdir(), 'concord-minutes-')), 'minutes.pdf');
    writeFileSync(file, await printView.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Popular Coalition');
    expect(text).toContain('Signed by the chair');
    expect(text).toContain('Present (4 of 4 member organizations)');
    expect(text).toMatch(/Elect the Socialist Workers Party’s delegate \(Carla\) as chair/);
    for (const heading of ['Article I, clause 1', 'Article I, clause 2', 'Article I, clause 3']) expect(text).toContain(heading);
    expect(text).toContain('Votes: Green Party (GP): no; Socialist Workers Party (SWP): yes; Students Federation (SF): no; Tenants Union (TU): abstained');
    expect(text).toContain('The chair thanked the Tenants Union for hosting.');
    const download = gus.waitForEvent('download');
    await minutes.getByRole('button', { name: 'Markdown' }).click();
    const saved = await (await download).path();
    expect(readFileSync(saved, 'utf8')).toContain('The chair thanked the Tenants Union for hosting.');
  }, 120_000);

  it('at the next meeting the chair puts the minutes to a vote, and the parliament adopts them', async () => {
    const form = carla.getByRole('form', { name: 'Convene a meeting' });
    await form.getByRole('textbox', { name: 'Starts' }).fill(await inSeconds(carla, 0));
    // The schedule and the video call carry over from the last meeting.
    expect(await form.getByRole('textbox', { name: 'Video call (https:// address)' }).inputValue()).toBe(LINK);
    await form.getByRole('button', { name: 'Convene the meeting' }).click();
    const item = carla.getByTestId('agenda-item').first();
    await expect.poll(() => item.innerText(), { timeout: 15_000 }).toMatch(/^Adopt the minutes of the meeting of /);
    expect(await item.getAttribute('aria-current')).toBe('step');
    await item.getByRole('button', { name: 'Put the minutes to a vote' }).click();
    const heading = /^Adopt the minutes/;
    for (const page of everyone()) await expect.poll(() => motionCard(page, heading).count(), { timeout: 15_000 }).toBe(1);
    for (const page of everyone()) await vote(page, heading, 'Yes');
    await motionCard(carla, heading).getByRole('button', { name: 'Close the vote' }).click();
    for (const page of everyone()) await expect.poll(() => motionCard(page, heading).getByTestId('motion-explanation').innerText(), { timeout: 15_000 }).toMatch(/^Passed: 4 yes/);
    await session(carla).getByRole('button', { name: 'Adjourn the meeting…' }).click();
    await carla.getByRole('button', { name: 'Sign the minutes and adjourn' }).click();
    for (const page of everyone()) await expect.poll(() => page.getByTestId('last-minutes').innerText(), { timeout: 15_000 }).toMatch(/signed by the chair/);
  }, 120_000);
});
