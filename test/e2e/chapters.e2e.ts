/**
 * Where members overlap, end to end: two organizations (the proposal's example — the Socialist Workers
 * Party and Democracy for America) download the CSV template and import their chapters from CSV files; a bad file is refused with its
 * lines; the overlap table lists New York and Dallas; the map shades New York and Texas for two members
 * and Vermont for one (checked in the SVG and at the pixel, with elementFromPoint), and Spain for two
 * though one of them wrote "España"; clicking Texas and pressing Enter on New York list their chapters; editing a chapter moves it on the map; combining the
 * New York chapters is proposed to the parliament; the view is axe clean.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addOrg, openApp } from './app.ts';
import { seriousViolations } from './axe.ts';
import { launchBrowser, screenshotOnFailure } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'concord-chapters-'));

const FILES = {
  'swp.csv': 'Local name,City,State,Country,Headquarters\nSWP New York,New York,NY,USA,yes\nSWP Dallas,Dallas,TX,USA,\nSWP Oakland,Oakland,CA,USA,\nSWP Madrid,Madrid,,España,\n',
  'dfa.csv':
    'Local name,City,State,Country,Headquarters\nDFA Burlington,Burlington,VT,USA,yes\nDFA New York City,New York,New York,United States,\nDFA Dallas,Dallas,Texas,US,\nDFA Toronto,Toronto,Ontario,Canada,\nDFA Barcelona,Barcelona,Catalonia,Spain,\n',
  'bad.csv': 'Local name,City,State,Country\nDFA Austin,Austin,TX,USA\nDFA Houston,,TX,USA\n',
};

async function importFor(short: string, file: keyof typeof FILES): Promise<void> {
  await page.getByRole('combobox', { name: 'Import for' }).selectOption({ label: short });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a CSV file…' }).click();
  await (await chooser).setFiles(join(dir, file));
}

function region(map: 'us' | 'world', name: string): ReturnType<Page['locator']> {
  return page.locator(`[data-testid="map-${map}"] path[data-region="${name}"]`);
}

beforeAll(async () => {
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  browser = await launchBrowser();
  page = await (await browser.newContext({ bypassCSP: true, acceptDownloads: true, viewport: { width: 1400, height: 1000 } })).newPage();
  await openApp(page, baseUrl);
  await addOrg(page, 'Socialist Workers Party', 'SWP');
  await addOrg(page, 'Democracy for America', 'DFA');
  await page.getByRole('tab', { name: 'Chapters' }).click();
  await page.getByTestId('chapters-view').waitFor();
}, 60_000);
afterAll(async () => {
  await browser.close();
});

describe('chapters and where members overlap', () => {
  it('downloads a CSV template that names the coalition', async () => {
    await page.getByRole('combobox', { name: 'Import for' }).selectOption({ label: 'SWP' });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the CSV template' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('chapters-template.csv');
    const path = await saved.path();
    expect(readFileSync(path, 'utf8')).toMatch(
      /^Organization,Local name,Coalition name,City,State or region,Country,Contact,Headquarters,Latitude,Longitude\r\nSWP,Downtown branch,New coalition — New York,New York,NY,United States,/,
    );
  });

  it('refuses a bad CSV file with its lines and imports nothing', async () => {
    screenshotOnFailure(page, 'chapters-bad-csv');
    await importFor('DFA', 'bad.csv');
    await expect.poll(() => page.getByTestId('csv-problems').innerText(), { timeout: 15_000 }).toContain('Line 3: the city is missing.');
    expect(await page.getByTestId('chapters-DFA').locator('tbody tr').count()).toBe(0);
  });

  it('imports both organizations’ chapters and lists New York and Dallas where they overlap', async () => {
    screenshotOnFailure(page, 'chapters-overlap');
    await importFor('SWP', 'swp.csv');
    await importFor('DFA', 'dfa.csv');
    await expect.poll(() => page.getByTestId('chapters-DFA').locator('tbody tr').count(), { timeout: 15_000 }).toBe(5);
    expect(await page.getByTestId('csv-problems').count()).toBe(0);
    const cities = page.getByTestId('overlap-cities').locator('tbody tr');
    expect(await cities.locator('th').allInnerTexts()).toEqual(['Dallas', 'New York']);
    expect(await cities.first().innerText()).toContain('DFA, SWP');
    expect(await page.getByTestId('overlap-regions').locator('tbody th').allInnerTexts()).toEqual(['New York', 'Texas']);
  });

  it('shades the regions on the map by the members present, and draws it where it says', async () => {
    screenshotOnFailure(page, 'chapters-map');
    await region('us', 'Texas').waitFor({ timeout: 15_000 });
    const shading = async (map: 'us' | 'world', name: string): Promise<[string | null, string | null]> => [
      await region(map, name).getAttribute('data-members'),
      await region(map, name).getAttribute('fill'),
    ];
    expect(await shading('us', 'New York')).toEqual(['2', '#6baed6']);
    expect(await shading('us', 'Texas')).toEqual(['2', '#6baed6']);
    expect(await shading('us', 'Vermont')).toEqual(['1', '#c6dbef']);
    expect(await shading('us', 'California')).toEqual(['1', '#c6dbef']);
    expect(await shading('us', 'Ohio')).toEqual(['0', '#eef1f4']);
    expect(await shading('world', 'United States of America')).toEqual(['2', '#6baed6']);
    expect(await shading('world', 'Canada')).toEqual(['1', '#c6dbef']);
    expect(await shading('world', 'France')).toEqual(['0', '#eef1f4']);
    // SWP wrote "España", DFA "Spain": one country, two members.
    expect(await shading('world', 'Spain')).toEqual(['2', '#6baed6']);
    // The chapters whose cities the gazetteer knows are points: all nine here, Madrid, España among them.
    expect(await page.locator('[data-testid="map-world"] circle.chap-point').count()).toBe(9);
    expect(await page.locator('[data-testid="map-world"] circle.chap-point[data-chapter="SWP Madrid"]').count()).toBe(1);
    // What a person sees at Texas's centre is Texas, drawn in the two-member shade.
    await region('us', 'Texas').scrollIntoViewIfNeeded();
    const box = await region('us', 'Texas').boundingBox();
    if (!box) throw new Error('Texas is not drawn');
    const seen = await page.evaluate(
      ([x, y]) => {
        const element = document.elementFromPoint(x ?? 0, y ?? 0);
        return [element?.getAttribute('data-region') ?? '', element ? getComputedStyle(element).fill : ''];
      },
      [box.x + box.width * 0.55, box.y + box.height * 0.45],
    );
    expect(seen).toEqual(['Texas', 'rgb(107, 174, 214)']);
    await page.getByTestId('map-us').screenshot({ path: join('test-results', 'chapters-map-us.png') });
    await page.getByTestId('chapters-view').screenshot({ path: join('test-results', 'chapters-view.png') });
  });

  it('lists a region’s chapters on a click and on Enter', async () => {
    await region('us', 'Texas').click();
    await expect.poll(() => page.getByTestId('region-chapters').innerText(), { timeout: 15_000 }).toContain('Texas: 2 members');
    expect(await page.getByTestId('region-chapters').innerText()).toMatch(/SWP Dallas \(SWP\)[\s\S]*|DFA Dallas \(DFA\)/);
    await region('us', 'New York').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('region-chapters').innerText(), { timeout: 15_000 }).toContain('New York: 2 members');
    const listed = await page.getByTestId('region-chapters').innerText();
    expect(listed).toContain('SWP New York (SWP)');
    expect(listed).toContain('DFA New York City (DFA)');
  });

  it('edits a chapter in place, and the map follows', async () => {
    await page.getByRole('button', { name: 'Edit the chapter SWP Oakland' }).click();
    const form = page.getByRole('form', { name: 'Edit the chapter SWP Oakland' });
    await form.getByRole('textbox', { name: 'City' }).fill('Portland');
    await form.getByRole('textbox', { name: 'State or region' }).fill('OR');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => region('us', 'Oregon').getAttribute('data-members'), { timeout: 15_000 }).toBe('1');
    expect(await region('us', 'California').getAttribute('data-members')).toBe('0');
    // The coalition-chapter name was the one suggested for Oakland: it follows the city.
    expect(await page.getByTestId('chapters-SWP').innerText()).toMatch(/SWP Oakland\s+New coalition — Portland\s+Portland\s+OR/);
  });

  it('puts combining the New York chapters to the parliament', async () => {
    screenshotOnFailure(page, 'chapters-combine');
    // SWP's delegate puts this computer's key on the roster, which founds the coalition.
    await page.getByRole('combobox', { name: 'Acting for' }).selectOption({ label: 'Socialist Workers Party' });
    await page.getByRole('tab', { name: 'Ratification' }).click();
    await page.getByRole('button', { name: 'Put this computer’s key on the roster for SWP' }).click();
    await page.getByTestId('chair').waitFor();
    await page.getByRole('tab', { name: 'Chapters' }).click();
    await page.getByRole('button', { name: 'Propose combining the chapters in New York' }).click();
    await expect.poll(() => page.getByTestId('overlap-cities').locator('tbody tr').filter({ hasText: 'New York' }).innerText(), { timeout: 15_000 }).toContain('Under vote');
    await page.getByRole('tab', { name: 'Ratification' }).click();
    const motion = page.getByTestId('motion').filter({ hasText: 'Combine the chapters in New York' });
    await expect
      .poll(() => motion.innerText(), { timeout: 15_000 })
      .toMatch(/Combine the chapters in New York \((SWP: SWP New York; DFA: DFA New York City|DFA: DFA New York City; SWP: SWP New York)\) as New coalition — New York/);
    await page.getByRole('tab', { name: 'Chapters' }).click();
    await page.getByTestId('chapters-view').waitFor();
  });

  it('has no serious accessibility violation', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });
});
