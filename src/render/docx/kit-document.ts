// What the kit's two facilitator documents (the handbook and the workshop guide) share, as model: the
// frame around their body (core properties, cover, colophon page, contents, running header and footer),
// the schedule table with clock times, and the block helpers their outlines are written with. Pure.
import type { ClockMinutes } from '../../content/clock.js';
import { clockRange, formatDate as formatCalendarDate, formatTimeOfDay } from '../../content/clock.js';
import type { Theme } from '../../theme/theme.js';
import type { Block, Content, DocumentSpec, TableCell } from './model.js';

/** "25 november 2026" / "25 November 2026": the date in the document's language, as a UTC calendar date. */
export function formatDate(date: Date, language: string): string {
  return formatCalendarDate(date, language);
}

export const h1 = (text: string, newPage = true): Block => ({ kind: 'heading', level: 1, text, newPage });
export const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
export const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });
export const p = (content: Content, style?: 'lead' | 'note'): Block => ({
  kind: 'paragraph',
  content,
  ...(style ? { style } : {}),
});
export const bullets = (items: readonly Content[]): Block => ({ kind: 'list', style: 'bullet', items });
export const numbered = (items: readonly Content[]): Block => ({ kind: 'list', style: 'number', items });
export const checks = (items: readonly Content[]): Block => ({ kind: 'list', style: 'check', items });

export interface ColophonTexts {
  /** The document's full title, e.g. "Data Team Start: Handboek voor begeleiders". */
  readonly title: string;
  readonly subtitle: string;
  readonly version: string;
  readonly language: string;
  readonly credits: string;
  readonly licence: string;
  /** The labels, in the document's language. */
  readonly labels: {
    readonly colophon: string;
    readonly version: string;
    readonly date: string;
    readonly credits: string;
    readonly licence: string;
  };
}

/** The colophon page: title, version and date, the organisation, credits and licence (no headings). */
export function colophonBlocks(texts: ColophonTexts, theme: Theme, date: Date): Block[] {
  const l = texts.labels;
  const label = (text: string): Block => ({ kind: 'paragraph', content: [{ text, bold: true }] });
  const note = (content: Content): Block => ({ kind: 'paragraph', content, style: 'note' });
  const blocks: Block[] = [
    label(texts.title),
    note(texts.subtitle),
    label(l.colophon),
    note([
      { text: `${l.version}: `, bold: true },
      texts.version,
      ' · ',
      { text: `${l.date}: `, bold: true },
      formatDate(date, texts.language),
    ]),
  ];
  const organisation = theme.organisation;
  if (organisation) {
    blocks.push(note([organisation.name, organisation.contact ? ` · ${organisation.contact}` : '']));
  }
  blocks.push(label(l.credits), note(texts.credits), label(l.licence), note(texts.licence));
  return blocks;
}

/** What a kit document's frame is made of: the kit's identity and texts, and the document's own words. */
export interface KitDocument {
  readonly kit: {
    readonly language: string;
    readonly version: string;
    readonly meta: { readonly credits: string; readonly licence: string };
    /** The word "Versie" / "Version". */
    readonly versionLabel: string;
  };
  /** The document's full title ("Data Team Start: Handboek voor begeleiders"): core properties, colophon. */
  readonly title: string;
  /** Core properties' subject, and the line under the title on the colophon page. */
  readonly subject: string;
  readonly cover: { readonly title: string; readonly subtitle: string; readonly kind: string };
  /** The colophon's and the contents' labels, in the document's language. */
  readonly labels: Omit<ColophonTexts['labels'], 'version'> & { readonly contents: string };
  readonly contentsLevels: 1 | 2;
  /** The running header. */
  readonly header: string;
  readonly body: readonly Block[];
}

/**
 * A kit document: the cover with the organisation and "Versie 1.0.0 · 25 november 2026", the colophon page,
 * a table of contents, the running header, and a footer with the organisation and version (or the version
 * line when there is no organisation).
 */
export function kitDocumentSpec(doc: KitDocument, theme: Theme, date: Date): DocumentSpec {
  const { kit } = doc;
  const organisation = theme.organisation;
  const versionLine = `${kit.versionLabel} ${kit.version} · ${formatDate(date, kit.language)}`;
  return {
    language: kit.language,
    title: doc.title,
    subject: doc.subject,
    version: kit.version,
    ...(organisation ? { creator: organisation.name } : {}),
    date,
    cover: {
      ...doc.cover,
      ...(organisation ? { organisation: organisation.name } : {}),
      version: versionLine,
    },
    colophon: colophonBlocks(
      {
        title: doc.title,
        subtitle: doc.subject,
        version: kit.version,
        language: kit.language,
        credits: kit.meta.credits,
        licence: kit.meta.licence,
        labels: { ...doc.labels, version: kit.versionLabel },
      },
      theme,
      date,
    ),
    contentsTitle: doc.labels.contents,
    contentsLevels: doc.contentsLevels,
    header: doc.header,
    footer: organisation ? `${organisation.name} · ${kit.versionLabel} ${kit.version}` : versionLine,
    body: doc.body,
  };
}

/** A session's slots as the schedule shows them: when it starts, how long it takes, what it is. */
export interface ScheduleSlot {
  readonly startMinute: number;
  readonly minutes: number;
  readonly title: Content;
}

/** The labels of the schedule, in the document's language. */
export interface ScheduleLabels {
  readonly startsAt: string;
  readonly time: string;
  readonly activity: string;
  readonly duration: string;
  /** "minuten" / "minutes". */
  readonly minutes: string;
}

/** "Begint om 13.00." and the table of slots: clock times (tinted), what happens, how many minutes. */
export function scheduleBlocks(
  slots: readonly ScheduleSlot[],
  start: ClockMinutes,
  language: string,
  l: ScheduleLabels,
): Block[] {
  return [
    p(`${l.startsAt} ${formatTimeOfDay(start, language)}.`),
    {
      kind: 'table',
      header: [l.time, l.activity, l.duration],
      widths: [17, 69, 14],
      rows: slots.map((slot): TableCell[] => [
        { content: clockRange(start, slot.startMinute, slot.minutes, language), tint: true },
        { content: slot.title },
        { content: `${slot.minutes} ${l.minutes}` },
      ]),
    },
  ];
}

/** "Duur: 30 minuten (13.15–13.45)": how long a step takes and when, for the step's own section. */
export function durationBlock(
  label: string,
  slot: { readonly startMinute: number; readonly minutes: number },
  start: ClockMinutes,
  language: string,
  minutesLabel: string,
  minutes: number = slot.minutes,
): Block {
  return p([
    { text: `${label}: `, bold: true },
    `${minutes} ${minutesLabel} (${clockRange(start, slot.startMinute, slot.minutes, language)})`,
  ]);
}
