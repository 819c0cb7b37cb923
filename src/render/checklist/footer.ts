// The checklist's page footer: a rule, the title and version at the left, the page number at the right,
// the licence under them. Measured once; placed on every page when the number of pages is known.
import type { LayoutItem } from '../layout.js';
import type { TextSpec } from '../text-fitter.js';
import type { ChecklistContext } from './flow.js';

export interface Footer {
  readonly height: number;
  place(y: number, page: number, pages: number): LayoutItem[];
}

/** Room between a footer and the paper's bottom edge. */
export const FOOTER_BOTTOM_MM = 12;

export function footerLayout({ kit, theme, fitter, margin, width }: ChecklistContext): Footer {
  const c = theme.colours;
  const head = 8 * 1.25;
  const licenceSpec: TextSpec = {
    text: kit.meta.licence,
    weight: 'regular',
    size: 6.5,
    minSize: 6,
    colour: c.muted,
    label: 'footer, licence',
    field: 'kit.licence',
    leading: 1.3,
  };
  const licence = fitter.fit(licenceSpec, { width, maxLines: 3 });
  const height = 4 + head + 2 + licence.height;
  return {
    height,
    place: (y, page, pages) => [
      { kind: 'line', x1: margin, y1: y, x2: margin + width, y2: y, colour: c.rule, width: 0.5 },
      fitter.place(
        {
          text: `${kit.meta.title} · ${kit.labels.version} ${kit.version}`,
          weight: 'semibold',
          size: 8,
          colour: c.ink,
          label: 'footer, title',
        },
        margin,
        y + 4,
        { width: width - 60, maxLines: 1 },
      ),
      fitter.place(
        {
          text: `${page} / ${pages}`,
          weight: 'semibold',
          size: 8,
          colour: c.ink,
          align: 'right',
          label: 'footer, page number',
        },
        margin + width - 60,
        y + 4,
        { width: 60, maxLines: 1 },
      ),
      fitter.place({ ...licenceSpec, size: licence.size }, margin, y + 4 + head + 2, { width, maxLines: 3 }),
    ],
  };
}
