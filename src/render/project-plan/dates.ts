// Dates in the plan, in the language's conventions: "25 november 2026", "25 November 2026". The one
// import the plan takes its dates from, so a shared formatter can take over here in one place.
import { formatDate } from '../docx/index.js';

/** A calendar date (UTC midnight) in the document's language: "25 november 2026". */
export function planDate(date: Date, language: string): string {
  return formatDate(date, language);
}

/** Month names and their usual abbreviations in the languages teams type dates in, to 1–12. */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['januari', 'january', 'jan'],
    ['februari', 'february', 'feb'],
    ['maart', 'march', 'mrt', 'mar'],
    ['april', 'apr'],
    ['mei', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['augustus', 'august', 'aug'],
    ['september', 'sept', 'sep'],
    ['oktober', 'october', 'okt', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1])),
);

function calendarDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : undefined;
}

/**
 * A date as a team types it in a form: "2026-11-25", "25-11-2026", "25/11/2026", "25.11.2026",
 * "25 november 2026", "25 nov. 2026", "November 25, 2026". Undefined for anything else ("eind januari",
 * "Q1 2027", "31-02-2026"): the plan then shows the text as typed.
 */
export function parseTypedDate(text: string): Date | undefined {
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return calendarDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(t);
  const dayFirst = m && MONTHS[m[2] ?? ''];
  if (m && dayFirst) return calendarDate(Number(m[3]), dayFirst, Number(m[1]));
  m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  const monthFirst = m && MONTHS[m[1] ?? ''];
  if (m && monthFirst) return calendarDate(Number(m[3]), monthFirst, Number(m[2]));
  return undefined;
}

/** A typed date in the document's language when it can be read, else the text as typed. */
export function typedDate(text: string, language: string): string {
  const date = parseTypedDate(text);
  return date ? planDate(date, language) : text;
}
