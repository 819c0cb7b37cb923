// What every session deck has, whatever its content: a title slide, an agenda table with clock times, the
// timing section of the speaker notes, and the deck's frame. The slide plans (../pptx/model.ts) of the
// Data Team Start deck (../deck/plan.ts) and the checklist's workshop deck (../workshop-deck/plan.ts) are
// built on `SessionDeck`; ../pptx/ measures and writes them.
import type { ClockMinutes } from '../../content/clock.js';
import { clockRange, formatDate } from '../../content/clock.js';
import type { Theme } from '../../theme/theme.js';
import { organisationLine } from '../../theme/theme.js';
import type { Block, DeckSpec, NotesSection, SlideSpec, SourcedText, TableCell } from '../pptx/model.js';

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

export interface SessionDeckOptions {
  /** When the session starts: every clock time counts from here. */
  readonly start: ClockMinutes;
}

/** What a session deck's scaffolding reads from its kit: the language, version and the deck's words. */
export interface SessionKit {
  readonly language: string;
  readonly version: string;
  readonly labels: {
    readonly version: string;
    readonly minutes: string;
    readonly deck: {
      readonly timing: string;
      readonly time: string;
      readonly activity: string;
      readonly continued: string;
    };
  };
}

/**
 * The parts both session decks (the Data Team Start's and the checklist workshop's) are built around, in
 * the kit's words and language and counted from the session's start: the title slide with its version
 * line, the agenda slide, the clock times of a part and its timing notes, and the deck's frame (footer,
 * continuation label) around the slides.
 */
export class SessionDeck {
  constructor(
    private readonly kit: SessionKit,
    private readonly options: SessionDeckOptions,
    private readonly date: Date,
  ) {}

  /** The title slide, with "Versie 1.0.0 · 25 november 2026" under the title. */
  titleSlide(options: Omit<Parameters<typeof titleSlide>[0], 'versionLine'>): SlideSpec {
    const { language, labels, version } = this.kit;
    return titleSlide({ ...options, versionLine: versionLine(language, labels.version, version, this.date) });
  }

  /** The agenda slide: one row per part, with its clock time and minutes. */
  agendaSlide(title: SourcedText, rows: readonly AgendaRow[], notes: readonly NotesSection[]): SlideSpec {
    const { labels, language } = this.kit;
    const headers = { time: labels.deck.time, activity: labels.deck.activity, minutes: labels.minutes };
    return {
      id: 'agenda',
      layout: 'content',
      title,
      blocks: [agendaTable(rows, this.options.start, headers, title.text, language)],
      notes,
    };
  }

  /** "13:15–13:35": a part's clock times. */
  range(offset: number, minutes: number): string {
    return clockRange(this.options.start, offset, minutes, this.kit.language);
  }

  /** "13:15–13:35 · 20 min": a part's clock times and length, under its title. */
  when(offset: number, minutes: number): string {
    return `${this.range(offset, minutes)} · ${minutes} ${this.kit.labels.minutes}`;
  }

  /** "Tijd: 13:15–13:35 (20 min)", the last section of a slide's speaker notes. */
  timing(offset: number, minutes: number): NotesSection {
    const { labels, language } = this.kit;
    return timingNotes(labels.deck.timing, this.options.start, offset, minutes, labels.minutes, language);
  }

  /** The deck around its slides: the footer "<title> · Versie 1.0.0" and the continuation label. */
  spec(title: string, subject: string, slides: readonly SlideSpec[]): DeckSpec {
    const { language, labels, version } = this.kit;
    return {
      language,
      title,
      subject,
      footer: `${title} · ${labels.version} ${version}`,
      version,
      labels: { continued: labels.deck.continued },
      slides,
    };
  }
}

/** A section of the speaker notes that is one paragraph of content under a heading. */
export function noteParagraph(heading: string, text: string, field: string): NotesSection {
  return { heading, paragraphs: [{ text, field }] };
}
