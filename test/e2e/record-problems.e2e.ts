/**
 * A Spanish-speaking delegate opens a workspace whose signed record holds a forged vote, an invalid motion
 * and a refused key binding (test/unit/troubled-record.ts): the Ratification view lists each problem in
 * Spanish — what kind of statement it is ("Un voto", "Una moción"), who signed it, and why it does not
 * count — with no English word of Concord's left on the screen, which is saved in test-results/.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBlocks } from '../../src/constitution/root.ts';
import { encodeWorkspaceFile } from '../../src/file/format.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { listOrganizations, readMeta } from '../../src/workspace/workspace.ts';
import { ENGLISH, FORGED_ES, INVALID_ES, REFUSED_ES, troubledRecord } from '../unit/troubled-record.ts';
import { openApp } from './app.ts';
import { launchBrowser, screenshotOnFailure } from './browser.ts';
import { englishLeftOn } from './english-left.ts';

const baseUrl = inject('baseUrl');
const t = i18n.getFixedT('es', ['app', 'ratify']);
let browser: Browser;
let page: Page;
let file: string;
/** The workspace's own text: its coalition's and organizations' names and its constitution. */
let data: string;

beforeAll(async () => {
  const record = await troubledRecord();
  data = [readMeta(record.doc).name, ...listOrganizations(record.doc).map((o) => o.name), ...readBlocks(record.doc).map((b) => b.text)].join('\n');
  file = join(mkdtempSync(join(tmpdir(), 'concord-record-')), 'coalicion.concord');
  writeFileSync(file, encodeWorkspaceFile(record.doc));
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'es-ES', viewport: { width: 1400, height: 1000 } })).newPage();
  await openApp(page, baseUrl);
});
afterAll(async () => {
  await browser.close();
});

describe('the record’s problems, to a Spanish-speaking delegate', () => {
  it('lists the forged vote, the invalid motion and the refused key in Spanish', async () => {
    screenshotOnFailure(page, 'record-problems');
    const chooser = page.waitForEvent('filechooser');
    await page.getByText(t('app:fileMenu.file'), { exact: true }).click();
    await page.getByRole('menuitem', { name: t('app:fileMenu.open') }).click();
    await (await chooser).setFiles(file);
    await page.locator('[data-org-short="O3"]').waitFor();
    await page.getByRole('tab', { name: t('app:workspace.ratify') }).click();
    const problems = page.getByTestId('record-problem');
    await expect.poll(() => problems.count(), { timeout: 15_000 }).toBe(3);
    const texts = await problems.allInnerTexts();
    const saying = (sentence: string): string => texts.find((text) => text.endsWith(sentence)) ?? '';
    expect(saying(FORGED_ES)).toMatch(new RegExp(`^${t('ratify:problems.kinds.vote')}\\b`));
    expect(saying(INVALID_ES)).toMatch(new RegExp(`^${t('ratify:problems.kinds.open')}\\b`));
    expect(saying(REFUSED_ES)).toMatch(new RegExp(`^${t('ratify:problems.kinds.bind')}\\b`));
    for (const sentence of ENGLISH) expect(texts.join('\n')).not.toContain(sentence);
    await problems.first().scrollIntoViewIfNeeded();
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: join('test-results', 'record-problems-es.png') });
    // The workspace's own words (its organizations are "Organization 1"…, its constitution is in English) are not Concord's.
    const own = (fragment: string): boolean => data.includes(fragment);
    expect((await englishLeftOn(page)).filter((fragment) => !own(fragment))).toEqual([]);
  });
});
