/** Page helpers for the end-to-end tests: how a delegate reaches the parts of the Concord window. */
import type { Locator, Page } from 'playwright-core';

export function blocks(page: Page): Locator {
  return page.locator('[data-testid="constitution"] [data-block-id]');
}

/** The block whose text (not its number) contains `text`, or matches it when a RegExp. */
export function block(page: Page, text: string | RegExp): Locator {
  return blocks(page).filter({ has: page.locator('.blk-text', { hasText: text }) });
}

/** Every block as "label|type|text", in document order. */
export async function documentLines(page: Page): Promise<string[]> {
  return blocks(page).evaluateAll((nodes) =>
    nodes.map((node) => {
      const label = node.querySelector('.blk-gutter')?.getAttribute('data-label') ?? '';
      const text = node.querySelector('.blk-text')?.textContent?.replace(/\uFEFF/g, '') ?? '';
      return `${label}|${node.getAttribute('data-block-type') ?? ''}|${text}`;
    }),
  );
}

export async function outlineTexts(page: Page): Promise<string[]> {
  return page.locator('nav.outline li').allInnerTexts();
}

/** Put the cursor at the end of the block holding `text`. */
export async function clickEndOf(page: Page, text: string | RegExp): Promise<void> {
  await block(page, text).locator('.blk-text').click();
  await page.keyboard.press('End');
}

export async function openApp(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.locator('[data-testid="constitution"] [data-block-id]').first().waitFor();
}

/** Wait until the caret stands in a block of `type` (after a toolbar click moved it there). */
export async function waitForCaretIn(page: Page, type: string, empty = true): Promise<void> {
  await page.waitForFunction(
    ([wanted, mustBeEmpty]) => {
      const node = document.getSelection()?.anchorNode;
      const element = node instanceof Element ? node : node?.parentElement;
      const blockElement = element?.closest('[data-block-id]');
      if (!blockElement || blockElement.getAttribute('data-block-type') !== wanted) return false;
      const text = blockElement.querySelector('.blk-text')?.textContent?.replace(/\uFEFF/g, '') ?? '';
      return !mustBeEmpty || text === '';
    },
    [type, empty] as const,
  );
}

/** Click a toolbar button that inserts a block, and wait for the caret to land in it. */
export async function insertBlockVia(page: Page, button: string, type: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await waitForCaretIn(page, type);
}

/** Press Enter at the end of a block and wait for the caret in the new empty block. */
export async function newLine(page: Page, type: string): Promise<void> {
  await page.keyboard.press('Enter');
  await waitForCaretIn(page, type);
}

/** A file of the corpus (test/fixtures/corpus). */
export { corpusPath as corpus } from '../fixtures/corpus-path.ts';

/** Add a member organization through the organizations panel. */
/** Choose whom this delegate acts for (asked before the first edit otherwise, once an organization exists). */
export async function actFor(page: Page, name: string): Promise<void> {
  await page.locator('.acting-as').getByRole('combobox').selectOption({ label: name });
}

export async function addOrg(page: Page, name: string, short: string): Promise<void> {
  const nameBox = page.getByRole('textbox', { name: 'Name', exact: true });
  // A notice appearing above the workspace can move the button between the click's aim and the click on a
  // loaded machine: aim again until the form is open (the button is gone once it is).
  for (let tries = 0; tries < 5 && !(await nameBox.isVisible()); tries++) {
    await page.getByRole('button', { name: '+ Add organization' }).click();
    await nameBox.waitFor({ timeout: 5_000 }).catch(() => undefined);
  }
  await nameBox.fill(name);
  await page.getByRole('textbox', { name: 'Short name' }).fill(short);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.locator(`[data-org-short="${short}"]`).waitFor();
}

/**
 * The print views (the constitution's and the minutes') call the browser's print(), which never returns in
 * headless Chromium: the test stands in for the delegate's print dialog — print() does nothing, and the
 * test prints the view with page.pdf, as "Save as PDF" would. For this page now and after any navigation.
 */
export async function standInForPrintDialog(page: Page): Promise<void> {
  const patch = (): void => {
    const open = window.open.bind(window);
    window.open = (...args: Parameters<typeof window.open>) => {
      const opened = open(...args);
      if (opened) opened.print = () => undefined;
      return opened;
    };
  };
  await page.addInitScript(patch);
  await page.evaluate(patch);
}
