/**
 * The main window's size and position, remembered between runs (userData/window-state.json) and put back
 * only where it can be seen: a window saved on a screen that is gone now, or off the edge, opens centred on
 * the primary screen instead, never shrunk below its minimum or grown beyond its screen.
 */
import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { writeFileAtomically } from '../cli/node-io.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_WIDTH = 640;
export const MIN_HEIGHT = 480;
export const DEFAULT_SIZE = { width: 1280, height: 860 };

const SavedWindowState = z.strictObject({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof SavedWindowState>;

/** How much of the window's title bar must lie on a screen for the user to grab it. */
const GRAB = { width: 120, height: 32 };

function overlap(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}

function fitted(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return { width: Math.min(Math.max(size.width, MIN_WIDTH), area.width), height: Math.min(Math.max(size.height, MIN_HEIGHT), area.height) };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const { width, height } = fitted(size, area);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/**
 * Where to open the window: the saved state when its title bar is on one of the screens' work areas
 * (primary first), sized to fit that screen; otherwise the default size centred on the primary screen.
 * `saved` is whatever was read from disk, checked here.
 */
export function placeWindow(saved: unknown, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const parsed = SavedWindowState.safeParse(saved);
  if (parsed.success) {
    const state = parsed.data;
    const titleBar = { x: state.x, y: state.y, width: state.width, height: GRAB.height };
    const screen = workAreas.find((area) => {
      const seen = overlap(titleBar, area);
      return seen.width >= Math.min(GRAB.width, state.width) && seen.height >= GRAB.height;
    });
    if (screen) {
      const size = fitted(state, screen);
      return {
        x: Math.min(Math.max(state.x, screen.x), screen.x + screen.width - size.width),
        y: Math.min(Math.max(state.y, screen.y), screen.y + screen.height - size.height),
        ...size,
        maximized: state.maximized,
      };
    }
  }
  return { ...centred(DEFAULT_SIZE, primary), maximized: false };
}

type WindowEvent = 'close' | 'resized' | 'moved' | 'maximize' | 'unmaximize';
/** The events after which the state is saved (resized and moved fire once the user lets go). */
const SAVED_AFTER: readonly WindowEvent[] = ['close', 'resized', 'moved', 'maximize', 'unmaximize'];

/** The part of a BrowserWindow whose state is remembered. */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: WindowEvent, listener: () => void): unknown;
}

/** The window's state now (its normal bounds even while maximized). */
function windowStateOf(window: TrackedWindow): WindowState {
  return { ...window.getNormalBounds(), maximized: window.isMaximized() };
}

/** Save the window's state whenever the user finishes moving or resizing it, and when it closes. */
export function trackWindowState(window: TrackedWindow, save: (state: WindowState) => void): void {
  const record = (): void => save(windowStateOf(window));
  for (const event of SAVED_AFTER) window.on(event, record);
}

/** The saved state in `path`: `load` gives whatever is there (placeWindow checks it), `save` replaces it. */
export function windowStateFile(path: string): { load(): Promise<unknown>; save(state: WindowState): Promise<void> } {
  return {
    async load() {
      try {
        return JSON.parse(await readFile(path, 'utf8'));
      } catch {
        return undefined;
      }
    },
    save: (state) => writeFileAtomically(path, JSON.stringify(state)),
  };
}
