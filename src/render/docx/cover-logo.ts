// The logo on a Word document's cover: how large it is placed (at most 20 mm high and 70 mm wide, in
// whole pixels at 96 per inch, as Word does) and whether it prints sharp at that size.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { logoResolution } from '../../media/logo.js';
import type { Organisation } from '../../theme/theme.js';

/** EMU per pixel at 96 per inch, and per point. */
const EMU_PER_PX = 9525;
const EMU_PER_PT = 12700;

export function coverLogoExtent(logo: NonNullable<Organisation['logo']>): { cx: number; cy: number } {
  const maxH = (20 / 25.4) * 96;
  const maxW = (70 / 25.4) * 96;
  const scale = Math.min(maxH / logo.heightPx, maxW / logo.widthPx);
  return {
    cx: Math.round(logo.widthPx * scale) * EMU_PER_PX,
    cy: Math.round(logo.heightPx * scale) * EMU_PER_PX,
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
    widthPt: coverLogoExtent(logo).cx / EMU_PER_PT,
  });
  return blurred ? [blurred] : [];
}
