// The facilitator handbook's two steps: the outline (pure), then the shared DOCX house style makes the
// bytes. Its registry entry is ./renderer.ts.
import type { LocalisedDataTeamStart } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import type { DocumentSpec } from '../docx/index.js';
import { missingGlyphDiagnostics, renderDocx } from '../docx/index.js';
import type { Rendered } from '../rendered.js';
import type { NoInput, RenderSteps } from '../renderer.js';
import { runSteps } from '../renderer.js';
import type { HandbookOptions } from './outline.js';
import { handbookOutline } from './outline.js';
import { handbookFileName } from './renderer.js';

export { handbookFileName } from './renderer.js';

export const handbookSteps: RenderSteps<'data-team-start', NoInput, DocumentSpec> = {
  plan(kit, _input, { theme, start, date }) {
    const spec = handbookOutline(kit, theme, { start }, date);
    return { plan: spec, diagnostics: missingGlyphDiagnostics(spec, theme, 'handbook') };
  },
  emit: async (spec, { theme }) => ({
    files: [{ name: handbookFileName, bytes: await renderDocx(spec, theme) }],
    diagnostics: [],
  }),
};

export function renderHandbook(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: HandbookOptions,
  date: Date,
): Promise<Rendered> {
  return runSteps(handbookSteps, kit, {}, { theme, date, start: options.start });
}
