// Clock times and calendar dates as each language writes them: the deck's agenda and the handbook's
// schedule count from a start time, and the kit's release date is printed on title slide and cover.
//
// The conventions are data. A language listed here gets its own; any other language gets what the
// locale data of Node's ICU says for it (24-hour clock, long date), read with a fixed time zone (UTC), so
// the same input gives the same text in every time zone. Listed:
// - nl: "13.00 uur" in running text, "13.00–13.20" in a schedule, "25 november 2026" (Taalunie).
// - en: the British convention, "13:00" (24-hour, as British programmes and timetables print it) and
//   "25 November 2026" (day, month, year; no comma).

/** Minutes after midnight. */
export type ClockMinutes = number;

/** The session starts at 13:00 unless the command line says otherwise (`--start 09:30`). */
export const defaultStart: ClockMinutes = 13 * 60;

/** How a language writes times and dates. */
export interface TimeConvention {
  /** The locale whose long date is used (e.g. en-GB for English). */
  readonly locale: string;
  /** Between hours and minutes: "13.00" or "13:00". */
  readonly separator: string;
  /** Hours with a leading zero: "09:30" (true) or "9.30" (false). */
  readonly padHours: boolean;
  /** After a time standing alone in running text: " uur" in Dutch ("om 13.00 uur"). */
  readonly suffix: string;
}

/** The languages whose conventions the locale data does not give as we want them. */
export const TIME_CONVENTIONS: Readonly<Record<string, TimeConvention>> = {
  nl: { locale: 'nl-NL', separator: '.', padHours: false, suffix: ' uur' },
  en: { locale: 'en-GB', separator: ':', padHours: true, suffix: '' },
};

const conventions = new Map<string, TimeConvention>();

/** The convention of a language tag (`nl`, `en`, `pt-BR`): listed, or read from the locale data. */
export function timeConvention(language: string): TimeConvention {
  const known = conventions.get(language);
  if (known) return known;
  // A regional variant of a listed language keeps its clock but takes its own region's dates.
  const base = TIME_CONVENTIONS[language.split('-')[0] ?? ''];
  const convention =
    TIME_CONVENTIONS[language] ?? (base ? { ...base, locale: language } : fromLocaleData(language));
  conventions.set(language, convention);
  return convention;
}

/** What ICU writes for 09:05 in this locale: its separator, and whether it pads the hour. */
function fromLocaleData(language: string): TimeConvention {
  let locale = language;
  try {
    locale = Intl.DateTimeFormat.supportedLocalesOf([language])[0] ?? 'en-GB';
  } catch {
    locale = 'en-GB';
  }
  const parts = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).formatToParts(Date.UTC(2000, 0, 1, 9, 5));
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '09';
  const literal = parts.find((p) => p.type === 'literal')?.value ?? ':';
  return { locale, separator: literal.trim() || ':', padHours: hour.length === 2, suffix: '' };
}

/** "9:30" or "09.30" → 570; undefined when it is not a time of day. */
export function parseClock(value: string): ClockMinutes | undefined {
  const match = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(value.trim());
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * 570 → "09:30" (wraps past midnight); with a language, as that language writes it in a schedule:
 * "9.30" in Dutch, "09:30" in English.
 */
export function formatClock(minutes: ClockMinutes, language?: string): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  const c = language === undefined ? undefined : timeConvention(language);
  const hours = String(Math.floor(m / 60));
  return `${c?.padHours === false ? hours : hours.padStart(2, '0')}${c?.separator ?? ':'}${String(m % 60).padStart(2, '0')}`;
}

/** A time standing alone in running text: "13.00 uur" in Dutch, "13:00" in English. */
export function formatTimeOfDay(minutes: ClockMinutes, language: string): string {
  return `${formatClock(minutes, language)}${timeConvention(language).suffix}`;
}

/**
 * "13:00–13:20": a slot from the session's start, its offset and its length (en dash between); with a
 * language, in its convention ("13.00–13.20").
 */
export function clockRange(start: ClockMinutes, offset: number, minutes: number, language?: string): string {
  return `${formatClock(start + offset, language)}–${formatClock(start + offset + minutes, language)}`;
}

/** A kit's release date ("2026-11-25" in kit.yaml) as the start of that day in UTC. */
export function releaseDate(released: string): Date {
  return new Date(`${released}T00:00:00Z`);
}

/** "25 november 2026" / "25 November 2026": a calendar date (read in UTC) as the language writes it. */
export function formatDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(timeConvention(language).locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
