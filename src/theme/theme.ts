// The theme: design tokens every renderer uses (colours, type, spacing, fonts, organisation). Built from
// defaults plus an organisation's brand; renderers use tokens, never literal colours or sizes.
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { FontSet } from '../typeset/fonts.js';
import { defaultFonts } from '../typeset/fonts.js';

export interface Colours {
  /** Main text. */
  readonly ink: string;
  /** Secondary text: durations, credits, hints. */
  readonly muted: string;
  /** The organisation's main colour: header band, numbers, headings. */
  readonly primary: string;
  /** Text on the primary colour. */
  readonly onPrimary: string;
  /** A second colour for highlights (number badges). */
  readonly accent: string;
  readonly onAccent: string;
  /** Light tint of the primary colour: writing areas and table headers. */
  readonly tint: string;
  /** Hairlines and borders. */
  readonly rule: string;
  readonly paper: string;
}

export interface Organisation {
  readonly name: string;
  readonly contact?: string;
  /** Where the brand file writes the name and the contact line, for a message about either. */
  readonly origins?: { readonly name?: SourcePosition; readonly contact?: SourcePosition };
  /** A prepared logo (PNG bytes at print resolution) with its pixel size. */
  readonly logo?: {
    readonly png: Buffer;
    readonly widthPx: number;
    readonly heightPx: number;
    readonly vector: boolean;
    readonly alt: string;
    /** Where the brand file names the logo, for a resolution warning that points at it. */
    readonly origin?: SourcePosition;
  };
}

export interface Theme {
  readonly colours: Colours;
  readonly fonts: FontSet;
  readonly organisation?: Organisation;
}

export const defaultColours: Colours = {
  ink: '#1A2733',
  muted: '#52606C',
  primary: '#0B5D7A',
  onPrimary: '#FFFFFF',
  accent: '#F2A81D',
  onAccent: '#1A2733',
  tint: '#E8F2F5',
  rule: '#B7C8D0',
  paper: '#FFFFFF',
};

export function defaultTheme(): Theme {
  return { colours: defaultColours, fonts: defaultFonts() };
}

/**
 * A brand text's field and origin, to spread into a text spec: an overflow of the organisation's name or
 * contact line then names the brand file, its line and field, not the kit's content files.
 */
export function brandOrigin(
  organisation: Organisation,
  text: 'name' | 'contact',
): { field: string; origin?: SourcePosition } {
  const origin = organisation.origins?.[text];
  return { field: text === 'name' ? 'organisation' : 'contact', ...(origin ? { origin } : {}) };
}

/**
 * The organisation as one printed line: "Gemeente Voorbeeldstad · Vragen? datateam@…" when `fits` says it
 * has room, else the name alone. With its origin: the contact line's when it is in, else the name's.
 */
export function organisationLine(
  organisation: Organisation,
  fits: (text: string) => boolean = () => true,
): { text: string; field: string; origin?: SourcePosition } {
  const withContact = organisation.contact ? `${organisation.name} · ${organisation.contact}` : undefined;
  return withContact && fits(withContact)
    ? { text: withContact, ...brandOrigin(organisation, 'contact') }
    : { text: organisation.name, ...brandOrigin(organisation, 'name') };
}
