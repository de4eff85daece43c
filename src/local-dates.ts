/**
 * Dates and times as people read them: in the reader's locale and time zone ("2 Dec 2026, 14:30"), never
 * a raw ISO timestamp — in the app, and in the minutes Concord writes. The record keeps ISO strings; this
 * module turns them into words (exports of the constitution print theirs with src/export/dates.ts).
 */

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function format(iso: string, formatter: Intl.DateTimeFormat): string {
  if (iso === '') return 'unknown time';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}

/** "2 Dec 2026, 14:30" in the user's locale and time zone. */
export function localDateTime(iso: string): string {
  return format(iso, DATE_TIME);
}

/** "2 Dec 2026" in the user's locale and time zone. */
export function localDate(iso: string): string {
  return format(iso, DATE);
}
