// What each kind of kit produces, and the renderer that makes it. Renderers are loaded lazily, so a
// build pays only for the libraries it uses.
import type { ClockMinutes } from '../content/clock.js';
import type { LocalisedKit } from '../content/model.js';
import type { PosterRenderOptions } from '../render/poster/render.js';
import type { Rendered } from '../render/rendered.js';
import type { Theme } from '../theme/theme.js';

export interface RenderRequest {
  readonly kit: LocalisedKit;
  readonly theme: Theme;
  /** The poster variant, for the poster's tasks (one task per variant). */
  readonly poster?: PosterRenderOptions;
  /** The date stamped into the files. */
  readonly date: Date;
  /** When the session starts (minutes after midnight): the clock times in agendas and schedules. */
  readonly start: ClockMinutes;
}

export type Renderer = (request: RenderRequest) => Promise<Rendered>;

export interface ArtefactKind {
  /** The name used with --only. */
  readonly name: string;
  readonly kitKind: 'data-team-start' | 'checklist';
  readonly description: string;
  /**
   * Where it renders in a build on both cores: `pdf`, the worker thread that has pdfkit loaded; `main`,
   * this thread (the Word and PowerPoint writers).
   */
  readonly thread: 'pdf' | 'main';
  /** Rough CPU cost, measured relative to the others: each thread starts with its costliest task. */
  readonly cost: number;
  /** Loads the renderer (and its libraries) on first use. */
  readonly load: () => Promise<Renderer>;
}

export const artefactKinds: readonly ArtefactKind[] = [
  {
    name: 'poster',
    kitKind: 'data-team-start',
    description: 'table poster (PDF): plain, for a print shop, tiled on A4 and A3',
    thread: 'pdf',
    cost: 2,
    load: async () => {
      const { renderPoster } = await import('../render/poster/render.js');
      return async ({ kit, theme, poster, date }) => {
        if (!poster) throw new Error('a poster task without its variant');
        return kit.kind === 'data-team-start'
          ? renderPoster(kit, theme, poster, date)
          : { files: [], diagnostics: [] };
      };
    },
  },
  {
    name: 'deck',
    kitKind: 'data-team-start',
    description: 'session deck with speaker notes (PPTX)',
    thread: 'main',
    cost: 1,
    load: async () => {
      const { renderDeck } = await import('../render/deck/render.js');
      return async ({ kit, theme, date, start }) =>
        kit.kind === 'data-team-start'
          ? renderDeck(kit, theme, { start }, date)
          : { files: [], diagnostics: [] };
    },
  },
  {
    name: 'handbook',
    kitKind: 'data-team-start',
    description: 'facilitator handbook (DOCX)',
    thread: 'main',
    cost: 6,
    load: async () => {
      const { renderHandbook } = await import('../render/handbook/render.js');
      return async ({ kit, theme, date, start }) =>
        kit.kind === 'data-team-start'
          ? renderHandbook(kit, theme, { start }, date)
          : { files: [], diagnostics: [] };
    },
  },
  {
    name: 'checklist',
    kitKind: 'checklist',
    description: 'fillable checklist (PDF, A4)',
    thread: 'pdf',
    cost: 5,
    load: async () => {
      const { renderChecklist } = await import('../render/checklist/render.js');
      return async ({ kit, theme, date }) =>
        kit.kind === 'checklist' ? renderChecklist(kit, theme, {}, date) : { files: [], diagnostics: [] };
    },
  },
  {
    name: 'cards',
    kitKind: 'checklist',
    description: 'tip cards, duplex (PDF)',
    thread: 'pdf',
    cost: 2,
    load: async () => {
      const { renderCards } = await import('../render/cards/render.js');
      return async ({ kit, theme, date }) =>
        kit.kind === 'checklist' ? renderCards(kit, theme, {}, date) : { files: [], diagnostics: [] };
    },
  },
  {
    name: 'workshop',
    kitKind: 'checklist',
    description: 'workshop guide (DOCX) and deck (PPTX)',
    thread: 'main',
    cost: 8,
    load: async () => {
      const [{ renderWorkshopGuide }, { renderWorkshopDeck }] = await Promise.all([
        import('../render/workshop-guide/render.js'),
        import('../render/workshop-deck/render.js'),
      ]);
      return async ({ kit, theme, date, start }) => {
        if (kit.kind !== 'checklist') return { files: [], diagnostics: [] };
        const guide = await renderWorkshopGuide(kit, theme, { start }, date);
        const deck = await renderWorkshopDeck(kit, theme, { start }, date);
        return {
          files: [...guide.files, ...deck.files],
          diagnostics: [...guide.diagnostics, ...deck.diagnostics],
        };
      };
    },
  },
];

export const artefactNames = artefactKinds.map((a) => a.name);

/** The artefacts the PDF worker renders. */
export const pdfArtefactNames: readonly string[] = artefactKinds
  .filter((a) => a.thread === 'pdf')
  .map((a) => a.name);

/** An artefact's cost (1 for a name the registry lacks). */
export function artefactCost(name: string): number {
  return artefactKinds.find((a) => a.name === name)?.cost ?? 1;
}
