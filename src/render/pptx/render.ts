// A fitted deck to PPTX bytes: its parts written as PresentationML (emit.ts), zipped with fixed times.
import type { Theme } from '../../theme/theme.js';
import { writePackage } from '../ooxml/package.js';
import { deckParts } from './emit.js';
import type { FittedDeck } from './paginate.js';

export async function pptxBytes(deck: FittedDeck, theme: Theme, date: Date): Promise<Buffer> {
  return writePackage(deckParts(deck, theme, { date }), date);
}
