/** The formats a meeting's minutes are written in; apart from the writers, so a view can list them without loading Word's. */
export const MINUTES_FORMATS = ['pdf', 'docx', 'md'] as const;
export type MinutesFormat = (typeof MINUTES_FORMATS)[number];

export function isMinutesFormat(value: unknown): value is MinutesFormat {
  return typeof value === 'string' && (MINUTES_FORMATS as readonly string[]).includes(value);
}
