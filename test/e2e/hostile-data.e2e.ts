/**
 * A delegate whose copy on this computer was poisoned before the server checked updates (`orgs["x"] = "x"`
 * and constitution blocks nested 10,000 deep, written straight into the app's IndexedDB as a peer's update
 * would have been): the window keeps working, says what it skipped, and "Keep my copy and drop the damaged
 * part" gives back an editable constitution that survives a reload.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deepConstitutionUpdate, orgsStringUpdate } from '../unit/hostile-docs.ts';
import { actFor, addOrg, openApp } from './app.ts';
import { browserForFile, screenshotOnFailure } from './browser.ts';

const baseUrl = inject('baseUrl');
const browser = browserForFile();

/** Add `updates` to the stored log of every workspace on this computer, as y-indexeddb stores a peer's update. */
async function poisonLocalCopies(page: Page, updates: Uint8Array[]): Promise<void> {
  // Base64 crosses into the page far faster than arrays of numbers (the deep update is 570 KB).
  await page.evaluate(
    async (encoded) => {
      const lists = encoded.map((text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
      const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('concord-w_'));
      if (names.length === 0) throw new Error('no workspace database');
      for (const name of names) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction('updates', 'readwrite');
        for (const list of lists) tx.objectStore('updates').add(list);
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      }
    },
    updates.map((update) => Buffer.from(update).toString('base64')),
  );
}

describe('a poisoned local copy', () => {
  it('keeps the window working, says what it skipped, and drops the damaged part on request', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    screenshotOnFailure(page, 'hostile-data');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openApp(page, baseUrl);
    await page.locator('[data-block-type="preamble"] .blk-text').first().click();
    await page.keyboard.type('We unite.');
    await poisonLocalCopies(page, [orgsStringUpdate(), deepConstitutionUpdate(10_000)]);
    await page.reload();

    const alert = page.getByRole('alert').filter({ hasText: 'Part of this workspace on your computer is damaged' });
    await alert.getByText('In the member organizations, entry "x" is damaged (it is not an organization) and was left out.').waitFor();
    await alert.getByText(/In the constitution, block \d holds a damaged part \(a block nested inside it\); it was left out\./).waitFor();
    expect(await page.locator('[data-testid="constitution-read-only"]').textContent()).toContain('We unite.');
    expect(await page.getByText('This view could not be shown').count()).toBe(0);
    await addOrg(page, 'Partido Socialismo y Liberación', 'PSL');
    await actFor(page, 'Partido Socialismo y Liberación');

    await page.getByRole('button', { name: 'Keep my copy and drop the damaged part' }).click();
    await page.locator('[data-testid="constitution"] [data-block-id]').first().waitFor();
    expect(await page.locator('.damaged-copy').count()).toBe(0);
    await page.locator('[data-block-type="preamble"] .blk-text').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Together.');
    await page.locator('[data-testid="constitution"]').getByText('We unite. Together.').waitFor();

    await page.reload();
    await openApp(page, baseUrl);
    expect(await page.locator('.damaged-copy').count()).toBe(0);
    expect(await page.locator('[data-testid="constitution"]').textContent()).toContain('We unite. Together.');
    expect(await page.locator('[data-org-short="PSL"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
