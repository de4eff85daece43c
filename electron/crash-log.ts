/**
 * The main process's last word: an uncaught exception or an unhandled promise rejection is written to the
 * log file (electron-log, Help › Show log file) with its stack, so a user can send it, instead of vanishing.
 */

/** Where errors are written (electron-log's main logger in the app). */
export interface ErrorLog {
  error(...parts: unknown[]): void;
}

/** The part of Node's process the handler listens on. */
export interface ProcessEvents {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

function described(reason: unknown): string {
  return reason instanceof Error ? (reason.stack ?? `${reason.name}: ${reason.message}`) : String(reason);
}

export function logCrashes(process: ProcessEvents, log: ErrorLog): void {
  process.on('uncaughtException', (error) => log.error('Uncaught exception:', described(error)));
  process.on('unhandledRejection', (reason) => log.error('Unhandled promise rejection:', described(reason)));
}
