/**
 * Provenance end to end, two delegates at once through the real sync server: each imports their
 * organization's document from the corpus (test/fixtures/corpus); Ana adopts a principle at her cursor, Ben merges a PSF
 * and a DEB principle into one clause in the merge view; Ana edits and splits her clause; both see the
 * origin chips; the provenance panel shows origins with word diffs and the history with who and when;
 * a comment thread reaches the other delegate; a named version is saved and compared with the draft
 * after Ben's edit; coverage shows each organization's share; axe finds no serious violation.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { insertBlock } from '../../src/constitution/structure.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { block, clickEndOf, corpus, documentLines } from './app.ts';
import { seriousViolations } from './axe.ts';
import { launchBrowser, screenshotOnFailure } from './browser.ts';
import { joinMeeting, seedMeeting, type Meeting } from './meeting.ts';

const baseUrl = inject('baseUrl');
const WORKSPACE = 'w_e2eprovenance0001';
let server: TestServer;
let browser: Browser;
let ana: Page;
let ben: Page;

let meeting: Meeting;

async function joinAs(name: string, org: string): Promise<Page> {
  return (await joinMeeting(browser, meeting, { name, org })).page;
}

async function importFor(page: Page, short: string, file: string): Promise<void> {
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.locator(`[data-org-drop="${short}"]`).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Import principles for ${short}…` }).click();
  await (await chooser).setFiles(corpus(file));
  await page
    .getByRole('region', { name: 'Import preview' })
    .getByRole('button', { name: /^Import \d+ principles$/ })
    .click();
  await expect.poll(() => page.getByRole('status').first().innerText(), { timeout: 10_000 }).toContain('Imported');
}

/** The library's principles shown (their source opened). */
async function libraryPrinciples(page: Page): Promise<string[]> {
  const source = page.locator('details.source').first();
  if ((await source.getAttribute('open')) === null) await source.locator('summary').click();
  return (await source.locator('[data-principle-id] .principle-text').allInnerTexts()).map((t) => t.trim());
}

/** The index of the shortest principle of at least a few words (one line on screen, so End reaches its end). */
async function shortPrinciple(page: Page): Promise<{ index: number; text: string }> {
  const texts = await libraryPrinciples(page);
  let index = -1;
  texts.forEach((t, i) => {
    if (t.split(' ').length >= 4 && (index < 0 || t.length < (texts[index] ?? '').length)) index = i;
  });
  return { index, text: texts[index] ?? '' };
}

/** Screenshots of both delegates' windows if the current test fails. */
function shots(test: string): void {
  screenshotOnFailure(ana, `provenance-${test}-ana`);
  screenshotOnFailure(ben, `provenance-${test}-ben`);
}

const chipsOf = (page: Page, text: string | RegExp) => block(page, text).locator('[data-testid="provenance-chips"] [data-org]');
const chipOrgs = async (page: Page, text: string | RegExp): Promise<string[]> =>
  (await chipsOf(page, text).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-org') ?? ''))).sort();

beforeAll(async () => {
  server = await startTestServer();
  meeting = { server, workspace: WORKSPACE, baseUrl, readyText: 'We work in the open.' };
  await seedMeeting(
    meeting,
    'Coalition of the Free',
    [
      { name: 'Debian', short: 'DEB', colour: '#d62728' },
      { name: 'Python Software Foundation', short: 'PSF', colour: '#1f77b4' },
    ],
    (editor) => {
      const article = insertBlock(editor, 'article', undefined, 'Principles');
      insertBlock(editor, 'clause', article, 'We work in the open.');
    },
  );
  browser = await launchBrowser();
  ana = await joinAs('Ana', 'DEB');
  ben = await joinAs('Ben', 'PSF');
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('provenance with two delegates', () => {
  let adopted = '';
  let debPrinciple = '';
  let psfPrinciple = '';
  const merged = 'We prefer beautiful, open work to ugly, hidden work.';

  it('imports each organization’s document from the corpus', async () => {
    shots('imports-each-organizatio');
    await Promise.all([importFor(ana, 'DEB', 'debian-social-contract.md'), importFor(ben, 'PSF', 'zen-of-python.txt')]);
    await expect.poll(() => ana.locator('[data-org-drop="PSF"]').count()).toBe(1);
  });

  it('adopts a principle at the cursor; both delegates see the DEB chip', async () => {
    shots('adopts-a-principle-at-th');
    await ana.getByRole('tab', { name: 'Constitution' }).click();
    await clickEndOf(ana, 'We work in the open.');
    await ana.getByRole('tab', { name: 'Sources' }).click();
    await ana.locator('[data-org-drop="DEB"]').click();
    const pick = await shortPrinciple(ana);
    adopted = pick.text;
    await ana
      .locator('details.source [data-principle-id]')
      .nth(pick.index)
      .getByRole('button', { name: /^Adopt:/ })
      .click();
    await expect.poll(() => ana.getByRole('status').first().innerText()).toContain('Added a clause');
    await ana.getByRole('tab', { name: 'Constitution' }).click();
    const lines = await documentLines(ana);
    expect(lines.map((l) => l.split('|')[2])).toEqual(['', 'Principles', 'We work in the open.', adopted]);
    await expect.poll(() => chipOrgs(ana, adopted)).toEqual(['DEB']);
    await ben.getByRole('tab', { name: 'Constitution' }).click();
    await expect.poll(() => chipOrgs(ben, adopted), { timeout: 10_000 }).toEqual(['DEB']);
    expect(await block(ana, 'We work in the open.').locator('[data-kind="drafted"]').count()).toBe(1);
  });

  it('merges a PSF and a DEB principle into one clause in the merge view', async () => {
    shots('merges-a-psf-and-a-deb-p');
    await ben.getByRole('tab', { name: 'Sources' }).click();
    await ben.locator('[data-org-drop="PSF"]').click();
    psfPrinciple = (await libraryPrinciples(ben))[0] ?? '';
    await ben.locator('details.source [data-principle-id]').first().getByRole('checkbox').check();
    await ben.locator('[data-org-drop="DEB"]').click();
    debPrinciple = (await libraryPrinciples(ben))[2] ?? '';
    await ben.locator('details.source [data-principle-id]').nth(2).getByRole('checkbox').check();
    await ben.getByRole('button', { name: 'Merge into one clause' }).click();
    const view = ben.getByRole('dialog', { name: 'Merge principles into one clause' });
    await view.waitFor();
    expect(await view.locator('.merge-column').count()).toBe(2);
    expect(await view.getByTestId('merge-diff').count()).toBe(1);
    expect(await seriousViolations(ben)).toEqual([]);
    await view.getByRole('textbox', { name: 'Merged wording' }).fill(merged);
    await view.getByRole('button', { name: 'Create merged clause' }).click();
    await ben.getByRole('tab', { name: 'Constitution' }).click();
    await expect.poll(() => chipOrgs(ben, merged)).toEqual(['DEB', 'PSF']);
    await expect.poll(() => chipOrgs(ana, merged), { timeout: 10_000 }).toEqual(['DEB', 'PSF']);
    expect(psfPrinciple).not.toBe('');
    expect(debPrinciple).not.toBe('');
  });

  it('edits and splits the adopted clause: both halves keep the DEB origin', async () => {
    shots('edits-and-splits-the-ado');
    await clickEndOf(ana, adopted);
    await ana.keyboard.type(' Always.');
    const edited = `${adopted} Always.`;
    await block(ana, edited).waitFor();
    for (let i = 0; i < ' Always.'.length; i += 1) await ana.keyboard.press('ArrowLeft');
    await ana.keyboard.press('Enter');
    const half = /^\W*Always\.\W*$/;
    await block(ana, half).waitFor();
    await expect.poll(() => chipOrgs(ana, half)).toEqual(['DEB']);
    await expect.poll(() => chipOrgs(ana, adopted)).toEqual(['DEB']);
    await expect.poll(() => chipOrgs(ben, adopted), { timeout: 10_000 }).toEqual(['DEB']);
  });

  it('shows the provenance panel: origin with a word diff, history with who and when, two points compared', async () => {
    shots('shows-the-provenance-pan');
    await clickEndOf(ana, merged);
    const panel = ana.getByTestId('provenance-panel');
    await expect.poll(() => panel.getByTestId('provenance-origin').count()).toBe(2);
    expect(await panel.getByTestId('provenance-created').innerText()).toContain('Merged from several principles · PSF · Ben');
    expect(await panel.getByTestId('origin-diff').first().getByTestId('diff-added').count()).toBeGreaterThan(0);
    await ana.keyboard.type(' Together.');
    // Ana's snapshot is written a moment after she types.
    await expect.poll(async () => (await panel.getByTestId('history-point').allInnerTexts()).at(-1) ?? '', { timeout: 10_000 }).toContain('Together.');
    const points = await panel.getByTestId('history-point').allInnerTexts();
    expect(points.at(-1)).toContain('DEB · Ana');
    // Any two points compare: the merged wording as Ben wrote it (the adoption) with Ana's latest point.
    await panel.getByRole('combobox', { name: 'Compare from' }).selectOption({ index: 0 });
    await panel.getByRole('combobox', { name: 'Compare with' }).selectOption({ index: points.length - 1 });
    expect(await panel.getByTestId('history-diff').innerText()).toContain('Together');
    expect(await seriousViolations(ana)).toEqual([]);
  });

  it('keeps a comment thread per clause: Ben sees Ana’s comment and replies', async () => {
    shots('keeps-a-comment-thread-p');
    await ana.getByRole('textbox', { name: 'New comment on this block' }).fill('Is “beautiful” too vague?');
    await ana.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect.poll(() => block(ben, merged).getByTestId('comment-count').getAttribute('data-text'), { timeout: 10_000 }).toContain('1');
    await clickEndOf(ben, merged);
    const thread = ben.getByTestId('comment-thread').first();
    expect(await thread.getByTestId('comment-text').first().innerText()).toBe('Is “beautiful” too vague?');
    await thread.getByRole('textbox', { name: 'Reply' }).fill('It stays.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => block(ana, merged).getByTestId('comment-count').count(), { timeout: 10_000 }).toBe(0);
  });

  it('saves a named version and compares it with the draft after Ben’s edit', async () => {
    shots('saves-a-named-version-an');
    await ana.getByRole('tab', { name: 'Versions' }).click();
    await ana.getByRole('textbox', { name: 'Version name' }).fill('Draft for the December meeting');
    await ana.getByRole('button', { name: 'Save version' }).click();
    await expect.poll(() => ben.getByRole('tab', { name: 'Versions' }).count()).toBe(1);
    await clickEndOf(ben, 'We work in the open.');
    await ben.keyboard.type(' And in public.');
    await expect.poll(() => ana.getByTestId('version-change').count(), { timeout: 10_000 }).toBe(1);
    const change = ana.getByTestId('version-change').first();
    expect(await change.getAttribute('data-kind')).toBe('changed');
    expect(await change.getByTestId('diff-added').innerText()).toContain('And in public.');
    expect(await ana.getByTestId('version').first().innerText()).toContain('Draft for the December meeting');
    expect(await seriousViolations(ana)).toEqual([]);
    await ben.getByRole('tab', { name: 'Versions' }).click();
    await expect.poll(() => ben.getByTestId('version').count(), { timeout: 10_000 }).toBe(1);
  });

  it('shows coverage per organization with a bar and the unused principles', async () => {
    shots('shows-coverage-per-organ');
    await ana.getByRole('tab', { name: 'Coverage' }).click();
    const deb = ana.locator('[data-testid="coverage-row"][data-org="DEB"]');
    await deb.waitFor();
    expect(Number(await deb.getAttribute('data-percent'))).toBeGreaterThan(0);
    expect(Number(await ana.locator('[data-testid="coverage-row"][data-org="PSF"]').getAttribute('data-percent'))).toBeGreaterThan(0);
    expect(await ana.getByRole('img', { name: /% of \d+ principles used/ }).count()).toBe(2);
    expect(await seriousViolations(ana)).toEqual([]);
  });
});
