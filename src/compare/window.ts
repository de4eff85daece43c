/**
 * Windowing for long lists of rows of one height: which rows to render for a scroll position, and the blank
 * space above and below them, so that a list of thousands of rows renders only the few dozen in view.
 */
export interface RowWindow {
  /** First row to render (inclusive) and the one after the last (exclusive). */
  start: number;
  end: number;
  /** Height of the blank space above the rendered rows and below them. */
  before: number;
  after: number;
}

export function rowWindow(count: number, rowHeight: number, scrollTop: number, viewportHeight: number, overscan = 4): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, first + visible + overscan);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}
