/**
 * Updates through electron-updater from a generic server (a folder of files electron-builder made, on any
 * web server the coalition runs). Where the updates come from is a setting: `updateUrl` in the app's
 * settings file (userData/settings.json), https only; with no setting the app never looks for updates.
 */
import * as z from 'zod';

const Settings = z.looseObject({
  updateUrl: z
    .url({ protocol: /^https$/ })
    .max(2048)
    .optional(),
});

/** The update URL in the settings read from disk, or null when none is set (or it is not an https URL). */
export function updateUrlFrom(settings: unknown): string | null {
  const parsed = Settings.safeParse(settings);
  return parsed.success ? (parsed.data.updateUrl ?? null) : null;
}

/** The part of electron-updater's autoUpdater used here. */
export interface Updater {
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdatesAndNotify(): Promise<unknown>;
}

/** Look for an update at the configured URL; resolves to whether a check was made. */
export async function checkForUpdates(updater: Updater, settings: unknown): Promise<boolean> {
  const url = updateUrlFrom(settings);
  if (url === null) return false;
  updater.setFeedURL({ provider: 'generic', url });
  await updater.checkForUpdatesAndNotify();
  return true;
}
