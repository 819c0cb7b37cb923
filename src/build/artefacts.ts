// The registry: every artefact dts makes, one renderer object each (the contract: src/render/renderer.ts).
// Everything else is derived from this list: what `dts build` renders for each kind of kit, on which
// thread and in what order (parallel.ts), what the PDF worker preloads (render-worker.ts), the values and
// help of `--only`, the manifest's `kind`s (the ids), whether bin.ts starts the worker early, and what
// `dts plan` renders. Importing it is cheap: each entry loads its renderer's code only when used.
// Adding an artefact: a folder under src/render/ that exports its renderer, and one line here.
import { cardsRenderer } from '../render/cards/renderer.js';
import { checklistRenderer } from '../render/checklist/renderer.js';
import { deckRenderer } from '../render/deck/renderer.js';
import { handbookRenderer } from '../render/handbook/renderer.js';
import { posterRenderer } from '../render/poster/renderer.js';
import { projectPlanRenderer } from '../render/project-plan/renderer.js';
import type { BuildRenderer, Renderer } from '../render/renderer.js';
import { workshopRenderer } from '../render/workshop/renderer.js';

/** What `dts build` makes for every kit of the renderer's kind and every language, in this order. */
export const buildRenderers: readonly BuildRenderer[] = [
  posterRenderer,
  deckRenderer,
  handbookRenderer,
  checklistRenderer,
  cardsRenderer,
  workshopRenderer,
];

/** Made on request by their own command, from what the user gives it, never by `dts build`. */
export const onRequest = { plan: projectPlanRenderer } as const;

/** Every artefact. */
export const renderers: readonly Renderer[] = [...buildRenderers, ...Object.values(onRequest)];

/** The names `--only` accepts (and the manifest's `kind`s). */
export const artefactNames: readonly string[] = buildRenderers.map((r) => r.id);

/** A renderer of the registry by its id. */
export function rendererFor(id: string): Renderer | undefined {
  return renderers.find((r) => r.id === id);
}

/** Whether a selection of artefacts (`--only`; every artefact when absent) has one for the PDF worker. */
export function selectsPdf(only: readonly string[] | undefined): boolean {
  return buildRenderers.some((r) => r.made.thread === 'pdf' && (!only || only.includes(r.id)));
}

/** `--only`'s help: one line per artefact, its id and what it is. */
export function onlyHelp(indent: string): string {
  const width = Math.max(...artefactNames.map((n) => n.length)) + 2;
  return buildRenderers.map((r) => `${indent}${r.id.padEnd(width)}${r.description}`).join('\n');
}
