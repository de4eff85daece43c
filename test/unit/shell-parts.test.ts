/**
 * The desktop shell's parts that need no Electron at all: where a remembered window may reopen, which
 * command-line arguments are a file or a link, the crash handler, and where updates may come from.
 * (The shell as a whole, against a fake Electron, is in shell-main.test.ts.)
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { logCrashes } from '../../electron/crash-log.ts';
import { concordFileIn, concordLinkIn } from '../../electron/launch-args.ts';
import { checkForUpdates, updateUrlFrom } from '../../electron/updates.ts';
import { DEFAULT_SIZE, MIN_WIDTH, placeWindow } from '../../electron/window-state.ts';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('window state', () => {
  it('reopens where it was on a screen that is still there', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1100, maximized: true };
    expect(placeWindow(saved, [laptop, monitorOnTheRight])).toEqual(saved);
  });

  it('opens centred on the primary screen when the screen it was on is gone', () => {
    const placed = placeWindow({ x: 1600, y: 100, width: 1800, height: 1100, maximized: false }, [laptop]);
    expect(placed).toEqual({ x: 80, y: 20, ...DEFAULT_SIZE, maximized: false });
  });

  it('pulls back a window whose title bar is off the top or mostly off the side, and shrinks it to its screen', () => {
    expect(placeWindow({ x: 100, y: -500, width: 800, height: 600, maximized: false }, [laptop])).toMatchObject({ x: 80, y: 20 });
    expect(placeWindow({ x: 1400, y: 10, width: 800, height: 600, maximized: false }, [laptop])).toMatchObject({ x: 80 });
    expect(placeWindow({ x: 10, y: 10, width: 5000, height: 3000, maximized: false }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 900, maximized: false });
    expect(placeWindow({ x: 10, y: 10, width: 100, height: 100, maximized: false }, [laptop]).width).toBe(MIN_WIDTH);
  });

  it('ignores a damaged or edited state file', () => {
    for (const saved of [
      undefined,
      null,
      'x',
      { x: '1', y: 0, width: 800, height: 600, maximized: false },
      { x: 0, y: 0, width: 800, height: 600 },
      { x: 1e12, y: 0, width: 800, height: 600, maximized: false },
    ]) {
      expect(placeWindow(saved, [laptop]), JSON.stringify(saved)).toEqual({ x: 80, y: 20, ...DEFAULT_SIZE, maximized: false });
    }
  });
});

describe('launch arguments', () => {
  it('find a .concord file and a concord:// link, skipping the executable and switches', () => {
    const argv = ['/opt/Concord/concord', '--enable-features=X', '/home/ana/coalition.concord', 'concord://join?workspace=w_a&token=t'];
    expect(concordFileIn(argv)).toBe('/home/ana/coalition.concord');
    expect(concordLinkIn(argv)).toBe('concord://join?workspace=w_a&token=t');
  });

  it('pass on no other scheme and no overlong link', () => {
    expect(concordLinkIn(['exe', 'https://evil.example/', 'javascript:alert(1)', 'file:///etc/passwd'])).toBeUndefined();
    expect(concordLinkIn(['exe', `concord://join?${'x'.repeat(5000)}`])).toBeUndefined();
    expect(concordFileIn(['/tmp/evil.concord'])).toBeUndefined();
    expect(concordFileIn(['exe', '--x.concord'])).toBeUndefined();
  });
});

describe('crash handler', () => {
  it('writes uncaught exceptions and unhandled rejections, with their stacks, to the log', () => {
    const process = new EventEmitter();
    const log = { error: vi.fn() };
    logCrashes(process, log);
    process.emit('uncaughtException', new Error('disk on fire'));
    process.emit('unhandledRejection', 'no reason');
    expect(log.error).toHaveBeenNthCalledWith(1, 'Uncaught exception:', expect.stringMatching(/^Error: disk on fire\n\s+at /));
    expect(log.error).toHaveBeenNthCalledWith(2, 'Unhandled promise rejection:', 'no reason');
  });
});

describe('updates', () => {
  it('come from the https address set in the settings, through a generic provider', async () => {
    const updater = { setFeedURL: vi.fn(), checkForUpdatesAndNotify: vi.fn(async () => null) };
    expect(await checkForUpdates(updater, { updateUrl: 'https://updates.coalition.example/concord/', theme: 'dark' })).toBe(true);
    expect(updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: 'https://updates.coalition.example/concord/' });
    expect(updater.checkForUpdatesAndNotify).toHaveBeenCalledOnce();
  });

  it('are never looked for without a setting, or from an address that is not https', async () => {
    const updater = { setFeedURL: vi.fn(), checkForUpdatesAndNotify: vi.fn(async () => null) };
    for (const settings of [undefined, {}, { updateUrl: 'http://updates.example/' }, { updateUrl: 'file:///tmp/' }, { updateUrl: 42 }, 'https://x.example/']) {
      expect(updateUrlFrom(settings), JSON.stringify(settings)).toBeNull();
      expect(await checkForUpdates(updater, settings)).toBe(false);
    }
    expect(updater.setFeedURL).not.toHaveBeenCalled();
  });
});
