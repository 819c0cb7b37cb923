// The design of each slide layout, decided once from the theme: where the layout's geometry puts the
// placeholders, and the shapes the layout draws behind every slide that uses it (the band or accent bar,
// the footer rule, the logo and its white plate on dark slides, the footer line). Plain data in points and
// theme colours; master.ts only writes it out.
import type { Theme } from '../../theme/theme.js';
import type { Box, ColourToken, SlideGeometry } from './layout.js';
import { geometry, logoSize, SLIDE } from './layout.js';
import type { SlideLayoutName } from './model.js';

/** A shape of a layout, behind the placeholders: a filled rectangle or a horizontal rule. */
export type LayoutShape =
  | {
      readonly kind: 'rectangle';
      readonly name: string;
      readonly box: Box;
      readonly colour: ColourToken | 'white';
    }
  | {
      readonly kind: 'rule';
      readonly name: string;
      readonly from: { readonly x: number; readonly y: number };
      readonly width: number;
      readonly colour: ColourToken;
      readonly weight: number;
    }
  | { readonly kind: 'logo'; readonly box: Box; readonly alt: string };

export interface LayoutDesign {
  readonly layout: SlideLayoutName;
  readonly geometry: SlideGeometry;
  /** In drawing order, before the footer text and the placeholders. */
  readonly shapes: readonly LayoutShape[];
  /** Where the footer line goes; none on the title slide. */
  readonly footer?: Box;
  /** Whether the layout has a slide number (all but the title slide). */
  readonly slideNumber: boolean;
}

/** White space around the logo on its plate. */
const LOGO_PLATE_PAD = 8;

export function layoutDesign(layout: SlideLayoutName, theme: Theme): LayoutDesign {
  const g = geometry(layout, theme);
  const shapes: LayoutShape[] = [];
  if (layout === 'content') {
    // A band in the organisation's colour along the top, a hairline above the footer.
    shapes.push({
      kind: 'rectangle',
      name: 'Band',
      box: { x: 0, y: 0, width: SLIDE.width, height: 8 },
      colour: 'primary',
    });
    shapes.push({
      kind: 'rule',
      name: 'Footer Rule',
      from: { x: g.footer.x, y: g.footer.y - 8 },
      width: SLIDE.width - 2 * g.footer.x,
      colour: 'rule',
      weight: 0.75,
    });
  } else {
    // An accent bar under the title on dark slides.
    shapes.push({
      kind: 'rectangle',
      name: 'Accent Bar',
      box: { x: g.title.x, y: g.body.y - 14, width: 72, height: 5 },
      colour: 'accent',
    });
  }
  const logo = theme.organisation?.logo;
  if (logo) {
    const { width, height } = logoSize(layout, theme, logo);
    const x = layout === 'title' ? g.logo.x : g.logo.x + g.logo.width - width;
    if (g.background !== 'paper') {
      const pad = LOGO_PLATE_PAD;
      shapes.push({
        kind: 'rectangle',
        name: 'Logo Plate',
        box: { x: x - pad, y: g.logo.y - pad, width: width + 2 * pad, height: height + 2 * pad },
        colour: 'white',
      });
    }
    shapes.push({ kind: 'logo', box: { x, y: g.logo.y, width, height }, alt: logo.alt });
  }
  return {
    layout,
    geometry: g,
    shapes,
    ...(layout !== 'title' ? { footer: g.footer } : {}),
    slideNumber: layout !== 'title',
  };
}
