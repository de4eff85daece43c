/**
 * Structured logs: one JSON object per line and per event ({"time","event",…fields}), written to a sink
 * the caller chooses (stdout for `concord serve`, an array in tests, the Electron main process's log).
 * Tokens never appear in logs: events name invitations by their id.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;
export type Logger = (event: string, fields?: LogFields) => void;

/** A logger writing JSON lines to `write`. */
export function jsonLogger(write: (line: string) => void): Logger {
  return (event, fields = {}) => {
    write(`${JSON.stringify({ time: new Date().toISOString(), event, ...fields })}\n`);
  };
}

export const silentLogger: Logger = () => {};
