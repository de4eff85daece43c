/**
 * Typing in the editor, in Chromium: the built app (out/renderer, as `npm run web` serves it) against a
 * baseline page of slate-react + @slate-yjs alone (bench/editor-baseline: same versions, chunked, same
 * document, Concord's stylesheet), at 1,000 and 5,000 blocks.
 * - keydown → next frame (from the key event's timestamp to a task posted from the next animation frame),
 *   p50 and p95 over 3 rounds × 60 keys typed mid-draft, the app and the baseline interleaved round by round;
 * - a sustained burst of 700 keys as fast as Chromium takes them: the longest frame (gap between animation
 *   frames) while it lasts.
 * - the editor's DOM nodes per block, which React walks to save the selection before each commit.
 * Every run checks that the typed text landed in the block where it was typed. CONCORD_BENCH_BEFORE=DIR adds
 * an earlier build of the app (an earlier commit's out/renderer), typed in the same rounds, for a
 * before/after comparison; CONCORD_EDITOR_KEYS and CONCORD_EDITOR_BURST shorten a run on a busy machine.
 */
import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import * as Y from 'yjs';
import { encodeWorkspaceFile } from '../src/file/format.ts';
import type { Benchmark, BenchRow } from './bench.ts';
import { draft } from './draft.ts';

declare global {
  interface Window {
    /** keydown → next frame of each key, ms. */
    latencies: number[];
    /** Gaps between animation frames while `recording`, ms. */
    frameGaps: number[];
    recording: boolean;
  }
}

const root = join(import.meta.dirname, '..');
const baselineOut = join(root, 'out', 'bench', 'editor-baseline');
const SIZES = [1000, 5000];
const ROUNDS = 3;
const KEYS = Number(process.env.CONCORD_EDITOR_KEYS ?? 60);
const BURST = Number(process.env.CONCORD_EDITOR_BURST ?? 700);
const BASELINE = 'slate-react + @slate-yjs, chunked, same document';
/** The app as built now, and an earlier build to compare (CONCORD_BENCH_BEFORE=DIR), typed in the same rounds. */
const APPS = [
  { name: '', path: 'app', dir: join(import.meta.dirname, '..', 'out', 'renderer') },
  ...(process.env.CONCORD_BENCH_BEFORE ? [{ name: 'before: ', path: 'before', dir: process.env.CONCORD_BENCH_BEFORE }] : []),
];
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'];
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

/** Serve out/renderer under /app/ and the baseline page under /baseline/. */
async function serve(): Promise<{ server: Server; url: string }> {
  const dirs: Record<string, string> = { baseline: baselineOut, ...Object.fromEntries(APPS.map((app) => [app.path, app.dir])) };
  const server = createServer((request, response) => {
    const [, top = '', ...rest] = new URL(request.url ?? '/', 'http://x').pathname.split('/');
    const dir = dirs[top];
    const file = normalize(join(dir ?? '/nonexistent', rest.join('/') || 'index.html'));
    try {
      if (!dir || !file.startsWith(dir)) throw new Error('outside');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  return { server, url: `http://127.0.0.1:${address.port}` };
}

/** Put the caret in the middle clause's text (at the end of the line clicked), and start recording keydown → next frame. */
async function prepare(page: Page, size: number): Promise<string> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="constitution"] .blk').length >= n, size - 1, { timeout: 120_000 });
  const handle = await page.evaluateHandle(() => {
    const clauses = [...document.querySelectorAll('[data-testid="constitution"] .blk-clause')];
    const middle = clauses[Math.floor(clauses.length / 2)];
    if (!middle) throw new Error('no clause');
    middle.scrollIntoView({ block: 'center' });
    return middle.querySelector('.blk-text') ?? middle;
  });
  const element = handle.asElement();
  if (!element) throw new Error('no clause element');
  await element.click();
  await page.keyboard.press('End');
  const before = (await element.textContent()) ?? '';
  await page.evaluate(() => {
    window.latencies = [];
    window.frameGaps = [];
    window.recording = false;
    addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.latencies.push(performance.now() - start);
          channel.port2.postMessage(0);
        });
      },
      true,
    );
    let last = performance.now();
    const frame = (now: number): void => {
      if (window.recording) window.frameGaps.push(now - last);
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  return before.replace(/\uFEFF/g, '');
}

/** DOM nodes inside the editor per block (every node is walked when React saves the selection before a commit). */
async function nodesPerBlock(page: Page): Promise<number> {
  return page.evaluate(() => {
    const editor = document.querySelector('[data-testid="constitution"]');
    if (!editor) return Number.NaN;
    const walker = document.createTreeWalker(editor);
    let nodes = 0;
    while (walker.nextNode()) nodes += 1;
    return nodes / editor.querySelectorAll('.blk').length;
  });
}

async function caretBlockText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const node = document.getSelection()?.anchorNode;
    const element = node instanceof Element ? node : node?.parentElement;
    return (element?.closest('.blk')?.querySelector('.blk-text')?.textContent ?? '').replace(/\uFEFF/g, '');
  });
}

/** Type `text` one key at a time, each after the previous one's frame; returns the latencies. */
async function typeMeasured(page: Page, text: string): Promise<number[]> {
  const start = await page.evaluate(() => window.latencies.length);
  for (const [i, key] of [...text].entries()) {
    await page.keyboard.type(key);
    await page.waitForFunction((n) => window.latencies.length >= n, start + i + 1);
  }
  return page.evaluate((from) => window.latencies.slice(from), start);
}

/** Type `text` as fast as the page takes it; returns the longest frame while it lasted. */
async function burst(page: Page, text: string): Promise<number> {
  await page.evaluate(() => {
    window.frameGaps = [];
    window.recording = true;
  });
  await page.keyboard.type(text);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => {
    window.recording = false;
    return Math.max(0, ...window.frameGaps);
  });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

async function openApp(browser: Browser, address: string, file: string, size: number): Promise<{ page: Page; before: string }> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(address);
  await page.locator('[data-testid="constitution"] [data-block-id]').first().waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('File', { exact: true }).click();
  await page.getByRole('menuitem', { name: 'Open…' }).click();
  await (await chooser).setFiles(file);
  // Acting for an organization, as a delegate drafting alone is asked to before the first change.
  await page.locator('.acting-as').getByRole('combobox').selectOption({ label: 'Workers' });
  return { page, before: await prepare(page, size) };
}

async function openBaseline(browser: Browser, url: string, docName: string, size: number): Promise<{ page: Page; before: string }> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(`${url}/baseline/?doc=${docName}`);
  return { page, before: await prepare(page, size) };
}

const SENTENCE = 'the assembly may amend this clause by a two thirds majority ';

const benchmark: Benchmark = {
  name: 'editor typing',
  async run() {
    execFileSync(process.execPath, ['scripts/build.mjs', 'renderer'], { cwd: root, stdio: 'inherit' });
    await build({
      configFile: false,
      root: join(root, 'bench', 'editor-baseline'),
      base: './',
      plugins: [react()],
      logLevel: 'warn',
      build: { outDir: baselineOut, emptyOutDir: true, target: 'es2023', chunkSizeWarningLimit: 4096 },
    });
    const dir = mkdtempSync(join(tmpdir(), 'concord-editor-bench-'));
    const { server, url } = await serve();
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
    const rows: BenchRow[] = [];
    try {
      for (const size of SIZES) {
        const doc = draft(size);
        const file = join(dir, `draft-${size}.concord`);
        writeFileSync(file, encodeWorkspaceFile(doc));
        mkdirSync(baselineOut, { recursive: true });
        writeFileSync(join(baselineOut, `draft-${size}.bin`), Y.encodeStateAsUpdate(doc));
        const apps = [];
        for (const app of APPS) apps.push({ ...app, ...(await openApp(browser, `${url}/${app.path}/`, file, size)), latencies: [] as number[] });
        const base = { ...(await openBaseline(browser, url, `draft-${size}.bin`, size)), latencies: [] as number[] };
        const sides = [...apps, base];
        const baseNodes = await nodesPerBlock(base.page);
        for (const app of apps) {
          rows.push({
            figure: `${app.name}editor DOM nodes per block, ${size.toLocaleString('en')} blocks`,
            concord: await nodesPerBlock(app.page),
            baseline: baseNodes,
            baselineName: BASELINE,
            unit: 'nodes',
          });
        }
        let text = '';
        for (let round = 0; round < ROUNDS; round += 1) {
          const keys = SENTENCE.repeat(2).slice(round * 7, round * 7 + KEYS);
          text += keys;
          for (const side of sides) {
            await side.page.bringToFront();
            side.latencies.push(...(await typeMeasured(side.page, keys)));
          }
        }
        for (const side of sides) {
          const now = await caretBlockText(side.page);
          // The caret stood mid-line in a wrapped clause: the keys land there, one after the other.
          if (now.length !== side.before.length + text.length || now.replace(text, '') !== side.before)
            throw new Error(`${size} blocks: the typed text did not land where it was typed (${JSON.stringify(now.slice(-80))})`);
        }
        const load = (loadavg()[0] ?? 0).toFixed(1);
        const label = `${size.toLocaleString('en')} blocks`;
        for (const app of apps) {
          rows.push(
            {
              figure: `${app.name}keydown → next frame, ${label}, p50 of ${app.latencies.length} keys (load ${load})`,
              concord: percentile(app.latencies, 0.5),
              baseline: percentile(base.latencies, 0.5),
              baselineName: BASELINE,
              unit: 'ms',
            },
            {
              figure: `${app.name}keydown → next frame, ${label}, p95 (load ${load})`,
              concord: percentile(app.latencies, 0.95),
              baseline: percentile(base.latencies, 0.95),
              baselineName: BASELINE,
              unit: 'ms',
            },
          );
        }
        if (size === SIZES[SIZES.length - 1]) {
          const burstText = SENTENCE.repeat(Math.ceil(BURST / SENTENCE.length)).slice(0, BURST);
          const worst = [];
          for (const side of sides) {
            await side.page.bringToFront();
            worst.push(await burst(side.page, burstText));
          }
          const baseWorst = worst.at(-1) ?? Number.NaN;
          for (const [i, app] of apps.entries()) {
            rows.push({
              figure: `${app.name}${BURST}-key burst at ${label}: longest frame (load ${(loadavg()[0] ?? 0).toFixed(1)})`,
              concord: worst[i] ?? Number.NaN,
              baseline: baseWorst,
              baselineName: BASELINE,
              unit: 'ms',
            });
          }
        }
        for (const side of sides) await side.page.context().close();
      }
    } finally {
      await browser.close();
      server.close();
    }
    return rows;
  },
};

export default benchmark;
