/**
 * A Spanish-speaking delegate, from the first screen to the signed PDF, in a browser whose locale is es-ES:
 * the app opens in Spanish; they name the coalition, add their organization, import its principles (in
 * Spanish), adopt one into the constitution, write an article, ratify the whole text with their key, and
 * print it; then they switch the app to English and back. On every screen no English word of Concord's is left (test/e2e/english-left.ts) and axe finds
 * nothing serious; each screen is saved in test-results/ to look at. The printed PDF, read back with
 * pdftotext, says "Artículo I", "Ratificada el …" and the record's sentences in Spanish.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { i18n } from '../../src/i18n/i18n.ts';
import { insertBlockVia, newLine, openApp, standInForPrintDialog } from './app.ts';
import { seriousViolations } from './axe.ts';
import { launchBrowser, screenshotOnFailure } from './browser.ts';
import { englishLeftOn } from './english-left.ts';

const baseUrl = inject('baseUrl');
const t = i18n.getFixedT('es', ['app', 'sources', 'editor', 'ratify']);
const PRINCIPLES = fileURLToPath(new URL('../fixtures/i18n/principios.md', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'concord-es-'));
let browser: Browser;
let page: Page;

/** What a Spanish speaker would object to on this screen: English words of Concord's, serious axe findings; and a picture of it. */
async function checkScreen(name: string): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: join('test-results', `spanish-${name}.png`) });
  expect(await englishLeftOn(page), `English on the ${name} screen`).toEqual([]);
  expect(await seriousViolations(page), `axe on the ${name} screen`).toEqual([]);
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'es-ES', bypassCSP: true, acceptDownloads: true, viewport: { width: 1400, height: 1000 } })).newPage();
  await standInForPrintDialog(page);
  await openApp(page, baseUrl);
});
afterAll(async () => {
  await browser.close();
});

describe('a Spanish-speaking delegate, first screen to signed PDF', () => {
  it('opens in Spanish, from the browser’s locale', async () => {
    screenshotOnFailure(page, 'spanish-first');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect.poll(() => page.getByRole('tab', { name: t('app:workspace.constitution') }).count()).toBe(1);
    await checkScreen('first');
  });

  it('names the coalition and adds their organization', async () => {
    screenshotOnFailure(page, 'spanish-orgs');
    const name = page.getByRole('textbox', { name: t('app:shell.coalitionName') });
    await name.fill('Coalición del Sur');
    await name.press('Enter');
    await page.getByRole('button', { name: t('app:orgs.addButton') }).click();
    await page.getByRole('textbox', { name: t('app:orgs.name'), exact: true }).fill('Unión de Trabajadores del Sur');
    await page.getByRole('textbox', { name: t('app:orgs.short') }).fill('UTS');
    await page.getByRole('button', { name: t('app:orgs.add'), exact: true }).click();
    await page.locator('[data-org-short="UTS"]').waitFor();
    await page.locator('.acting-as').getByRole('combobox').selectOption({ label: 'Unión de Trabajadores del Sur' });
    await checkScreen('organizations');
  });

  it('imports the organization’s principles and adopts one into the constitution', async () => {
    screenshotOnFailure(page, 'spanish-import');
    await page.getByRole('tab', { name: t('app:workspace.sources') }).click();
    await page.locator('[data-org-drop="UTS"]').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: t('sources:view.importFor', { org: 'UTS' }) }).click();
    await (await chooser).setFiles(PRINCIPLES);
    const preview = page.getByRole('region', { name: t('sources:preview.label') });
    await preview.waitFor();
    await checkScreen('import-preview');
    await preview.getByRole('button', { name: t('sources:preview.confirm', { count: 3 }) }).click();
    const source = page.locator('details.source').first();
    const openSource = async (): Promise<void> => {
      await source.waitFor();
      if ((await source.getAttribute('open')) === null) await source.locator('summary').click();
      await source.locator('[data-principle-id]').first().waitFor();
    };
    await openSource();
    await checkScreen('sources');
    await page.getByRole('tab', { name: t('app:workspace.constitution') }).click();
    await page.locator('[data-block-type="preamble"] .blk-text').first().click();
    await page.keyboard.type('Nosotras, las organizaciones miembro, nos unimos.');
    await insertBlockVia(page, t('editor:toolbar.addArticle'), 'article');
    await page.keyboard.type('Afiliación');
    await newLine(page, 'clause');
    await page.getByRole('tab', { name: t('app:workspace.sources') }).click();
    await openSource();
    await source
      .locator('[data-principle-id]')
      .first()
      .getByRole('button', { name: /^Adoptar:/ })
      .click();
    await page.getByRole('tab', { name: t('app:workspace.constitution') }).click();
    await expect.poll(() => page.locator('[data-testid="constitution"]').innerText()).toContain('Toda persona trabajadora puede afiliarse');
    await checkScreen('constitution');
  });

  it('finds every other view in Spanish too: Compare, Coverage, Versions, Chapters', async () => {
    screenshotOnFailure(page, 'spanish-views');
    for (const [tab, name] of [
      ['app:workspace.compare', 'compare'],
      ['app:workspace.coverage', 'coverage'],
      ['app:workspace.versions', 'versions'],
      ['app:workspace.chapters', 'chapters'],
    ] as const) {
      const chosen = page.getByRole('tab', { name: t(tab) });
      await chosen.click();
      await expect.poll(() => chosen.getAttribute('aria-selected')).toBe('true');
      // Each view's code loads when it is first opened: look once it has.
      await expect.poll(() => page.getByText(t('app:workspace.loading')).count(), { timeout: 20_000 }).toBe(0);
      await page.waitForLoadState('networkidle');
      await checkScreen(name);
    }
  });

  it('ratifies the whole text with their key: the motion and its result in Spanish', async () => {
    screenshotOnFailure(page, 'spanish-ratify');
    await page.getByRole('tab', { name: t('app:workspace.ratify') }).click();
    await page.getByText(t('ratify:rules.heading')).click();
    await page.getByRole('combobox', { name: t('ratify:rules.passesWithLabel', { kind: t('ratify:rules.kinds.constitution') }) }).selectOption('unanimity');
    await page.getByRole('button', { name: t('ratify:rules.save') }).click();
    await page.getByRole('button', { name: t('ratify:roster.enrol', { short: 'UTS' }) }).click();
    const form = page.getByRole('form', { name: t('ratify:openMotion.heading') });
    await form.getByRole('combobox', { name: t('ratify:openMotion.motion'), exact: true }).selectOption({ label: t('ratify:openMotion.kinds.constitution') });
    const closes = await page.evaluate(() => {
      const d = new Date(Date.now() + 8000);
      const p = (n: number): string => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
    });
    await form.getByLabel(t('ratify:openMotion.closes')).fill(closes);
    await form.getByRole('button', { name: t('ratify:openMotion.open') }).click();
    await page
      .getByTestId('motion')
      .getByRole('button', { name: t('ratify:motionCard.choices.yes'), exact: true })
      .click();
    await expect.poll(() => page.getByTestId('motion-explanation').first().innerText(), { timeout: 20_000 }).toMatch(/^Aprobada: 1 de 1 organización miembro votó a favor/);
    // The rules, open beside the motions and longer in Spanish, stay in their column: no control of theirs shows past
    // its edge, over the motions (hit testing cannot tell: the motion's text wins it while the selects are painted on top).
    const intruders = await page.locator('.ratify-columns').evaluate((columns) => {
      const main = columns.querySelector('.ratify-main')?.getBoundingClientRect();
      if (!main) return ['no motions column'];
      const shownRight = (element: Element): number => {
        let right = element.getBoundingClientRect().right;
        for (let parent = element.parentElement; parent && parent !== columns; parent = parent.parentElement)
          if (getComputedStyle(parent).overflowX !== 'visible') right = Math.min(right, parent.getBoundingClientRect().right);
        return right;
      };
      return [...columns.querySelectorAll('.ratify-side input, .ratify-side select, .ratify-side button')]
        .filter((control) => shownRight(control) > main.left)
        .map((control) => control.outerHTML.slice(0, 60));
    });
    expect(intruders).toEqual([]);
    await checkScreen('ratification');
  });

  it('prints the ratified constitution in Spanish, read back from the PDF', async () => {
    screenshotOnFailure(page, 'spanish-export');
    await page.getByText(t('app:fileMenu.file'), { exact: true }).click();
    await page.getByRole('menuitem', { name: t('app:fileMenu.export') }).click();
    await page.getByRole('dialog', { name: t('editor:export.title') }).waitFor();
    await checkScreen('export-dialog');
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: t('editor:export.export'), exact: true }).click();
    const printView = await popup;
    await printView.waitForLoadState();
    expect(await printView.evaluate(() => document.documentElement.lang)).toBe('es');
    const file = join(dir, 'ratificada.pdf');
    writeFileSync(file, await printView.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toMatch(/Ratificada el \d{1,2} de \p{L}+ de \d{4}/u);
    for (const piece of [
      'Índice',
      'Artículo I Afiliación',
      'Toda persona trabajadora puede afiliarse',
      'Firmas',
      'Registro de ratificación',
      'La moción para ratificar el texto completo fue aprobada el',
      'la unanimidad de los miembros',
      'Unión de Trabajadores del Sur A favor',
      'página 5 de 5',
    ])
      expect(text).toContain(piece);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join('test-results', 'spanish-pdf')]);
    await printView.close();
  });

  it('switches to English from the language menu at once, and remembers it on this computer', async () => {
    screenshotOnFailure(page, 'spanish-switch');
    await page.getByRole('tab', { name: t('app:workspace.constitution') }).click();
    const articleLabel = () => page.locator('[data-block-type="article"] .blk-gutter').first().getAttribute('data-label');
    await expect.poll(articleLabel).toBe('Artículo I');
    await page.locator('.workspace').evaluate((element) => Reflect.set(element, 'seen', true));
    await page.locator('.language-menu select').selectOption('en');
    // The workspace stays open as it was (the same view, its undo history with it), and the numbering in the editor follows at once, without waiting for an edit.
    await expect.poll(articleLabel).toBe('Article I');
    expect(await page.locator('.workspace').evaluate((element) => Reflect.get(element, 'seen'))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.getByRole('tab', { name: 'Constitution', exact: true }).count()).toBe(1);
    // The finder sees English where there is English: the screens above passed because there was none.
    expect(await englishLeftOn(page)).toContain('Constitution');
    await page.reload();
    await page.locator('[data-testid="constitution"] [data-block-id]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('.language-menu select').selectOption('es');
    await expect.poll(() => page.getByRole('tab', { name: t('app:workspace.constitution'), exact: true }).count()).toBe(1);
    await expect.poll(articleLabel).toBe('Artículo I');
  });
});
