// Clock times for schedules: the deck's agenda and the handbook's schedule table count from a start time.

/** Minutes after midnight. */
export type ClockMinutes = number;

/** The session starts at 13:00 unless the command line says otherwise (`--start 09:30`). */
export const defaultStart: ClockMinutes = 13 * 60;

/** "9:30" or "09:30" → 570; undefined when it is not a time of day. */
export function parseClock(value: string): ClockMinutes | undefined {
  const match = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(value.trim());
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 570 → "09:30"; wraps past midnight. */
export function formatClock(minutes: ClockMinutes): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "13:00–13:20": a slot from the session's start, its offset and its length (en dash between). */
export function clockRange(start: ClockMinutes, offset: number, minutes: number): string {
  return `${formatClock(start + offset)}–${formatClock(start + offset + minutes)}`;
}
