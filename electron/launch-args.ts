/**
 * What a launch of the app carries on its command line (the first launch's argv, or a second launch's,
 * passed on through `second-instance` on Windows and Linux): a .concord file to open, or a concord://
 * invitation link to hand to the renderer. macOS delivers both through events instead (open-file, open-url).
 */

/** Longest concord:// link the shell passes on (an invitation is a few hundred characters). */
const MAX_LINK_LENGTH = 4096;

/** Whether `value` is a concord:// link the shell may hand to the renderer, which checks its content. */
export function isConcordLink(value: string): boolean {
  if (value.length > MAX_LINK_LENGTH || !value.toLowerCase().startsWith('concord://')) return false;
  try {
    return new URL(value).protocol === 'concord:';
  } catch {
    return false;
  }
}

/** The concord:// link among a launch's arguments (the executable's own path first is skipped). */
export function concordLinkIn(argv: readonly string[]): string | undefined {
  return argv.slice(1).find(isConcordLink);
}

/** The .concord file among a launch's arguments. */
export function concordFileIn(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((arg) => arg.toLowerCase().endsWith('.concord') && !arg.startsWith('-') && !isConcordLink(arg));
}
