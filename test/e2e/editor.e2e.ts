/**
 * A delegate drafts in the web build: names the coalition, adds organizations, types a preamble, adds two
 * articles with clauses, reorders them, undoes, and reloads — everything is still there, ids unchanged. In a
 * 300-clause draft, a keystroke does not make React walk the whole editor (patches/react-dom+19.3.1.patch).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeWorkspaceFile } from '../../src/file/format.ts';
import { coalition } from '../unit/ratify-helpers.ts';
import type { Browser, Page } from 'playwright-core';
import { actFor, addOrg, block, clickEndOf, documentLines, insertBlockVia, newLine, openApp, outlineTexts, waitForCaretIn } from './app.ts';
import { launchBrowser, screenshotOnFailure } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function freshPage(name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  screenshotOnFailure(page, name);
  await openApp(page, baseUrl);
  return page;
}

async function typeDraft(page: Page): Promise<void> {
  await page.locator('[data-block-type="preamble"] .blk-text').first().click();
  await page.keyboard.type('We, the member organizations, unite.');
  await insertBlockVia(page, '+ Article', 'article');
  await page.keyboard.type('Membership');
  await newLine(page, 'clause');
  await page.keyboard.type('Any organization that shares these principles may join.');
  await insertBlockVia(page, '+ Article', 'article');
  await page.keyboard.type('Decisions');
  await newLine(page, 'clause');
  await page.keyboard.type('Decisions are made by a vote of the parliament.');
  await insertBlockVia(page, '+ Clause', 'clause');
  await page.keyboard.type('Each organization has one vote.');
}

describe('drafting the constitution', () => {
  it('numbers, reorders, undoes and keeps everything across a reload', async () => {
    const page = await freshPage('drafting');
    const name = page.getByRole('textbox', { name: 'Coalition name' });
    await name.fill('Union of Workers’ Parties');
    await name.press('Enter');

    await addOrg(page, 'Partido Socialismo y Liberación', 'PSL');
    expect(await page.locator('[data-org-short="PSL"]').innerText()).toContain('Partido Socialismo y Liberación');
    await actFor(page, 'Partido Socialismo y Liberación');

    await typeDraft(page);
    expect(await documentLines(page)).toEqual([
      '|preamble|We, the member organizations, unite.',
      'Article I|article|Membership',
      '(1)|clause|Any organization that shares these principles may join.',
      'Article II|article|Decisions',
      '(1)|clause|Decisions are made by a vote of the parliament.',
      '(2)|clause|Each organization has one vote.',
    ]);
    const idOf = (text: string | RegExp) => block(page, text).getAttribute('data-block-id');
    const ids = { membership: await idOf('Membership'), decisions: await idOf(/^Decisions$/), vote: await idOf('one vote') };
    expect(new Set(Object.values(ids)).size).toBe(3);

    // Move Article II's heading up one place: the last clause of Article I is now under it.
    await clickEndOf(page, /^Decisions$/);
    await page.getByRole('button', { name: '↑ Move up' }).click();
    expect(await documentLines(page)).toEqual([
      '|preamble|We, the member organizations, unite.',
      'Article I|article|Membership',
      'Article II|article|Decisions',
      '(1)|clause|Any organization that shares these principles may join.',
      '(2)|clause|Decisions are made by a vote of the parliament.',
      '(3)|clause|Each organization has one vote.',
    ]);
    expect(await outlineTexts(page)).toEqual(['Article I Membership', 'Article II Decisions']);
    expect(await idOf(/^Decisions$/)).toBe(ids.decisions);

    // Move a clause down within its article with the keyboard.
    await clickEndOf(page, 'made by a vote');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect((await documentLines(page)).slice(4, 6)).toEqual(['(2)|clause|Each organization has one vote.', '(3)|clause|Decisions are made by a vote of the parliament.']);

    // Undo both moves: back to the order as typed.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect((await documentLines(page)).map((line) => line.split('|')[2])).toEqual([
      'We, the member organizations, unite.',
      'Membership',
      'Any organization that shares these principles may join.',
      'Decisions',
      'Decisions are made by a vote of the parliament.',
      'Each organization has one vote.',
    ]);
    await page.keyboard.press('Control+Shift+z');
    expect((await documentLines(page)).slice(2, 4)).toEqual(['Article II|article|Decisions', '(1)|clause|Any organization that shares these principles may join.']);

    const before = await documentLines(page);
    await page.waitForTimeout(300);
    await page.reload();
    await expect.poll(() => documentLines(page), { timeout: 15_000 }).toEqual(before);
    expect(await idOf('Membership')).toBe(ids.membership);
    expect(await idOf('one vote')).toBe(ids.vote);
    await expect.poll(() => page.getByRole('textbox', { name: 'Coalition name' }).inputValue()).toBe('Union of Workers’ Parties');
    expect(await page.locator('[data-org-short="PSL"]').innerText()).toContain('Partido Socialismo y Liberación');
    await page.context().close();
  });

  it('jumps to an article from the outline', async () => {
    const page = await freshPage('outline');
    await typeDraft(page);
    await page
      .locator('nav.outline')
      .getByRole('button', { name: /Decisions/ })
      .click();
    await waitForCaretIn(page, 'article', false);
    await page.keyboard.type('Binding ');
    expect(await block(page, 'Binding Decisions').getAttribute('data-block-type')).toBe('article');
    await page.context().close();
  });

  it('moves an article by dragging its handle', async () => {
    const page = await freshPage('drag');
    await typeDraft(page);
    const decisions = block(page, /^Decisions$/);
    await decisions.hover();
    await decisions.locator('.blk-gutter').dragTo(block(page, 'Membership'), { targetPosition: { x: 40, y: 2 } });
    expect(
      (await documentLines(page)).map((line) =>
        line
          .split('|')
          .slice(0, 1)
          .concat(line.split('|')[2] ?? '')
          .join(' '),
      ),
    ).toEqual([
      ' We, the member organizations, unite.',
      'Article I Decisions',
      '(1) Decisions are made by a vote of the parliament.',
      '(2) Each organization has one vote.',
      'Article II Membership',
      '(1) Any organization that shares these principles may join.',
    ]);
    await page.context().close();
  });

  it('types into a 300-clause draft without React walking the whole editor before each commit', async () => {
    const c = await coalition(1, ['article:Everything', ...Array.from({ length: 300 }, (_, i) => `clause:Clause ${i}: the members meet and decide together.`)]);
    const file = join(mkdtempSync(join(tmpdir(), 'concord-walk-')), 'long.concord');
    writeFileSync(file, encodeWorkspaceFile(c.doc));
    const page = await freshPage('walk');
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('File', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Open…' }).click();
    await (await chooser).setFiles(file);
    await expect.poll(() => page.locator('[data-testid="constitution"] [data-block-id]').count(), { timeout: 20_000 }).toBe(301);
    await actFor(page, 'Organization 1');
    await clickEndOf(page, 'Clause 150: the members meet and decide together.');
    // Count the reads of firstChild while one key is typed: React's selection save read it once per node of the editor.
    const nodes = await page.evaluate(() => {
      const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, 'firstChild');
      const read = descriptor?.get;
      if (!descriptor || !read) throw new Error('Node.prototype.firstChild has no getter');
      const counter = { reads: 0 };
      Reflect.set(window, 'firstChildReads', counter);
      Object.defineProperty(Node.prototype, 'firstChild', {
        ...descriptor,
        get(this: Node) {
          counter.reads += 1;
          return read.call(this);
        },
      });
      const editor = document.querySelector('[data-testid="constitution"]');
      return editor ? editor.querySelectorAll('*').length : 0;
    });
    await page.keyboard.type('!');
    await expect.poll(() => block(page, 'Clause 150: the members meet and decide together.!').count(), { timeout: 15_000 }).toBe(1);
    const reads = await page.evaluate(() => {
      const counter: unknown = Reflect.get(window, 'firstChildReads');
      return typeof counter === 'object' && counter !== null && 'reads' in counter && typeof counter.reads === 'number' ? counter.reads : -1;
    });
    expect(nodes).toBeGreaterThan(2000);
    expect(reads).toBeGreaterThanOrEqual(0);
    expect(reads).toBeLessThan(nodes / 10);
    await page.context().close();
  });
});
