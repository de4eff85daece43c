/**
 * Parallel texts in the margin, through the real sync server: Ana shows the translation of the clause her
 * cursor is in, adds a Spanish one and sees it with who set it; she changes the clause and the translation
 * is flagged "Out of date"; she updates it and marks it official, and the flag is gone. Ben, connected to
 * the same workspace, sees her translation and its status. axe finds nothing serious in the panel.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { insertBlock } from '../../src/constitution/structure.ts';
import { startTestServer, type TestServer } from '../../server/testing.ts';
import { clickEndOf } from './app.ts';
import { seriousViolations } from './axe.ts';
import { browserForFile } from './browser.ts';
import { DEB_AND_PSF, joinMeeting, seedMeeting, type Meeting } from './meeting.ts';

const CLAUSE = 'Every worker has the right to a fair wage.';
const FIRST = 'Todo trabajador tiene derecho a un salario justo.';
const SECOND = 'Todo trabajador tiene derecho a un salario justo y digno.';
const WAIT = { timeout: 15_000 };
const browser = browserForFile();
let server: TestServer;
let meeting: Meeting;

beforeAll(async () => {
  server = await startTestServer();
  meeting = { server, workspace: 'w_e2etranslations01', baseUrl: inject('baseUrl'), readyText: CLAUSE };
  await seedMeeting(meeting, 'Coalition of Two', DEB_AND_PSF, (editor) => void insertBlock(editor, 'clause', insertBlock(editor, 'article', undefined, 'Work'), CLAUSE));
});
afterAll(() => server.close());

it('adds a translation beside its clause, flags it out of date when the clause changes, and clears the flag once updated', async () => {
  const { page: ana } = await joinMeeting(browser(), meeting, { name: 'Ana', org: 'DEB', screenshot: 'translations-ana' });
  const panel = ana.getByRole('region', { name: 'Translation' });
  const outOfDate = panel.getByTestId('translation-out-of-date');
  const textbox = panel.getByRole('textbox', { name: 'Translation into Spanish' });
  await clickEndOf(ana, CLAUSE);
  // Nothing is shown until asked for.
  await expect(textbox.count()).resolves.toBe(0);
  await panel.getByRole('button', { name: 'Show translation' }).click();
  await expect.poll(() => panel.innerText(), WAIT).toContain('No translation into Spanish yet.');
  await textbox.fill(FIRST);
  await panel.getByRole('button', { name: 'Save translation' }).click();
  await expect.poll(() => panel.getByTestId('translation-set-by').innerText(), WAIT).toMatch(/^Set by DEB · Ana, /);
  expect(await textbox.inputValue()).toBe(FIRST);
  expect(await panel.getByRole('radio', { name: 'Working' }).isChecked()).toBe(true);
  expect(await outOfDate.count()).toBe(0);

  // The clause changes: its translation no longer matches it.
  await clickEndOf(ana, CLAUSE);
  await ana.keyboard.type(' and dignity');
  await expect.poll(() => outOfDate.count(), WAIT).toBe(1);
  expect(await outOfDate.innerText()).toContain('Out of date');

  // Updated and marked official, it is current again.
  await textbox.fill(SECOND);
  await panel.getByRole('button', { name: 'Save translation' }).click();
  await panel.getByRole('radio', { name: 'Official' }).check();
  await expect.poll(() => outOfDate.count(), WAIT).toBe(0);
  expect(await seriousViolations(ana)).toEqual([]);

  // Ben sees the same translation, official and current.
  const { page: ben } = await joinMeeting(browser(), meeting, { name: 'Ben', org: 'PSF', screenshot: 'translations-ben' });
  await clickEndOf(ben, 'and dignity');
  const hisPanel = ben.getByRole('region', { name: 'Translation' });
  await hisPanel.getByRole('button', { name: 'Show translation' }).click();
  await expect.poll(() => hisPanel.getByRole('textbox', { name: 'Translation into Spanish' }).inputValue(), WAIT).toBe(SECOND);
  expect(await hisPanel.getByRole('radio', { name: 'Official' }).isChecked()).toBe(true);
  expect(await hisPanel.getByTestId('translation-out-of-date').count()).toBe(0);
}, 120_000);
