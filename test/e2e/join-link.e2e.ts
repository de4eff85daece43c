/**
 * One link joins: the sync server serves the built web app itself, so a delegate with nothing but the
 * invitation's web link opens Concord in a browser, already joining (the token leaves the address bar);
 * a meeting joined while a slow computer still opens its start workspace stays open; an expired invitation
 * is refused with the reason (in the app's language); leaving the meeting for a new workspace is confirmed,
 * and the meeting stays in the recent list under its coalition's name; the chair's Invitations panel shows
 * the workspace id and creates (with expiry), lists and revokes invitations over the server's admin API.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { insertBlock } from '../../src/constitution/structure.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { block } from './app.ts';
import { launchBrowser, screenshotOnFailure } from './browser.ts';
import { seedMeeting, type Meeting } from './meeting.ts';
import { checkRequest, parseJoinLink } from '../../src/sync/join-link.ts';

const APP_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const WORKSPACE = 'w_e2ejoinbylink';
let server: TestServer;
let browser: Browser;
let meeting: Meeting;

beforeAll(async () => {
  server = await startTestServer({ appDir: APP_DIR });
  meeting = { server, workspace: WORKSPACE, baseUrl: server.httpUrl, readyText: 'Joined with one link.' };
  await seedMeeting(meeting, 'Coalition by Link', [{ name: 'Debian', short: 'DEB', colour: '#d62728' }], (editor) => {
    const article = insertBlock(editor, 'article', undefined, 'Joining');
    insertBlock(editor, 'clause', article, 'Joined with one link.');
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function openLink(link: string, screenshot: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  screenshotOnFailure(page, screenshot);
  await page.goto(link);
  return page;
}

describe('an invitation’s web link', () => {
  let page: Page;

  it('opens Concord from the sync server, already joining: the delegate only gives their name', async () => {
    const invitation = await server.inviteFull(WORKSPACE, 'delegate', 'DEB');
    expect(invitation.webLink.startsWith(`${server.httpUrl}/join#`)).toBe(true);
    page = await openLink(invitation.webLink, 'join-link');
    const dialog = page.getByRole('dialog', { name: 'Join a meeting' });
    expect(await dialog.getByRole('textbox', { name: 'Invitation link (from the host)' }).inputValue()).toBe(invitation.webLink);
    // The token is gone from the address bar (and so from the history).
    expect(page.url()).toBe(`${server.httpUrl}/`);
    await dialog.getByRole('textbox', { name: 'Your name' }).fill('Wanda');
    await dialog.getByRole('button', { name: 'Join', exact: true }).click();
    await block(page, 'Joined with one link.').waitFor({ timeout: 15_000 });
    await page.locator('[data-sync-state="online"]').waitFor({ timeout: 15_000 });
    expect(await page.getByRole('textbox', { name: 'Coalition name' }).inputValue()).toBe('Coalition by Link');
  });

  it('stays in the meeting joined while the app was still opening its start workspace', async () => {
    const invitation = await server.inviteFull(WORKSPACE, 'delegate', 'DEB');
    const slow = await (await browser.newContext()).newPage();
    screenshotOnFailure(slow, 'join-link-slow-start');
    // A slow computer: the list of this computer's workspaces, which the start-up reads, answers 3 s late.
    await slow.addInitScript(() => {
      const open = indexedDB.open.bind(indexedDB);
      let delayed = false;
      indexedDB.open = (name: string, version?: number): IDBOpenDBRequest => {
        const request = open(name, version);
        if (name !== 'concord-registry' || delayed) return request;
        delayed = true;
        let handler: ((event: Event) => void) | null = null;
        Object.defineProperty(request, 'onsuccess', {
          set: (value: ((event: Event) => void) | null) => {
            handler = value;
          },
        });
        request.addEventListener('success', (event) => setTimeout(() => handler?.(event), 3000));
        return request;
      };
    });
    await slow.goto(invitation.webLink);
    const dialog = slow.getByRole('dialog', { name: 'Join a meeting' });
    await dialog.getByRole('textbox', { name: 'Your name' }).fill('Slow Sam');
    await dialog.getByRole('button', { name: 'Join', exact: true }).click();
    await block(slow, 'Joined with one link.').waitFor({ timeout: 15_000 });
    // Long after the start workspace has loaded, the meeting is still the open workspace.
    await slow.waitForTimeout(4000);
    expect(await slow.locator('[data-sync-state]').getAttribute('data-sync-state')).toBe('online');
    expect(await block(slow, 'Joined with one link.').count()).toBe(1);
    await slow.context().close();
  });

  it('asks before File › New workspace leaves the meeting, which then stays in the recent list by its name', async () => {
    await page.getByText('File', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'New workspace' }).click();
    const question = page.getByRole('alertdialog', { name: 'Leave the meeting?' });
    expect(await question.innerText()).toContain('“Coalition by Link” is connected to a meeting.');
    await question.getByRole('button', { name: 'Stay' }).click();
    expect(await page.getByRole('textbox', { name: 'Coalition name' }).inputValue()).toBe('Coalition by Link');
    expect(await page.locator('[data-sync-state]').getAttribute('data-sync-state')).toBe('online');

    await page.getByText('File', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'New workspace' }).click();
    await question.getByRole('button', { name: 'Leave and continue' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Coalition name' }).inputValue()).toBe('New coalition');
    await page.getByText('File', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Coalition by Link' }).click();
    await page.locator('[data-sync-state="online"]').waitFor({ timeout: 15_000 });
    expect(await page.getByRole('textbox', { name: 'Coalition name' }).inputValue()).toBe('Coalition by Link');
  });

  it('that expired is refused, saying so in the app’s language', async () => {
    const minted = await server.server.invite({ workspace: WORKSPACE, org: 'DEB', role: 'delegate', expiresAt: new Date(Date.now() + 1000).toISOString() });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const late = await openLink(minted.webLink, 'join-link-expired');
    const dialog = late.getByRole('dialog', { name: 'Join a meeting' });
    await dialog.getByRole('textbox', { name: 'Your name' }).fill('Late Larry');
    await dialog.getByRole('button', { name: 'Join', exact: true }).click();
    await expect.poll(() => late.locator('[data-sync-state]').getAttribute('data-sync-state'), { timeout: 20_000 }).toBe('refused');
    expect(await late.locator('.sync-detail').innerText()).toBe('This invitation has expired. Ask the host for a new invitation.');
    // The reason is the app's to word: in Spanish, it says it in Spanish.
    await late.locator('.language-menu select').selectOption('es');
    await expect.poll(() => late.locator('.sync-detail').innerText()).toBe('Esta invitación ha caducado. Pida una invitación nueva al anfitrión.');
  });
});

describe('the chair’s Invitations panel', () => {
  it('shows the workspace id, creates an invitation per organization and role with an expiry, lists and revokes it', async () => {
    const own = await server.inviteFull(WORKSPACE, 'chair', 'DEB');
    const chair = await openLink(own.webLink, 'invitations-panel');
    const join = chair.getByRole('dialog', { name: 'Join a meeting' });
    await join.getByRole('textbox', { name: 'Your name' }).fill('Carla Chair');
    await join.getByRole('button', { name: 'Join', exact: true }).click();
    await chair.locator('[data-sync-state="online"]').waitFor({ timeout: 15_000 });
    await chair.getByRole('button', { name: 'Invitations…' }).click();
    const panel = chair.getByRole('dialog', { name: 'Invitations' });
    expect(await panel.getByTestId('workspace-id').innerText()).toBe(WORKSPACE);

    await panel.getByRole('combobox', { name: 'Organization' }).selectOption('DEB');
    await panel.getByRole('combobox', { name: 'Role' }).selectOption('observer');
    await panel.getByRole('combobox', { name: 'Expires' }).selectOption({ label: '7 days' });
    await panel.getByRole('button', { name: 'Create invitation' }).click();
    const link = panel.getByRole('textbox', { name: /Link for the observer of DEB/ });
    await link.waitFor();
    const made = parseJoinLink(await link.inputValue());
    expect(made).toMatchObject({ server: server.url, workspace: WORKSPACE });
    const check = async (): Promise<unknown> => {
      const request = checkRequest(made);
      return (await fetch(request.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body) })).json();
    };
    expect(await check()).toMatchObject({ ok: true, org: 'DEB', role: 'observer' });
    const minted = server.server.invitations().find((invitation) => invitation.role === 'observer' && invitation.org === 'DEB');
    expect(Date.parse(minted?.expiresAt ?? '') - Date.now()).toBeGreaterThan(6.9 * 86_400_000);

    const row = panel.locator(`tr[data-invitation-id="${minted?.id ?? ''}"]`);
    expect(await row.innerText()).toMatch(/DEB\s+observer.*valid until/s);
    await row.getByRole('button', { name: 'Revoke the observer invitation of DEB' }).click();
    await expect.poll(() => row.innerText()).toMatch(/revoked/);
    expect(await check()).toMatchObject({ ok: false, reason: 'revoked' });
  });
});
