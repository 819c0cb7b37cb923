// How every text of a language fits its boxes: each artefact with fixed boxes (the poster, the decks, the
// checklist, the tip cards) is planned, not written, and every placement the text fitter made is listed
// with the share of its box it uses, tightest first. The handbook and the guides are Word documents whose
// text flows from page to page: they have no boxes to measure. What `dts translate fit` prints, and what
// the PO and XLIFF exports tell a translator about each text's room.
import { defaultStart, releaseDate } from '../content/clock.js';
import type { LocalisedKit } from '../content/model.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Placement } from '../render/text-fitter.js';
import type { Theme } from '../theme/theme.js';

export interface FittedField {
  /** The artefact, as --only names it (the workshop deck: workshop-deck). */
  readonly artefact: string;
  readonly label: string;
  readonly field?: string;
  readonly characters: number;
  /** Share of its box used: 1 is full, above 1 does not fit. */
  readonly use: number;
  readonly bounded: boolean;
  readonly fits: boolean;
  readonly size: number;
  readonly shrunkFrom?: number;
  /** Characters to cut, when it does not fit. */
  readonly over?: number;
  /** About how many characters the box holds at its smallest size (bounded boxes). */
  readonly room?: number;
}

export interface FitReport {
  readonly kit: string;
  readonly language: string;
  readonly artefacts: readonly string[];
  /** Every text placed, tightest first; texts measured more than once in the same place appear once. */
  readonly fields: readonly FittedField[];
  /** The planners' own diagnostics (overflows, shrinks), as a build would report them. */
  readonly diagnostics: readonly Diagnostic[];
}

/** A planner run for its findings: its diagnostics, and where it placed each text (a kit of another kind: none). */
type Planner = (
  kit: LocalisedKit,
  theme: Theme,
) => { diagnostics: Diagnostic[]; placements: readonly Placement[] } | undefined;

const date = (kit: LocalisedKit) => releaseDate(kit.released);

/** The artefacts with fixed boxes, per kind of kit; each planner is loaded on first use. */
const planners: Readonly<Record<string, readonly { name: string; load: () => Promise<Planner> }[]>> = {
  'data-team-start': [
    {
      name: 'poster',
      load: async () => {
        const { planPoster } = await import('../render/poster/plan.js');
        return (kit, theme) => (kit.kind === 'data-team-start' ? planPoster(kit, theme) : undefined);
      },
    },
    {
      name: 'deck',
      load: async () => {
        const { planDeck } = await import('../render/deck/plan.js');
        return (kit, theme) =>
          kit.kind === 'data-team-start'
            ? planDeck(kit, theme, { start: defaultStart }, date(kit))
            : undefined;
      },
    },
  ],
  checklist: [
    {
      name: 'checklist',
      load: async () => {
        const { planChecklist } = await import('../render/checklist/plan.js');
        return (kit, theme) => (kit.kind === 'checklist' ? planChecklist(kit, theme) : undefined);
      },
    },
    {
      name: 'cards',
      load: async () => {
        const { planCards } = await import('../render/cards/plan.js');
        return (kit, theme) => (kit.kind === 'checklist' ? planCards(kit, theme) : undefined);
      },
    },
    {
      name: 'workshop-deck',
      load: async () => {
        const { planWorkshopDeck } = await import('../render/workshop-deck/plan.js');
        return (kit, theme) =>
          kit.kind === 'checklist'
            ? planWorkshopDeck(kit, theme, { start: defaultStart }, date(kit))
            : undefined;
      },
    },
  ],
};

export async function fitReport(kit: LocalisedKit, theme: Theme): Promise<FitReport> {
  const fields: FittedField[] = [];
  const diagnostics: Diagnostic[] = [];
  const artefacts: string[] = [];
  for (const { name, load } of planners[kit.kind] ?? []) {
    const plan = await load();
    const result = plan(kit, theme);
    if (!result) continue;
    artefacts.push(name);
    diagnostics.push(...result.diagnostics);
    // The placements of what the planner chose (the poster: the layout it printed, not the one it tried).
    fields.push(...merge(name, result.placements));
  }
  fields.sort(tightestFirst);
  return { kit: kit.id, language: kit.language, artefacts, fields, diagnostics };
}

/** One entry per text and place: a text measured, then placed, counts once, at its tightest. */
function merge(artefact: string, placements: readonly Placement[]): FittedField[] {
  const byPlace = new Map<string, Placement>();
  const shrunk = new Map<string, number>();
  for (const p of placements) {
    const key = `${p.label}\u0000${p.field ?? ''}`;
    if (p.shrunkFrom !== undefined) shrunk.set(key, Math.max(shrunk.get(key) ?? 0, p.shrunkFrom));
    const seen = byPlace.get(key);
    if (!seen || (seen.fits && !p.fits) || (seen.fits === p.fits && p.use > seen.use)) byPlace.set(key, p);
  }
  return [...byPlace].map(([key, p]) => {
    const shrunkFrom = shrunk.get(key);
    const room = p.bounded ? p.room() : undefined;
    return {
      artefact,
      label: p.label,
      ...(p.field ? { field: p.field } : {}),
      characters: p.characters,
      use: p.use,
      bounded: p.bounded,
      fits: p.fits,
      size: p.size,
      ...(shrunkFrom !== undefined && shrunkFrom > p.size ? { shrunkFrom } : {}),
      ...(p.over !== undefined ? { over: p.over } : {}),
      ...(room !== undefined ? { room } : {}),
    };
  });
}

function tightestFirst(a: FittedField, b: FittedField): number {
  if (a.fits !== b.fits) return a.fits ? 1 : -1;
  if (a.bounded !== b.bounded) return a.bounded ? -1 : 1;
  return b.use - a.use || a.artefact.localeCompare(b.artefact) || a.label.localeCompare(b.label);
}

/** Where a text appears and how much room it has, by field: what translation tools are told. */
export interface FieldRoom {
  /** "poster: assignment 3 (Probleemboom), title", one per place. */
  readonly places: readonly string[];
  /** Short references for a PO file's `#:` line: "poster:assignment-3". */
  readonly references: readonly string[];
  /** The smallest room of its fixed boxes, in characters; absent when it only flows. */
  readonly room?: number;
}

export function roomByField(reports: readonly FitReport[]): Map<string, FieldRoom> {
  const byField = new Map<string, { places: string[]; references: string[]; room?: number }>();
  for (const report of reports) {
    // In document order, not tightest first: a translator reads "poster: …; deck: slide 3 …".
    const fields = [...report.fields].sort(
      (a, b) => report.artefacts.indexOf(a.artefact) - report.artefacts.indexOf(b.artefact),
    );
    for (const f of fields) {
      if (!f.field) continue;
      const entry = byField.get(f.field) ?? { places: [], references: [] };
      const place = `${f.artefact}: ${f.label}`;
      if (!entry.places.includes(place)) entry.places.push(place);
      const reference = `${f.artefact}:${slug(f.label)}`;
      if (!entry.references.includes(reference)) entry.references.push(reference);
      if (f.room !== undefined) entry.room = Math.min(entry.room ?? Infinity, f.room);
      byField.set(f.field, entry);
    }
  }
  return byField;
}

/** "slide 9 ("Opdracht 3"), title" → "slide-9": the thing a text is on, as one word. */
function slug(label: string): string {
  const head = label.split(/ \(|,/)[0] ?? label;
  return (
    head
      .toLowerCase()
      .replace(/^the /, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'text'
  );
}

/** The places of a text, for a comment: at most `limit`, then how many more. */
export function describePlaces(places: readonly string[], limit = 4): string {
  const shown = places.slice(0, limit).join('; ');
  return places.length > limit ? `${shown}; and ${places.length - limit} more` : shown;
}
