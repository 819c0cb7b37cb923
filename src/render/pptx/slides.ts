// Slides every session deck has, built from words the caller passes in: a title slide, an agenda table
// with clock times, and the timing section of the speaker notes.
import type { ClockMinutes } from '../../content/clock.js';
import { clockRange, formatDate } from '../../content/clock.js';
import type { Theme } from '../../theme/theme.js';
import { organisationLine } from '../../theme/theme.js';
import type { Block, NotesSection, SlideSpec, SourcedText, TableCell } from './model.js';

/** "Versie 1.0.0 · 25 november 2026": the version and the date in the content's language. */
export function versionLine(language: string, versionLabel: string, version: string, date: Date): string {
  return `${versionLabel} ${version} · ${formatDate(date, language)}`;
}

export function titleSlide(options: {
  readonly title: SourcedText;
  readonly subtitle: SourcedText;
  readonly theme: Theme;
  readonly versionLine: string;
  /** "Uitgegeven door … · Licentie …": who publishes the kit and under which licence. */
  readonly publisherLine?: string;
  readonly notes: readonly NotesSection[];
}): SlideSpec {
  const { theme } = options;
  return {
    id: 'title',
    layout: 'title',
    title: options.title,
    subtitle: options.subtitle,
    blocks: [
      ...(theme.organisation
        ? [
            {
              kind: 'paragraph' as const,
              tone: 'muted' as const,
              ...organisationLine(theme.organisation),
            },
          ]
        : []),
      ...(options.publisherLine
        ? [{ kind: 'paragraph' as const, tone: 'muted' as const, text: options.publisherLine }]
        : []),
      { kind: 'paragraph', tone: 'muted', text: options.versionLine },
    ],
    notes: options.notes,
  };
}

/** "Tijd: 13:15–13:35 (20 min)" as a notes section. */
export function timingNotes(
  heading: string,
  start: ClockMinutes,
  offset: number,
  minutes: number,
  minutesLabel: string,
  /** Clock times as this language writes them; without it, 13:00. */
  language?: string,
): NotesSection {
  return {
    heading,
    paragraphs: [{ text: `${clockRange(start, offset, minutes, language)} (${minutes} ${minutesLabel})` }],
  };
}

export interface AgendaRow {
  readonly title: SourcedText;
  readonly startMinute: number;
  readonly minutes: number;
  /** Assignments stand out; breaks are shaded. */
  readonly emphasis?: 'strong' | 'break';
}

/** The agenda as a real table: clock time, activity, minutes. */
export function agendaTable(
  rows: readonly AgendaRow[],
  start: ClockMinutes,
  headers: { readonly time: string; readonly activity: string; readonly minutes: string },
  label: string,
  /** Clock times as this language writes them; without it, 13:00. */
  language?: string,
): Block {
  return {
    kind: 'table',
    label,
    columns: [{ weight: 1.3 }, { weight: 5 }, { weight: 0.9, align: 'center' }],
    header: [{ text: headers.time }, { text: headers.activity }, { text: headers.minutes }],
    rows: rows.map((row): TableCell[] => {
      const shade = row.emphasis === 'break';
      return [
        { text: clockRange(start, row.startMinute, row.minutes, language), shade },
        { ...row.title, bold: row.emphasis === 'strong', shade },
        { text: String(row.minutes), shade },
      ];
    }),
  };
}

/** A list's items with their field paths: `introduction.posterHowTo[0]`, … */
export function listItems(items: readonly string[], field: string): SourcedText[] {
  return items.map((text, i) => ({ text, field: `${field}[${i}]` }));
}
