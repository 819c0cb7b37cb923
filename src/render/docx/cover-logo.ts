// The logo on a Word document's cover: how large it is placed (at most 20 mm high and 70 mm wide, in
// whole pixels at 96 per inch, as Word does) and whether it prints sharp at that size.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { logoResolution } from '../../media/logo.js';
import type { Organisation } from '../../theme/theme.js';
import type { Pt } from '../units.js';
import { pxToPt } from '../units.js';

/** The logo's size on the cover, in points: whole pixels at 96 per inch, so Word keeps it as it is. */
export function coverLogoSize(logo: NonNullable<Organisation['logo']>): { width: Pt; height: Pt } {
  const maxH = (20 / 25.4) * 96;
  const maxW = (70 / 25.4) * 96;
  const scale = Math.min(maxH / logo.heightPx, maxW / logo.widthPx);
  return {
    width: pxToPt(Math.round(logo.widthPx * scale)),
    height: pxToPt(Math.round(logo.heightPx * scale)),
  };
}

/** The `low-resolution` warning for the cover logo of `what` ("handbook"), when it prints blurred. */
export function coverLogoDiagnostics(
  organisation: Organisation | undefined,
  what: string,
  language: string,
): Diagnostic[] {
  const logo = organisation?.logo;
  if (!logo) return [];
  const blurred = logoResolution(logo, {
    artefact: `${what} cover`,
    language,
    widthPt: coverLogoSize(logo).width,
  });
  return blurred ? [blurred] : [];
}
