/**
 * Live collaboration against the real sync server: two delegates join the same workspace through their
 * invitations, see each other, type into the same clause at once and converge; one goes offline, edits,
 * comes back and merges; an observer can read but not edit; a revoked invitation is told so.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertBlock } from '../../src/constitution/structure.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { clickEndOf, documentLines, openApp } from './app.ts';
import { launchBrowser } from './browser.ts';
import { DEB_AND_PSF, joinMeeting, seedMeeting, type Meeting } from './meeting.ts';

const baseUrl = inject('baseUrl');
const WORKSPACE = 'w_e2esyncworkspace1';
let server: TestServer;
let browser: Browser;

let meeting: Meeting;

function joinAs(name: string, org: string, role: 'delegate' | 'observer' = 'delegate'): Promise<{ context: BrowserContext; page: Page }> {
  return joinMeeting(browser, meeting, { name, org, role, screenshot: `sync-${name}` });
}

beforeAll(async () => {
  server = await startTestServer();
  meeting = { server, workspace: WORKSPACE, baseUrl, readyText: 'Any organization may join.' };
  await seedMeeting(meeting, 'Coalition of the Left', DEB_AND_PSF, (editor) => {
    const article = insertBlock(editor, 'article', undefined, 'Membership');
    insertBlock(editor, 'clause', article, 'Any organization may join.');
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('two delegates live', () => {
  let ana: Page;
  let ben: Page;
  let benContext: BrowserContext;

  it('join the same workspace and see each other', async () => {
    ({ page: ana } = await joinAs('Ana', 'DEB'));
    ({ page: ben, context: benContext } = await joinAs('Ben', 'PSF'));
    await expect.poll(() => ana.locator('.presence-chip[data-presence-name="Ben"]').count()).toBe(1);
    await expect.poll(() => ben.locator('.presence-chip[data-presence-name="Ana"]').count()).toBe(1);
    expect(await ana.getByRole('textbox', { name: 'Coalition name' }).inputValue()).toBe('Coalition of the Left');
    expect(await ana.locator('[data-sync-state]').innerText()).toContain('all changes on the server');
  });

  it('type into the same clause at once and converge, with each other’s cursor shown', async () => {
    await clickEndOf(ana, 'Any organization may join.');
    await clickEndOf(ben, 'Any organization may join.');
    await Promise.all([ana.keyboard.type(' Ana writes here.', { delay: 15 }), ben.keyboard.type(' Ben writes too.', { delay: 15 })]);
    await expect.poll(async () => JSON.stringify(await documentLines(ana))).toBe(JSON.stringify(await documentLines(ben)));
    const clause = (await documentLines(ana)).find((line) => line.includes('Any organization may join.')) ?? '';
    expect(clause).toContain('Ana writes here.');
    expect(clause).toContain('Ben writes too.');
    // Ben moves to the article heading: Ana sees his caret there, with his name.
    await clickEndOf(ben, 'Membership');
    await expect.poll(() => ana.locator('.remote-caret').count(), { timeout: 10_000 }).toBe(1);
    expect(await ana.locator('.remote-caret').getAttribute('data-remote-caret')).toBe('Ben');
  });

  it('keep working offline and merge on reconnect', async () => {
    await benContext.setOffline(true);
    await expect.poll(() => ben.locator('[data-sync-state]').getAttribute('data-sync-state'), { timeout: 20_000 }).toBe('offline');
    await clickEndOf(ben, 'Membership');
    await ben.keyboard.type(' and duties');
    await clickEndOf(ana, 'Ben writes too.');
    await ana.keyboard.type(' Meanwhile Ana adds this.');
    await expect.poll(() => ben.locator('[data-sync-state]').innerText()).toContain('waiting to be sent');
    expect(JSON.stringify(await documentLines(ana))).not.toContain('and duties');

    await benContext.setOffline(false);
    await expect.poll(() => ben.locator('[data-sync-state]').getAttribute('data-sync-state'), { timeout: 30_000 }).toBe('online');
    await expect.poll(async () => JSON.stringify(await documentLines(ana))).toBe(JSON.stringify(await documentLines(ben)));
    const text = JSON.stringify(await documentLines(ana));
    expect(text).toContain('Membership and duties');
    expect(text).toContain('Meanwhile Ana adds this.');
    await expect.poll(() => ben.locator('[data-sync-state]').innerText()).toContain('all changes on the server');
  });
});

describe('roles and invitations', () => {
  it('lets an observer read but not edit', async () => {
    const { page } = await joinAs('Olga', 'PSF', 'observer');
    expect(await page.getByTestId('constitution').getAttribute('aria-readonly')).toBe('true');
    expect(await page.getByTestId('constitution').getAttribute('contenteditable')).toBe('false');
  });

  it('tells a delegate whose invitation was revoked, and stops trying', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openApp(page, baseUrl);
    const invitation = await server.inviteFull(WORKSPACE, 'delegate', 'DEB');
    await server.server.revoke(invitation.token);
    await page.getByText('File', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Join a meeting…' }).click();
    await page.getByRole('textbox', { name: 'Invitation link (from the host)' }).fill(invitation.appLink);
    await page.getByRole('textbox', { name: 'Your name' }).fill('Rita');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect.poll(() => page.locator('[data-sync-state]').getAttribute('data-sync-state')).toBe('refused');
    expect(await page.locator('.sync-detail').innerText()).toContain('revoked');
  });
});
