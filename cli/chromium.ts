/**
 * Printing HTML to PDF with a headless Chromium found on this machine, for the CLI (and tests, benches).
 * Chromium is started with `--remote-debugging-pipe` and driven over the DevTools protocol on that pipe
 * (NUL-terminated JSON on file descriptors 3 and 4), so no npm package and no network port is needed.
 * Page size and margins come from the document's CSS `@page` (`preferCSSPageSize`), as in Electron's
 * printToPDF and Playwright's page.pdf, so the three print the same.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { ConcordError } from '../src/workspace/errors.ts';

/** Names of the Chromium (or Chrome) program on the PATH, in the order they are tried. */
const PROGRAM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Where Chromium or Chrome live outside the PATH on common systems. */
const KNOWN_PATHS = [
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of a Chromium to print with: $CHROMIUM_PATH if set, else the first Chromium or Chrome on the
 * PATH or in a usual install place; undefined when there is none.
 */
export function findChromium(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const chosen = env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== '') return isExecutable(chosen) ? chosen : undefined;
  const dirs = (env.PATH ?? '').split(delimiter).filter((dir) => dir !== '');
  for (const name of PROGRAM_NAMES) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  return KNOWN_PATHS.find(isExecutable);
}

/** Like findChromium, but a clear error when there is none. */
export function requireChromium(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const path = findChromium(env);
  if (path !== undefined) return path;
  if (env.CHROMIUM_PATH) throw new ConcordError('export.no-chromium.bad-path', { path: env.CHROMIUM_PATH });
  throw new ConcordError('export.no-chromium.none');
}

const FLAGS = [
  '--headless',
  '--remote-debugging-pipe',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--mute-audio',
];

interface CdpReply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message?: string };
}

function isCdpReply(value: unknown): value is CdpReply {
  return typeof value === 'object' && value !== null;
}

/** A DevTools protocol session over Chromium's debugging pipe. */
class CdpPipe {
  readonly #input: Writable;
  readonly #pending = new Map<number, { resolve: (value: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  #buffer = '';
  #closed: Error | undefined;

  constructor(input: Writable, output: Readable) {
    this.#input = input;
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.#receive(chunk));
    output.on('close', () => this.fail(new Error('Chromium closed its debugging pipe.')));
    input.on('error', (error: Error) => this.fail(error));
  }

  #receive(chunk: string): void {
    this.#buffer += chunk;
    let end = this.#buffer.indexOf('\0');
    while (end >= 0) {
      const text = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + 1);
      end = this.#buffer.indexOf('\0');
      const message: unknown = JSON.parse(text);
      if (!isCdpReply(message) || message.id === undefined) continue;
      const waiter = this.#pending.get(message.id);
      if (!waiter) continue;
      this.#pending.delete(message.id);
      if (message.error) waiter.reject(new Error(message.error.message ?? 'DevTools protocol error'));
      else waiter.resolve(message.result ?? {});
    }
  }

  fail(error: Error): void {
    this.#closed ??= error;
    for (const waiter of this.#pending.values()) waiter.reject(error);
    this.#pending.clear();
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.#closed) return Promise.reject(this.#closed);
    const id = this.#nextId;
    this.#nextId += 1;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#input.write(`${JSON.stringify(sessionId === undefined ? { id, method, params } : { id, method, params, sessionId })}\0`);
    });
  }
}

function stringField(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new Error(`Chromium's reply has no ${key}.`);
  return value;
}

/** A running headless Chromium that prints HTML documents to PDF, one at a time or several in turn. */
export interface ChromiumPrinter {
  /** Print a whole HTML document (with its CSS) to PDF bytes. */
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

function pipesOf(child: ChildProcess): { input: Writable; output: Readable } {
  const input = child.stdio[3];
  const output = child.stdio[4];
  if (!input || !output || !('write' in input) || !('setEncoding' in output)) throw new Error('Chromium was started without its debugging pipe.');
  return { input, output };
}

/** Start Chromium at `path` (see findChromium) headless, ready to print. */
export async function launchChromium(path: string): Promise<ChromiumPrinter> {
  const profile = mkdtempSync(join(tmpdir(), 'concord-print-'));
  // Chromium refuses to run as root with its sandbox on; it only ever loads the document we give it.
  const rootFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const child = spawn(path, [...FLAGS, ...rootFlags, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => void (stderr = (stderr + chunk).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = new Promise<void>((resolve, reject) => {
    child.once('spawn', () => resolve());
    child.once('error', (error) => reject(new ConcordError('export.chromium-failed.spawn', { path, message: error.message })));
  });
  const cleanup = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    await started;
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const { input, output } = pipesOf(child);
  const cdp = new CdpPipe(input, output);
  child.once('exit', () => cdp.fail(new ConcordError('export.chromium-failed.stopped', { stderr: stderr ? `\n${stderr.trim()}` : '' })));

  const print = async (html: string): Promise<Uint8Array> => {
    const target = stringField(await cdp.send('Target.createTarget', { url: 'about:blank' }), 'targetId');
    const session = stringField(await cdp.send('Target.attachToTarget', { targetId: target, flatten: true }), 'sessionId');
    try {
      await cdp.send('Page.enable', {}, session);
      const tree = await cdp.send('Page.getFrameTree', {}, session);
      const frameTree = tree.frameTree;
      const frame = typeof frameTree === 'object' && frameTree !== null && 'frame' in frameTree ? frameTree.frame : undefined;
      const frameId = typeof frame === 'object' && frame !== null && 'id' in frame && typeof frame.id === 'string' ? frame.id : '';
      await cdp.send('Page.setDocumentContent', { frameId, html }, session);
      // Wait until the fonts are loaded and laid out, so the PDF holds the real glyphs.
      await cdp.send('Runtime.evaluate', { expression: 'document.fonts.ready.then(() => true)', awaitPromise: true }, session);
      const result = await cdp.send(
        'Page.printToPDF',
        { preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true, transferMode: 'ReturnAsBase64' },
        session,
      );
      return new Uint8Array(Buffer.from(stringField(result, 'data'), 'base64'));
    } finally {
      await cdp.send('Target.closeTarget', { targetId: target }).catch(() => undefined);
    }
  };

  try {
    await cdp.send('Browser.getVersion');
  } catch (error) {
    await cleanup();
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConcordError('export.chromium-failed.no-start', { path, reason, stderr: stderr ? `\n${stderr.trim()}` : '' });
  }
  return {
    print,
    async close() {
      await cdp.send('Browser.close').catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      await cleanup();
    },
  };
}

/** Print one HTML document to PDF with the Chromium at `path`, starting and stopping it around the job. */
export async function printHtmlToPdf(path: string, html: string): Promise<Uint8Array> {
  const printer = await launchChromium(path);
  try {
    return await printer.print(html);
  } finally {
    await printer.close();
  }
}
