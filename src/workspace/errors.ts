/** The one error type the core throws for bad input: its message is written for the person who gave it. */
export class ConcordError extends Error {
  override readonly name = 'ConcordError';
  /** A short machine-readable reason, stable for scripts (e.g. "file.truncated", "org.duplicate-short"). */
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.code = code;
  }
}
