/**
 * Nothing typed is lost: kill -9 the whole browser mid-sentence, start it again on the same profile, and the
 * text is there. Then the File menu: save a copy, open it as a workspace, merge a diverged copy, and refuse
 * damaged files without touching the workspace.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { encodeWorkspaceFile, readWorkspaceFile } from '../../src/file/format.ts';
import { addOrganization } from '../../src/workspace/workspace.ts';
import { block, documentLines, insertBlockVia, openApp } from './app.ts';
import { killBrowser, launchBrowser, newProfileDir, screenshotOnFailure, startKillableBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');

describe('crash safety', () => {
  it('keeps every keystroke when the browser is killed mid-sentence', async () => {
    const profile = newProfileDir();
    const first = await startKillableBrowser(profile);
    const page = await first.context.newPage();
    await openApp(page, baseUrl);
    await insertBlockVia(page, '+ Article', 'article');
    await page.keyboard.type('Rights of members');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Every member may speak, and every member may be heard, mid-senten');
    await page.waitForTimeout(250);
    await killBrowser(first);

    const second = await startKillableBrowser(profile);
    try {
      const again = await second.context.newPage();
      await openApp(again, baseUrl);
      await block(again, 'mid-senten').waitFor();
      expect((await documentLines(again)).slice(1)).toEqual([
        'Article I|article|Rights of members',
        '(1)|clause|Every member may speak, and every member may be heard, mid-senten',
      ]);
    } finally {
      await killBrowser(second);
    }
  });
});

describe('the File menu', () => {
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'concord-files-'));

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await openApp(page, baseUrl);
  });
  afterAll(async () => {
    await browser.close();
  });

  async function menu(item: string): Promise<void> {
    await page.getByText('File', { exact: true }).click();
    await page.getByRole('menuitem', { name: item }).click();
  }

  async function chooseFile(item: string, path: string): Promise<void> {
    const chooser = page.waitForEvent('filechooser');
    await menu(item);
    await (await chooser).setFiles(path);
  }

  it('saves a copy, opens it, merges a diverged copy and refuses damaged files', async () => {
    screenshotOnFailure(page, 'file-menu');
    const name = page.getByRole('textbox', { name: 'Coalition name' });
    await name.fill('Fédération des Syndicats — Союз');
    await name.press('Enter');
    await page.locator('[data-block-type="preamble"] .blk-text').first().click();
    await page.keyboard.type('In solidarity.');

    const download = page.waitForEvent('download');
    await menu('Save a copy as…');
    const saved = join(dir, (await download).suggestedFilename());
    await (await download).saveAs(saved);
    expect(saved.endsWith('.concord')).toBe(true);
    const doc = readWorkspaceFile(new Uint8Array(readFileSync(saved)));

    // Someone else adds an organization to their copy and e-mails it back.
    addOrganization(doc, { name: 'Союз трудящихся', short: 'SOYUZ' });
    const theirs = join(dir, 'theirs.concord');
    writeFileSync(theirs, encodeWorkspaceFile(doc));

    // Meanwhile we keep typing; then we merge their file: both changes survive.
    await page.locator('[data-block-type="preamble"] .blk-text').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Together.');
    await chooseFile('Merge a .concord file…', theirs);
    await expect.poll(() => page.locator('[data-org-short="SOYUZ"]').count(), { timeout: 15_000 }).toBe(1);
    expect((await documentLines(page))[0]).toBe('|preamble|In solidarity. Together.');

    // Damaged files: a clear message, nothing changed.
    const before = await documentLines(page);
    const bytes = readFileSync(theirs);
    const bad = {
      'truncated.concord': bytes.subarray(0, bytes.length - 10),
      'flipped.concord': Buffer.from(bytes.map((b, i) => (i === bytes.length - 5 ? b ^ 0xff : b))),
      'foreign.concord': Buffer.from('%PDF-1.7 not a workspace'),
      'future.concord': Buffer.from(bytes.map((b, i) => (i === 9 ? 9 : b))),
    };
    const messages: string[] = [];
    for (const [file, content] of Object.entries(bad)) {
      writeFileSync(join(dir, file), content);
      await chooseFile('Merge a .concord file…', join(dir, file));
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.innerText(), { timeout: 15_000 }).toContain(file);
      messages.push(await alert.innerText());
      await alert.getByRole('button', { name: 'Dismiss' }).click();
    }
    expect(messages[0]).toContain('truncated');
    expect(messages[1]).toContain('damaged');
    expect(messages[2]).toContain('not a Concord workspace file');
    expect(messages[3]).toContain('newer version of Concord');
    expect(await documentLines(page)).toEqual(before);

    // Open the saved copy as a workspace from a new, empty one: it comes back whole.
    await menu('New workspace');
    await expect.poll(() => name.inputValue(), { timeout: 15_000 }).toBe('New coalition');
    await chooseFile('Open…', theirs);
    await expect.poll(() => name.inputValue(), { timeout: 15_000 }).toBe('Fédération des Syndicats — Союз');
    expect((await documentLines(page))[0]).toContain('In solidarity.');
    expect(await page.locator('[data-org-short="SOYUZ"]').count()).toBe(1);
  });
});
