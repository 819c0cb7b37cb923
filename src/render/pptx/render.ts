// A fitted deck to PPTX bytes: drawn with pptxgenjs, then finished (languages, notes, stable bytes).
import type { Theme } from '../../theme/theme.js';
import { emitDeck } from './emit.js';
import { finishDeck } from './finish.js';
import type { FittedDeck } from './paginate.js';

export async function pptxBytes(deck: FittedDeck, theme: Theme, date: Date): Promise<Buffer> {
  const parts = await emitDeck(deck, theme);
  return finishDeck(parts, deck, {
    date,
    ...(theme.organisation ? { creator: theme.organisation.name } : {}),
  });
}
