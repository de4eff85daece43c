/** Dates for `<input type="datetime-local">`, which takes and gives "YYYY-MM-DDTHH:MM" in local time. */
export function localInput(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
