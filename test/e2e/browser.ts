/**
 * Driving Debian's Chromium for the end-to-end tests: launch it (as the playwright-core docs describe, with
 * the flags this sandboxed, offline machine needs), or run it as a separate process we can kill -9 and
 * reconnect to over CDP with the same profile, to prove that nothing typed is lost.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFailed } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // The app follows the browser's locale: the tests read English unless a context asks for another (locale: 'es-ES').
  '--lang=en-US',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** Save a screenshot of `page` under test-results/ if the current test fails. */
export function screenshotOnFailure(page: Page, name: string): void {
  onTestFailed(async () => {
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: join('test-results', `${name.replace(/[^\w-]+/g, '_')}.png`), fullPage: true }).catch(() => undefined);
  });
}

export interface KillableBrowser {
  browser: Browser;
  /** The profile's default context, where its pages open. */
  context: BrowserContext;
  process: ChildProcess;
  profile: string;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'concord-chromium-'));
}

/** Start Chromium as our own child process on `profile`, then connect to it over CDP. */
export async function startKillableBrowser(profile: string): Promise<KillableBrowser> {
  const portFile = join(profile, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  const child = spawn(CHROMIUM, [...FLAGS, '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 20_000;
  let port = '';
  while (Date.now() < deadline) {
    if (existsSync(portFile)) {
      port = readFileSync(portFile, 'utf8').split('\n')[0] ?? '';
      if (port) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!port) {
    child.kill('SIGKILL');
    throw new Error('Chromium did not open its debugging port.');
  }
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium opened with no browser context.');
  return { browser, context, process: child, profile };
}

/** kill -9 the whole browser and wait until it is gone. */
export async function killBrowser(killable: KillableBrowser): Promise<void> {
  const exited = new Promise((resolve) => killable.process.once('exit', resolve));
  killable.process.kill('SIGKILL');
  await exited;
}

/** One browser for a test file: launched before its tests, closed after; call the result inside a test. */
export function browserForFile(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === null) throw new Error('the browser is not running (call this inside a test)');
    return browser;
  };
}
