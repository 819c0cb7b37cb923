// The workshop deck of the Checklist Samen Data Delen (PPTX), built from the same slide building blocks
// as the Data Team Start deck. The `workshop` artefact also makes the workshop guide (DOCX); the registry
// entry calls this function beside the guide's renderer.
//
// The question slides wear their area's colour (the same as in the checklist and on the tip cards): the
// shared building blocks shade cells in the theme's tint, so each question slide is written with a theme
// whose tint is its area's fill. Nothing else on a slide uses the tint.
import type { LocalisedChecklist } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { categoryPalette } from '../../theme/palette.js';
import type { Theme } from '../../theme/theme.js';
import { writePackage } from '../ooxml/package.js';
import type { RenderedFile } from '../rendered.js';
import { deckParts } from '../pptx/emit.js';
import { cultureOf } from '../pptx/language.js';
import type { FittedDeck } from '../pptx/paginate.js';
import { slideXml } from '../pptx/slide-part.js';
import type { WorkshopDeckOptions } from './plan.js';
import { areaOfSlide, planWorkshopDeck } from './plan.js';

export const WORKSHOP_DECK_FILE = 'workshop-deck.pptx';

export async function renderWorkshopDeck(
  kit: LocalisedChecklist,
  theme: Theme,
  options: WorkshopDeckOptions,
  date: Date,
): Promise<{ files: RenderedFile[]; diagnostics: Diagnostic[] }> {
  const { deck, diagnostics } = planWorkshopDeck(kit, theme, options, date);
  if (hasErrors(diagnostics)) return { files: [], diagnostics };
  const parts = deckParts(deck, theme, { date });
  for (const [name, xml] of areaSlides(deck, kit, theme)) parts.set(name, Buffer.from(xml, 'utf8'));
  return { files: [{ name: WORKSHOP_DECK_FILE, bytes: await writePackage(parts, date) }], diagnostics };
}

/** The question slides, written with their area's colour as the tint: part name → slide XML. */
function areaSlides(deck: FittedDeck, kit: LocalisedChecklist, theme: Theme): Map<string, string> {
  const palette = categoryPalette(theme, kit.areas.length);
  const lang = cultureOf(deck.language);
  const slides = new Map<string, string>();
  deck.slides.forEach((slide, i) => {
    const area = areaOfSlide(slide.id);
    const colour = area === undefined ? undefined : palette[area - 1];
    if (!colour) return;
    const tinted: Theme = { ...theme, colours: { ...theme.colours, tint: colour.fill } };
    slides.set(`ppt/slides/slide${i + 1}.xml`, slideXml(slide, tinted, lang));
  });
  return slides;
}
