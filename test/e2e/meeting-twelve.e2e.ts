/**
 * A parliament of twelve through the real sync server, at 1280×800: the header shows twelve delegates and
 * five observers compactly with the connection status and Leave meeting in sight; the roll lists everyone
 * (online and offline); remote carets are drawn above the page, in the organization's colour, with the
 * delegate's name — still after the other delegate reloads or leaves the editor and comes back; an
 * observer is told they are read-only and shows as one; leaving is confirmed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { insertBlock } from '../../src/constitution/structure.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { block, clickEndOf } from './app.ts';
import { launchBrowser } from './browser.ts';
import { attend, joinMeeting, seedMeeting, type Attendee, type Meeting } from './meeting.ts';

const baseUrl = inject('baseUrl');
const VIEWPORT = { width: 1280, height: 800 };
const ORGS = [
  { name: 'Party for Socialism and Liberation', short: 'PSL', colour: '#aa0000' },
  { name: 'Democratic Socialists', short: 'DSA', colour: '#1f77b4' },
  { name: 'Green Alliance', short: 'GRN', colour: '#2ca02c' },
  { name: 'Workers United', short: 'WU', colour: '#ff7f0e' },
  { name: 'Tenants League', short: 'TL', colour: '#9467bd' },
  { name: 'Student Front', short: 'SF', colour: '#8c564b' },
  { name: 'Peace Council', short: 'PC', colour: '#e377c2' },
  { name: 'Farmers Cooperative', short: 'FC', colour: '#7f7f7f' },
  { name: 'Nurses Union', short: 'NU', colour: '#bcbd22' },
  { name: 'Teachers Federation', short: 'TF', colour: '#17becf' },
  { name: 'Migrant Rights Network', short: 'MRN', colour: '#393b79' },
  { name: 'Housing Now', short: 'HN', colour: '#637939' },
] as const;
const NAMES = ['Ana Pérez', 'Ben Okafor', 'Chen Wei', 'Dara Nolan', 'Eli Cohen', 'Fatima Zahra', 'Gus Berg', 'Hana Sato', 'Ivan Petrov', 'Jo Ruiz', 'Kemal Aydin', 'Lena Vogel'];

let server: TestServer;
let browser: Browser;
let meeting: Meeting;
const attendees: Attendee[] = [];

beforeAll(async () => {
  server = await startTestServer();
  meeting = { server, workspace: 'w_e2etwelvedelegates', baseUrl, readyText: 'Every member organization has one delegate.' };
  await seedMeeting(meeting, 'Coalition of Twelve', ORGS, (editor) => {
    const article = insertBlock(editor, 'article', undefined, 'The parliament');
    const first = insertBlock(editor, 'clause', article, 'Every member organization has one delegate.');
    insertBlock(editor, 'clause', first, 'The chair is elected for one year.');
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const attendee of attendees) attendee.leave();
  await browser.close();
  await server.close();
});

/** The element at the middle of `selector`'s box is that element (or inside it): nothing covers it. */
async function visibleAndOnTop(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const inside = box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight && box.width > 0;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return inside && hit !== null && element.contains(hit);
  });
}

describe('a meeting of twelve delegates and five observers', () => {
  let ana: Page;

  it('fits the header at 1280×800: twelve delegates as initials, a count of observers, status and Leave in sight', async () => {
    ({ page: ana } = await joinMeeting(browser, meeting, { name: NAMES[0] ?? 'Ana', org: 'PSL', viewport: VIEWPORT, screenshot: 'twelve-header' }));
    for (const [i, org] of ORGS.entries()) {
      if (i === 0) continue;
      attendees.push(await attend(meeting, { name: NAMES[i] ?? `Delegate ${i}`, org: org.short, colour: org.colour, role: 'delegate' }));
    }
    for (let i = 1; i <= 5; i += 1) attendees.push(await attend(meeting, { name: `Observer ${i}`, org: ORGS[i]?.short ?? 'PSL', colour: '#555555', role: 'observer' }));

    await expect.poll(() => ana.locator('.presence-chip[data-presence-name]').count(), { timeout: 15_000 }).toBe(11);
    expect(await ana.locator('[data-observer-count]').innerText()).toBe('5 observers');
    const ben = ana.locator('.presence-chip[data-presence-name="Ben Okafor"]');
    expect(await ben.innerText()).toBe('BO');
    expect(await ben.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(31, 119, 180)');
    expect(await ben.getAttribute('title')).toBe('Ben Okafor · Democratic Socialists · delegate');

    // What a person sees: every chip, the observers, the status and Leave meeting are on screen, uncovered.
    for (const name of NAMES.slice(1)) expect(await visibleAndOnTop(ana, `.presence-chip[data-presence-name="${name}"]`), name).toBe(true);
    expect(await visibleAndOnTop(ana, '[data-observer-count]')).toBe(true);
    expect(await visibleAndOnTop(ana, '[data-sync-state]')).toBe(true);
    expect(await visibleAndOnTop(ana, '.leave-meeting')).toBe(true);
    // "Acting for Party for Socialism and Liberation" stays on one line.
    const acting = await ana.locator('.acting-as').boundingBox();
    expect(acting?.height ?? 99).toBeLessThan(30);
    await ana.screenshot({ path: 'test-results/meeting-twelve-header.png' });
  });

  it('lists everyone on demand: name, organization, role, online or offline', async () => {
    await ana.getByRole('button', { name: /^Who is here: 11 delegates, 5 observers/ }).click();
    const roll = ana.getByRole('table', { name: 'Everyone in the meeting' });
    await expect.poll(() => roll.locator('tbody tr').count()).toBe(16);
    const row = async (name: string): Promise<string> => (await roll.locator('tbody tr', { hasText: name }).innerText()).replace(/\s+/g, ' ').trim();
    expect(await row('Lena Vogel')).toBe('LV Lena Vogel Housing Now delegate online');
    expect(await row('Observer 3')).toBe('O3 Observer 3 Workers United observer online');
    // An observer goes away: still on the roll, offline; the count follows.
    attendees.pop()?.leave();
    await expect.poll(() => row('Observer 5'), { timeout: 15_000 }).toMatch(/observer offline$/);
    expect(await ana.locator('[data-observer-count]').innerText()).toBe('4 observers');
    await ana.getByRole('button', { name: /^Who is here/ }).click();
    expect(await roll.count()).toBe(0);
  });

  it('shows a remote caret above the page, in the organization’s colour, with the name — after reloads and view changes too', async () => {
    const { page: ben } = await joinMeeting(browser, meeting, { name: 'Ben Okafor', org: 'DSA', viewport: VIEWPORT, screenshot: 'twelve-ben' });
    const caretSeen = async (): Promise<{ hit: string | null; colour: string; label: string }> => {
      const caret = ana.locator('.remote-caret[data-remote-caret="Ben Okafor"]');
      await caret.waitFor({ timeout: 15_000 });
      return caret.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {
          hit: hit?.closest('.remote-caret')?.getAttribute('data-remote-caret') ?? hit?.outerHTML.slice(0, 120) ?? null,
          colour: getComputedStyle(element).backgroundColor,
          label: element.querySelector('.remote-name')?.textContent ?? '',
        };
      });
    };
    const expected = { hit: 'Ben Okafor', colour: 'rgb(31, 119, 180)', label: 'Ben Okafor' };
    await clickEndOf(ben, 'The chair is elected for one year.');
    expect(await caretSeen()).toEqual(expected);

    // Ben leaves the editor for another view and comes back (his editor reconnects): still labelled.
    await ben.getByRole('tab', { name: 'Sources' }).click();
    await ben.getByRole('tab', { name: 'Constitution' }).click();
    await clickEndOf(ben, 'Every member organization has one delegate.');
    await expect.poll(caretSeen, { timeout: 15_000 }).toEqual(expected);

    // Ben reloads the app: a new connection, the same label.
    await ben.reload();
    await block(ben, meeting.readyText).waitFor();
    await ben.locator('[data-sync-state="online"]').waitFor({ timeout: 15_000 });
    await clickEndOf(ben, 'The chair is elected for one year.');
    await expect.poll(caretSeen, { timeout: 15_000 }).toEqual(expected);
    await ana.screenshot({ path: 'test-results/meeting-twelve-caret.png' });
  });

  it('confirms before leaving the meeting', async () => {
    await ana.getByRole('button', { name: 'Leave meeting' }).click();
    const dialog = ana.getByRole('alertdialog', { name: 'Leave the meeting?' });
    await dialog.getByRole('button', { name: 'Stay' }).click();
    expect(await ana.locator('[data-sync-state]').getAttribute('data-sync-state')).toBe('online');
    await ana.getByRole('button', { name: 'Leave meeting' }).click();
    await dialog.getByRole('button', { name: 'Leave the meeting' }).click();
    await expect.poll(() => ana.locator('[data-sync-state]').getAttribute('data-sync-state')).toBe('local');
  });
});

describe('an observer', () => {
  it('is told they are read-only, and shows as an observer to the delegates', async () => {
    const { page: olga } = await joinMeeting(browser, meeting, { name: 'Olga Observer', org: 'GRN', role: 'observer', viewport: VIEWPORT, screenshot: 'twelve-observer' });
    await expect.poll(() => olga.locator('.observer-banner').innerText()).toContain('You are observing this meeting.');
    expect(await visibleAndOnTop(olga, '.observer-banner')).toBe(true);
    await clickEndOf(olga, 'The chair is elected for one year.');
    await olga.keyboard.type(' typed by an observer');
    expect(await block(olga, 'The chair is elected for one year.').innerText()).not.toContain('typed by an observer');

    const { page: dara } = await joinMeeting(browser, meeting, { name: 'Dara Nolan', org: 'WU', viewport: VIEWPORT, screenshot: 'twelve-dara' });
    await dara.getByRole('button', { name: /^Who is here/ }).click();
    const olgaRow = dara.getByRole('table', { name: 'Everyone in the meeting' }).locator('tbody tr', { hasText: 'Olga Observer' });
    await expect.poll(() => olgaRow.innerText(), { timeout: 15_000 }).toMatch(/observer\s+online/);
    // Her chip is the observer's: outlined, not filled with a colour.
    expect(await olgaRow.locator('.presence-chip').getAttribute('class')).toContain('is-observer');
    expect(await dara.locator('.presence-chip[data-presence-name="Olga Observer"]').count()).toBe(0);
  });
});
