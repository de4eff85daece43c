/**
 * The main flows with the keyboard alone — Tab, Enter, typing, arrow keys; no mouse — in the built web
 * app: add a member organization, import its principles (pasted text, preview, import), edit the
 * constitution, adopt a principle at the cursor, and export it (File menu, export dialog, download); in a
 * meeting (the real sync server), join with an invitation, open a vote on a clause and vote.
 * axe-core scans of every view in the view tabs (whatever views exist), the export dialog and the
 * ratification view find no serious or critical violation.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { editConstitution } from '../../src/constitution/document.ts';
import { providerArguments } from '../../src/sync/join-link.ts';
import { insertBlock } from '../../src/constitution/structure.ts';
import { addOrganization } from '../../src/workspace/workspace.ts';
import { initWorkspace } from '../../src/workspace/init.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { block, documentLines, newLine, openApp, waitForCaretIn } from './app.ts';
import { untilRosterFull } from './agenda.ts';
import { openScannableApp, seriousViolations } from './axe.ts';
import { screenshotOnFailure } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

/** The focused element's accessible name, roughly: aria-label, its label's text, or its own text. */
function focusedName(on: Page): Promise<string> {
  return on.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return '';
    const labelled = 'labels' in element && element.labels instanceof NodeList ? element.labels[0]?.textContent : undefined;
    return (element.getAttribute('aria-label') ?? labelled ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/**
 * Press Tab until the focused element's name matches; on `on`, the main page by default. A view or dialog
 * loads on first use, so a round of `max` presses that misses is tried again while it may still be loading.
 */
async function tabTo(name: string | RegExp, on: Page = page, max = 80): Promise<void> {
  const matches = (text: string): boolean => (typeof name === 'string' ? text === name : name.test(text));
  const deadline = Date.now() + 15_000;
  do {
    for (let i = 0; i < max; i += 1) {
      await on.keyboard.press('Tab');
      if (matches(await focusedName(on))) return;
    }
  } while (Date.now() < deadline);
  throw new Error(`Tab never reached "${String(name)}"`);
}

beforeAll(async () => {
  ({ browser, page } = await openScannableApp(baseUrl));
});
afterAll(async () => {
  await browser.close();
});

describe('the keyboard alone', () => {
  it('adds an organization and imports its principles', async () => {
    screenshotOnFailure(page, 'keyboard-import');
    await tabTo('+ Add organization');
    await page.keyboard.press('Enter');
    await tabTo(/^Name/);
    await page.keyboard.type('Debian');
    await page.keyboard.press('Tab');
    await page.keyboard.type('DEB');
    await page.keyboard.press('Enter');
    await page.locator('[data-org-short="DEB"]').waitFor();

    await tabTo('Sources');
    await page.keyboard.press('Enter');
    await tabTo('Paste text…');
    await page.keyboard.press('Enter');
    await tabTo(/^Text to import/);
    await page.keyboard.type('1. Free software.\n2. Open decisions.\n');
    await tabTo('Preview');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Import preview' }).waitFor();
    await tabTo(/^Import 2 principles$/);
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Import preview' }).waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('Open decisions.').count()).toBeGreaterThan(0);
  });

  it('edits the constitution', async () => {
    screenshotOnFailure(page, 'keyboard-edit');
    await tabTo('Constitution');
    await page.keyboard.press('Enter');
    await tabTo('+ Article');
    await page.keyboard.press('Enter');
    // The first edit asks whom this delegate acts for; the change is made once they have chosen.
    const asked = page.getByRole('dialog', { name: 'Who are you acting for?' });
    await asked.waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await asked.waitFor({ state: 'detached' });
    await waitForCaretIn(page, 'article');
    expect(await page.locator('.acting-as select').inputValue()).not.toBe('');
    await page.keyboard.type('Principles');
    await newLine(page, 'clause');
    await page.keyboard.type('We decide together.');
    expect((await documentLines(page)).slice(-2)).toEqual(['Article I|article|Principles', '(1)|clause|We decide together.']);
  });

  it('adopts an imported principle at the cursor', async () => {
    screenshotOnFailure(page, 'keyboard-adopt');
    // The caret stands at the end of the clause just typed; the principle goes in after it. In a clause,
    // Tab indents: Escape first lets Tab leave the text.
    await page.keyboard.press('Escape');
    await tabTo('Sources');
    await page.keyboard.press('Enter');
    const source = page.locator('details.source').first();
    if ((await source.getAttribute('open')) === null) {
      await tabTo(/^Pasted text/);
      await page.keyboard.press('Enter');
    }
    await tabTo('Adopt: Open decisions.');
    await page.keyboard.press('Enter');
    await tabTo('Constitution');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await documentLines(page)).map((line) => line.split('|')[2])).toContain('Open decisions.');
  });

  it('exports the draft as Markdown', async () => {
    screenshotOnFailure(page, 'keyboard-export');
    await page.keyboard.press('Escape');
    await tabTo('File');
    await page.keyboard.press('Enter');
    await tabTo('Export…');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export the constitution' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(/^Format/);
    // A select's choices are picked with the arrow keys; Markdown comes after PDF and Word.
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement instanceof HTMLSelectElement && document.activeElement.value === 'md')); i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    // Tab enters the radio group at its checked choice; the arrow key moves to the next one.
    await tabTo(/The ratified text only/);
    await page.keyboard.press('ArrowDown');
    await tabTo('Export');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.md$/);
    const text = readFileSync(await file.path(), 'utf8');
    expect(text).toContain('We decide together.');
    expect(text).toContain('Open decisions.');
  });
});

describe('the keyboard alone, in a meeting', () => {
  const WORKSPACE = 'w_keyboardvote';
  let server: TestServer;
  let chair: Page;

  beforeAll(async () => {
    server = await startTestServer();
    const doc = new Y.Doc();
    initWorkspace(doc, 'Keyboard Coalition', WORKSPACE);
    addOrganization(doc, { name: 'Debian', short: 'DEB' });
    editConstitution(doc, (editor) => {
      const article = insertBlock(editor, 'article', undefined, 'Membership');
      insertBlock(editor, 'clause', article, 'Any organization may join.');
    });
    const { protocols } = providerArguments({ server: server.url, workspace: WORKSPACE, token: await server.invite(WORKSPACE, 'chair', 'DEB') });
    const provider = new WebsocketProvider(server.url, WORKSPACE, doc, { protocols });
    await new Promise<void>((resolve) => provider.on('sync', (synced: boolean) => synced && resolve()));
    provider.destroy();
    chair = await (await browser.newContext({ bypassCSP: true })).newPage();
    await openApp(chair, baseUrl);
  });
  afterAll(async () => {
    await server.close();
  });

  it('joins with an invitation, opens a vote on a clause and votes', async () => {
    screenshotOnFailure(chair, 'keyboard-vote');
    const invitation = await server.inviteFull(WORKSPACE, 'chair', 'DEB');
    await tabTo('File', chair);
    await chair.keyboard.press('Enter');
    await tabTo('Join a meeting…', chair);
    await chair.keyboard.press('Enter');
    await tabTo(/^Invitation link/, chair);
    await chair.keyboard.type(invitation.appLink);
    await tabTo(/^Your name/, chair);
    await chair.keyboard.type('Ana');
    await tabTo('Join', chair);
    await chair.keyboard.press('Enter');
    await block(chair, 'Any organization may join.').waitFor();

    await tabTo('Ratification', chair);
    await chair.keyboard.press('Enter');
    await untilRosterFull(chair, 10_000);
    expect(await seriousViolations(chair)).toEqual([]);
    // The form proposes a clause motion on the first clause, closing after the coalition's voting period.
    await tabTo('Open the vote', chair);
    await chair.keyboard.press('Enter');
    const card = chair.getByTestId('motion').first();
    await expect.poll(() => card.getByTestId('motion-status').innerText(), { timeout: 5000 }).toBe('Open');
    await tabTo('Yes', chair);
    await chair.keyboard.press('Enter');
    // The vote counts; DEB is the only member, so every member has voted and the app closes the vote.
    await expect.poll(() => card.getByTestId('count-row').allInnerTexts(), { timeout: 10_000 }).toEqual(['DEB\tYes']);
    await expect.poll(() => card.getByTestId('motion-status').innerText(), { timeout: 10_000 }).toBe('Passed');
    expect(await seriousViolations(chair)).toEqual([]);
  });
});

describe('axe-core', () => {
  it('finds no serious or critical violations in any view', async () => {
    const tabs = page.getByRole('tablist', { name: 'Views' }).getByRole('tab');
    const names = await tabs.allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) {
      await tabs.filter({ hasText: name }).click();
      expect(await seriousViolations(page), name).toEqual([]);
    }
  });
});
