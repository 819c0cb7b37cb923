// Which translations are outdated: their source text has changed since they were translated, by the
// record of what each was translated from. A text the record does not know is not tracked (no warning).
import type { TranslationRecord } from './record.js';
import type { TextUnit } from './units.js';
import { translationOf } from './units.js';

export interface OutdatedText {
  readonly unit: TextUnit;
  /** The source text it was translated from. */
  readonly was: string;
}

export function outdatedTexts(
  units: readonly TextUnit[],
  target: unknown,
  record: TranslationRecord,
): OutdatedText[] {
  const outdated: OutdatedText[] = [];
  for (const unit of units) {
    const was = record.texts[unit.key];
    if (was === undefined || was === unit.source) continue;
    if (translationOf(target, unit) === undefined) continue;
    outdated.push({ unit, was });
  }
  return outdated;
}

/**
 * What changed between two texts, in words: the common start and end are cut to "…", so a translator sees
 * the change and not two long paragraphs, e.g. `"… vier [uur → en een half uur] …"`.
 */
export function describeChange(was: string, now: string): string {
  const a = was.split(/(\s+)/);
  const b = now.split(/(\s+)/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
    end++;
  const removed = a
    .slice(start, a.length - end)
    .join('')
    .trim();
  const added = b
    .slice(start, b.length - end)
    .join('')
    .trim();
  const before = start > 0 ? '… ' : '';
  const after = end > 0 ? ' …' : '';
  if (!removed) return `${before}[+ ${added}]${after}`;
  if (!added) return `${before}[− ${removed}]${after}`;
  return `${before}[${removed} → ${added}]${after}`;
}
