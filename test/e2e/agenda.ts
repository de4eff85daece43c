/** The Ratification view's agenda in the end-to-end tests: a motion's card, voting on it, a deadline. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The card of the motion whose heading is `heading` (exactly, when a string). */
export function motionCard(page: Page, heading: string | RegExp): Locator {
  return page
    .getByTestId('motion')
    .filter({ has: page.getByRole('heading', { name: heading, exact: typeof heading === 'string' }) })
    .first();
}

/**
 * Vote on a motion, and wait until the app shows the vote as this delegate's — or the motion closed, as
 * it does as soon as every member has voted when the coalition has no chair.
 */
export async function vote(page: Page, heading: string | RegExp, choice: 'Yes' | 'No' | 'Abstain'): Promise<void> {
  const card = motionCard(page, heading);
  const button = card.getByRole('button', { name: choice, exact: true });
  await button.click();
  const shown = async (): Promise<boolean> => (await card.getByTestId('motion-status').innerText()) !== 'Open' || (await button.getAttribute('aria-pressed')) === 'true';
  await expect.poll(shown, { timeout: 15_000 }).toBe(true);
}

/** Wait until the Ratification view shows every member organization's delegate key on the roster. */
export async function untilRosterFull(page: Page, timeout: number): Promise<void> {
  await expect.poll(() => page.getByTestId('roster-row').filter({ hasText: 'not joined yet' }).count(), { timeout }).toBe(0);
}

/** The browser's local time `seconds` from now, as the datetime-local input takes it. */
export function inSeconds(page: Page, seconds: number): Promise<string> {
  return page.evaluate((s) => {
    const d = new Date(Date.now() + s * 1000);
    const p = (n: number): string => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, seconds);
}

/** Put a motion to the vote from the "Put to a vote" form: its kind, its target (an option holding `target`), its deadline. */
export async function openVote(page: Page, motion: string, target: string | RegExp | null, closesInSeconds: number, wording?: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Put to a vote' });
  await form.getByRole('combobox', { name: 'Motion', exact: true }).selectOption({ label: motion });
  if (target !== null) {
    const select = form.getByRole('combobox', { name: motion === 'Elect the chair' ? 'Candidate' : 'On', exact: true });
    const options = await select.locator('option').allInnerTexts();
    const label = options.find((o) => (typeof target === 'string' ? o.includes(target) : target.test(o)));
    if (!label) throw new Error(`no target ${String(target)} among ${options.join(' | ')}`);
    await select.selectOption({ label });
  }
  if (wording !== undefined) await form.getByRole('textbox', { name: 'New wording' }).fill(wording);
  await form.getByLabel('Voting closes').fill(await inSeconds(page, closesInSeconds));
  await form.getByRole('button', { name: 'Open the vote' }).click();
}
