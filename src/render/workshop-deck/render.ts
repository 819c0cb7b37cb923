// The workshop deck of the Checklist Samen Data Delen (PPTX), built from the same slide building blocks
// as the Data Team Start deck. One half of the `workshop` artefact (src/render/workshop/), beside the
// workshop guide (DOCX).
//
// The question slides wear their area's colour (the same as in the checklist and on the tip cards): the
// shared building blocks shade cells in the theme's tint, so each question slide is written with a theme
// whose tint is its area's fill. Nothing else on a slide uses the tint.
import type { LocalisedChecklist } from '../../content/model.js';
import { categoryPalette } from '../../theme/palette.js';
import type { Theme } from '../../theme/theme.js';
import { writePackage } from '../ooxml/package.js';
import type { Rendered } from '../rendered.js';
import type { NoInput, RenderSteps } from '../renderer.js';
import { runSteps } from '../renderer.js';
import { deckParts } from '../pptx/emit.js';
import { cultureOf } from '../pptx/language.js';
import type { FittedDeck } from '../pptx/paginate.js';
import { slideXml } from '../pptx/slide-part.js';
import type { WorkshopDeckOptions } from './plan.js';
import { areaOfSlide, planWorkshopDeck } from './plan.js';
import { WORKSHOP_DECK_FILE } from '../workshop/renderer.js';

export { WORKSHOP_DECK_FILE } from '../workshop/renderer.js';

/** The fitted deck, and how many question areas the kit has (their colours tint the question slides). */
export interface PlannedWorkshopDeck {
  readonly deck: FittedDeck;
  readonly areas: number;
}

export const workshopDeckSteps: RenderSteps<'checklist', NoInput, PlannedWorkshopDeck> = {
  plan(kit, _input, { theme, start, date }) {
    const { deck, diagnostics } = planWorkshopDeck(kit, theme, { start }, date);
    return { plan: { deck, areas: kit.areas.length }, diagnostics };
  },
  async emit({ deck, areas }, { theme, date }) {
    const parts = deckParts(deck, theme, { date });
    for (const [name, xml] of areaSlides(deck, areas, theme)) parts.set(name, Buffer.from(xml, 'utf8'));
    return { files: [{ name: WORKSHOP_DECK_FILE, bytes: await writePackage(parts, date) }], diagnostics: [] };
  },
};

export function renderWorkshopDeck(
  kit: LocalisedChecklist,
  theme: Theme,
  options: WorkshopDeckOptions,
  date: Date,
): Promise<Rendered> {
  return runSteps(workshopDeckSteps, kit, {}, { theme, date, start: options.start });
}

/** The question slides, written with their area's colour as the tint: part name → slide XML. */
function areaSlides(deck: FittedDeck, areas: number, theme: Theme): Map<string, string> {
  const palette = categoryPalette(theme, areas);
  const lang = cultureOf(deck.language);
  const slides = new Map<string, string>();
  deck.slides.forEach((slide, i) => {
    const area = areaOfSlide(slide.id);
    const colour = area === undefined ? undefined : palette[area - 1];
    if (!colour) return;
    // The area's text colour with it: the ink, or black where a light ink would not read on the fill.
    const tinted: Theme = { ...theme, colours: { ...theme.colours, tint: colour.fill, ink: colour.text } };
    slides.set(`ppt/slides/slide${i + 1}.xml`, slideXml(slide, tinted, lang));
  });
  return slides;
}
