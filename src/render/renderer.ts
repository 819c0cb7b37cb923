// The one contract every artefact meets. A renderer is a plain object: what it is (id, the kind of kit
// it is made for, when and on which thread it is made, how costly it is, the files it makes), and a
// `load()` that imports its two steps only when a build needs them, so a build pays only for the
// libraries it uses. The steps: `plan` is pure (measure, fit, lay out, report what does not fit) and
// makes no bytes; `emit` turns the plan into files and is the only step that does. The registry
// (src/build/artefacts.ts) is the list of these objects; the build, the worker, `--only`, the manifest
// and `dts plan` all read it.
import type { ClockMinutes } from '../content/clock.js';
import type { LocalisedKit } from '../content/model.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { FileVariant } from '../build/files.js';
import type { Theme } from '../theme/theme.js';
import type { PosterRenderOptions } from './poster/render.js';
import type { Rendered } from './rendered.js';

type KitsByKind = { readonly [K in LocalisedKit['kind']]: Extract<LocalisedKit, { readonly kind: K }> };
export type KitKind = LocalisedKit['kind'];
/** The localised kit of a kind (an indexed type, not Extract: a renderer of one kind is then a Renderer). */
export type KitOfKind<K extends KitKind> = KitsByKind[K];

/** What every render of one build (or one `dts plan`) shares. */
export interface RenderContext {
  readonly theme: Theme;
  /** The date stamped into the files. */
  readonly date: Date;
  /** When the session starts (minutes after midnight): the clock times in agendas and schedules. */
  readonly start: ClockMinutes;
}

export interface Planned<Plan> {
  readonly plan: Plan;
  readonly diagnostics: Diagnostic[];
}

/** The two steps, loaded on first use. */
export interface RenderSteps<K extends KitKind, Input, Plan> {
  /** Pure: the same kit, input and context give the same plan and diagnostics. */
  plan(kit: KitOfKind<K>, input: Input, context: RenderContext): Planned<Plan>;
  /** The bytes: one file for each of `files(input)`, in that order. */
  emit(plan: Plan, context: RenderContext): Promise<Rendered>;
}

/** What a build is asked for beyond the kits: the inputs of renderers that make several variants. */
export interface BuildRequest {
  /** The poster's print variants. */
  readonly posters: readonly PosterRenderOptions[];
}

/** The input of a renderer that makes one thing per kit and language. */
export type NoInput = Readonly<Record<string, never>>;

/** `variants` of a renderer made once per kit and language. */
export const once = (): readonly NoInput[] => [{}];

/** An artefact `dts build` makes, for every kit of its kind and every language. */
export interface MadeByBuild<Input> {
  readonly by: 'build';
  /**
   * Where it renders in a build on both cores: `pdf`, the worker thread that has pdfkit loaded; `main`,
   * this thread (the Word and PowerPoint writers).
   */
  readonly thread: 'pdf' | 'main';
  /** Rough CPU cost, measured relative to the others: each thread starts with its costliest task. */
  readonly cost: number;
  /** One render task for each input: the poster one per print variant, the others one. */
  variants(request: BuildRequest): readonly Input[];
}

/** An artefact made on request by its own command (`dts plan`), from input the user gives it. */
export interface MadeOnRequest {
  readonly by: 'plan';
}

/** A file a renderer makes: which file of the download it is, and its extension. */
export interface OutputFile {
  readonly variant: FileVariant;
  readonly extension: string;
}

export interface Renderer<K extends KitKind = KitKind, Input = unknown, Plan = unknown> {
  /** Its name: with `--only`, in the manifest (`kind`), in progress lines. */
  readonly id: string;
  readonly kitKind: K;
  /** One line for `dts build --help`. */
  readonly description: string;
  readonly made: MadeByBuild<Input> | MadeOnRequest;
  /** The files it makes for an input, in the order `emit` returns them. */
  files(input: Input): readonly OutputFile[];
  load(): Promise<RenderSteps<K, Input, Plan>>;
}

/** A renderer `dts build` makes: each registry entry in `buildRenderers` is one. */
export type BuildRenderer<K extends KitKind = KitKind, Input = unknown, Plan = unknown> = Renderer<
  K,
  Input,
  Plan
> & { readonly made: MadeByBuild<Input> };

export function madeByBuild(renderer: Renderer): renderer is BuildRenderer {
  return renderer.made.by === 'build';
}

/** The file a renderer names `deck.pptx`: the download's `deck` file, a `.pptx`. */
export function namedFile(name: string): OutputFile {
  const dot = name.lastIndexOf('.');
  return dot > 0
    ? { variant: { file: name.slice(0, dot) }, extension: name.slice(dot) }
    : { variant: { file: name }, extension: '' };
}

/** Plan, then emit unless the plan has errors (then no files, only the diagnostics). */
export async function runSteps<K extends KitKind, Input, Plan>(
  steps: RenderSteps<K, Input, Plan>,
  kit: KitOfKind<K>,
  input: Input,
  context: RenderContext,
): Promise<Rendered> {
  const { plan, diagnostics } = steps.plan(kit, input, context);
  if (hasErrors(diagnostics)) return { files: [], diagnostics };
  const emitted = await steps.emit(plan, context);
  return { files: emitted.files, diagnostics: [...diagnostics, ...emitted.diagnostics] };
}

/** Renders one artefact for one localised kit; the kit must be of the renderer's kind. */
export async function render<K extends KitKind, Input, Plan>(
  renderer: Renderer<K, Input, Plan>,
  kit: LocalisedKit,
  input: Input,
  context: RenderContext,
): Promise<Rendered> {
  if (!isKitOf(kit, renderer.kitKind))
    throw new Error(`${renderer.id} is made for ${renderer.kitKind} kits, not for ${kit.id} (${kit.kind})`);
  const rendered = await runSteps(await renderer.load(), kit, input, context);
  const expected = renderer.files(input).length;
  if (rendered.files.length > 0 && rendered.files.length !== expected)
    throw new Error(`${renderer.id} made ${rendered.files.length} files, but declares ${expected}`);
  return rendered;
}

function isKitOf<K extends KitKind>(kit: LocalisedKit, kind: K): kit is KitOfKind<K> {
  return kit.kind === kind;
}

/**
 * Two renderers' steps as one: both planned (the diagnostics of the first, then of the second), both
 * emitted (the first's files first). For an artefact that is a pair of files, such as the workshop.
 */
export function bothSteps<K extends KitKind, Input, PlanA, PlanB>(
  a: RenderSteps<K, Input, PlanA>,
  b: RenderSteps<K, Input, PlanB>,
): RenderSteps<K, Input, readonly [PlanA, PlanB]> {
  return {
    plan(kit, input, context) {
      const first = a.plan(kit, input, context);
      const second = b.plan(kit, input, context);
      return { plan: [first.plan, second.plan], diagnostics: [...first.diagnostics, ...second.diagnostics] };
    },
    async emit([planA, planB], context) {
      const first = await a.emit(planA, context);
      const second = await b.emit(planB, context);
      return {
        files: [...first.files, ...second.files],
        diagnostics: [...first.diagnostics, ...second.diagnostics],
      };
    },
  };
}
