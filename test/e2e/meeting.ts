/**
 * Meetings in the end-to-end tests: the host puts a coalition's workspace on the real sync server (as the
 * chair's app would), and each delegate joins it in their own browser context through their invitation.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Editor } from 'slate';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { editConstitution } from '../../src/constitution/document.ts';
import { providerArguments } from '../../src/sync/join-link.ts';
import { addOrganization, type OrganizationInput } from '../../src/workspace/workspace.ts';
import { initWorkspace } from '../../src/workspace/init.ts';
import type { TestServer } from '../../server/testing.ts';
import { block, openApp } from './app.ts';
import { screenshotOnFailure } from './browser.ts';

export interface Meeting {
  server: TestServer;
  workspace: string;
  baseUrl: string;
  /** A clause every delegate's app shows once it has synced. */
  readyText: string;
}

/** Two member organizations, each with its colour (drawn on screen, so tests can check it). */
export const DEB_AND_PSF: readonly OrganizationInput[] = [
  { name: 'Debian', short: 'DEB', colour: '#d62728' },
  { name: 'Python Software Foundation', short: 'PSF', colour: '#1f77b4' },
];

/** Create the coalition with `orgs` and the text `write` makes, and put it on the server. */
export async function seedMeeting(meeting: Meeting, coalition: string, orgs: readonly OrganizationInput[], write: (editor: Editor) => void): Promise<void> {
  const doc = new Y.Doc();
  initWorkspace(doc, coalition, meeting.workspace);
  for (const org of orgs) addOrganization(doc, org);
  editConstitution(doc, write);
  const token = await meeting.server.invite(meeting.workspace, 'chair', orgs[0]?.short ?? 'ORG');
  const { protocols } = providerArguments({ server: meeting.server.url, workspace: meeting.workspace, token });
  const provider = new WebsocketProvider(meeting.server.url, meeting.workspace, doc, { protocols });
  await new Promise<void>((resolve) => provider.on('sync', (synced: boolean) => synced && resolve()));
  provider.destroy();
  doc.destroy();
}

export interface Delegate {
  name: string;
  org: string;
  role?: 'delegate' | 'chair' | 'observer';
  /** Name of the screenshot taken if the test fails. */
  screenshot?: string;
  /** The window size (default 1280×720). */
  viewport?: { width: number; height: number };
}

/**
 * A delegate joins in a browser context of their own (CSP bypassed so axe-core can be injected): File ›
 * Join a meeting…, their invitation link and name; resolves once the text is there and the app is online.
 */
export async function joinMeeting(browser: Browser, meeting: Meeting, delegate: Delegate): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ bypassCSP: true, ...(delegate.viewport ? { viewport: delegate.viewport } : {}) });
  const page = await context.newPage();
  if (delegate.screenshot) screenshotOnFailure(page, delegate.screenshot);
  await openApp(page, meeting.baseUrl);
  const invitation = await meeting.server.inviteFull(meeting.workspace, delegate.role ?? 'delegate', delegate.org);
  await page.getByText('File', { exact: true }).click();
  await page.getByRole('menuitem', { name: 'Join a meeting…' }).click();
  await page.getByRole('textbox', { name: 'Invitation link (from the host)' }).fill(invitation.appLink);
  await page.getByRole('textbox', { name: 'Your name' }).fill(delegate.name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await block(page, meeting.readyText).waitFor();
  await page.locator('[data-sync-state="online"]').waitFor({ timeout: 10_000 });
  return { context, page };
}

/** A delegate joins (as joinMeeting) and opens the Ratification view. */
export async function joinInRatification(browser: Browser, meeting: Meeting, delegate: Delegate): Promise<Page> {
  const { page } = await joinMeeting(browser, meeting, delegate);
  await page.getByRole('tab', { name: 'Ratification' }).click();
  return page;
}

/** A participant who is only present (a Node client of the real server that sets awareness and nothing else). */
export interface Attendee {
  leave(): void;
}

export async function attend(meeting: Meeting, user: { name: string; org: string; colour: string; role: 'delegate' | 'chair' | 'observer' }): Promise<Attendee> {
  const doc = new Y.Doc();
  const token = await meeting.server.invite(meeting.workspace, user.role, user.org);
  // No BroadcastChannel: attendees share this process, and would otherwise relay each other's presence.
  const { protocols: attendeeProtocols } = providerArguments({ server: meeting.server.url, workspace: meeting.workspace, token });
  const provider = new WebsocketProvider(meeting.server.url, meeting.workspace, doc, { protocols: attendeeProtocols, disableBc: true });
  provider.awareness.setLocalStateField('user', user);
  await new Promise<void>((resolve) => provider.on('sync', (synced: boolean) => synced && resolve()));
  return {
    leave: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
