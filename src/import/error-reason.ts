/** A library's error, made fit to quote in a message to a person: its first line, without noise, kept short. */
export function errorReason(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const line = (raw.split('\n')[0] ?? '')
    .replace(/^(error:\s*)+/i, '')
    .replace(/\[xmldom error\]\s*/i, '')
    .replace(/[\s.]+$/, '')
    .trim();
  const short = line.length > 120 ? `${line.slice(0, 117)}…` : line;
  return short === '' ? 'unknown error' : short;
}
