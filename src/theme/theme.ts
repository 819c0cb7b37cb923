// The theme: design tokens every renderer uses (colours, type, spacing, fonts, organisation). Built from
// defaults plus an organisation's brand; renderers use tokens, never literal colours or sizes.
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { FontSet } from '../typeset/fonts.js';
import { defaultFonts } from '../typeset/fonts.js';

/**
 * The theme's colours by role. A brand colour has two roles, because one colour cannot always do both:
 * a surface (`primary`: bands, title slides, table headers, accent lines), with its own text colour on it
 * (`onPrimary`: white where white reads, else dark); and ink on paper (`primaryText`: titles, headings,
 * numbers, prompts and guide lines), which is the brand colour itself where it reads on paper and on its
 * tint, else the nearest darker shade of its hue. The accent is only ever a surface (badges, accent bars).
 * Every text/background pair the renderers use is listed in `roles.ts` and reaches 4.5:1.
 */
export interface Colours {
  /** Main text. */
  readonly ink: string;
  /** Secondary text: durations, credits, hints. */
  readonly muted: string;
  /** The organisation's main colour as a surface: title band, title slides, table headers, accent lines. */
  readonly primary: string;
  /** Text on the primary colour. */
  readonly onPrimary: string;
  /** The primary colour as ink on paper and on its tint: titles, headings, numbers, prompts, guide lines. */
  readonly primaryText: string;
  /** A second colour for highlights (number badges, accent bars). */
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
  primaryText: '#0B5D7A',
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
