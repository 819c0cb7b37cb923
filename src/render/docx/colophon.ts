// Pieces every kit document shares: the release date in the document's language, and the colophon page.
import type { Theme } from '../../theme/theme.js';
import type { Block, Content } from './model.js';
import { formatDate as formatCalendarDate } from '../../content/clock.js';

/** "25 november 2026" / "25 November 2026": the date in the document's language, as a UTC calendar date. */
export function formatDate(date: Date, language: string): string {
  return formatCalendarDate(date, language);
}

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
