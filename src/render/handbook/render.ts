// The facilitator handbook: the outline (pure), then the shared DOCX house style makes the bytes.
import type { LocalisedDataTeamStart } from '../../content/model.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import { missingGlyphDiagnostics, renderDocx } from '../docx/index.js';
import type { RenderedFile } from '../rendered.js';
import type { HandbookOptions } from './outline.js';
import { handbookOutline } from './outline.js';

export const handbookFileName = 'handbook.docx';

export async function renderHandbook(
  kit: LocalisedDataTeamStart,
  theme: Theme,
  options: HandbookOptions,
  date: Date,
): Promise<{ files: RenderedFile[]; diagnostics: Diagnostic[] }> {
  const spec = handbookOutline(kit, theme, options, date);
  const bytes = await renderDocx(spec, theme);
  return {
    files: [{ name: handbookFileName, bytes }],
    diagnostics: missingGlyphDiagnostics(spec, theme, 'handbook'),
  };
}
