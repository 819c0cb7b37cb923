// Rendering on both cores: a worker thread renders the PDFs (pdfkit) while this thread renders the Word
// and PowerPoint files (our own OOXML writers). Only the worker loads pdfkit. Planning the PDFs here and
// drawing them there was tried (measured): this thread then finished last and the build was slower, since
// each thread pays for warming up the code it runs. Kits and the theme travel to the worker as plain data;
// it reads its own fonts. Results are put back in task order, so the output never depends on which thread
// rendered what.
import type { ClockMinutes } from '../content/clock.js';
import type { LocalisedKit } from '../content/model.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RenderedFile } from '../render/rendered.js';
import type { BuildRenderer } from '../render/renderer.js';
import { render } from '../render/renderer.js';
import type { Organisation, Theme } from '../theme/theme.js';
import { rendererFor } from './artefacts.js';
import type { FileVariant } from './files.js';
import { publishedName, variantStem } from './files.js';
import type { Span } from './timings.js';
import { addSpans, clock, span } from './timings.js';

export interface RenderTask {
  readonly kit: LocalisedKit;
  readonly renderer: BuildRenderer;
  /** One of the renderer's variants (plain data: it may travel to the worker). */
  readonly input: unknown;
  readonly date: Date;
}

/** A rendered file under its published name, with the variant it is. */
export interface TaskFile extends RenderedFile {
  readonly variant: FileVariant;
}

export interface TaskResult {
  readonly files: TaskFile[];
  readonly diagnostics: Diagnostic[];
  /** When the task was rendered, and where (for DTS_TIMINGS). */
  readonly span?: Span;
}

export interface SharedRequest {
  readonly theme: Theme;
  readonly start: ClockMinutes;
}

/** What the worker gets once, before its first task: everything of the shared request but the fonts. */
export interface WorkerSetup {
  readonly colours: Theme['colours'];
  readonly organisation?: Organisation;
  readonly start: ClockMinutes;
}

/** Messages to the worker: the setup once, then tasks. */
export type WorkerMessage =
  | { readonly type: 'setup'; readonly setup: WorkerSetup }
  | {
      readonly type: 'task';
      readonly index: number;
      readonly kit: LocalisedKit;
      /** The renderer's id: the worker takes it from the registry. */
      readonly artefact: string;
      readonly input: unknown;
      readonly date: number;
    };

export type WorkerReply =
  | { readonly index: number; readonly ok: true; readonly result: TaskResult; readonly spans?: Span[] }
  | { readonly index: number; readonly ok: false; readonly message: string };

/**
 * Whether the worker renders a task: a renderer of the registry (the worker finds it there by its id)
 * that draws with pdfkit.
 */
function forWorker(renderer: BuildRenderer): boolean {
  return renderer.made.thread === 'pdf' && rendererFor(renderer.id) === renderer;
}

/** What a task is called in progress lines and timings: its file's variant (poster-a2-tiled-a4), or its id. */
export function taskLabel(task: Pick<RenderTask, 'renderer' | 'input'>): string {
  const files = task.renderer.files(task.input);
  return files.length === 1 ? variantStem(files[0]!.variant) : task.renderer.id;
}

/**
 * The thread that renders the PDFs beside this one: what renderAll needs of it. The Node shell makes one
 * from a worker thread (render-thread.ts); a build without one (the in-browser build, tests from the
 * TypeScript sources, a watch-mode rebuild) renders everything on this thread.
 */
export interface RenderThread {
  post(message: WorkerMessage): void;
  /** Listens for replies and a crash until the returned function is called. */
  listen(onReply: (reply: WorkerReply) => void, onError: (error: Error) => void): () => void;
  stop(): void;
}

export async function renderTask(task: RenderTask, shared: SharedRequest): Promise<TaskResult> {
  const from = clock();
  const { kit, renderer, input } = task;
  const result = await render(renderer, kit, input, {
    theme: shared.theme,
    date: task.date,
    start: shared.start,
  });
  // Published under the names the renderer declares for its files, in order.
  const declared = renderer.files(input);
  const files = result.files.map((f, i) => {
    const { variant, extension } = declared[i]!;
    return { name: publishedName(kit.id, kit.language, variant, extension), variant, bytes: f.bytes };
  });
  return {
    diagnostics: result.diagnostics,
    files,
    span: span(`${taskLabel(task)} ${kit.id} ${kit.language}`, from),
  };
}

/** Buffers cross threads as plain Uint8Arrays. */
function asBuffers(result: TaskResult): TaskResult {
  return {
    diagnostics: result.diagnostics,
    ...(result.span ? { span: result.span } : {}),
    files: result.files.map((f) => ({
      name: f.name,
      variant: f.variant,
      bytes: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength),
    })),
  };
}

/**
 * Renders every task and returns the results in task order; `onDone` is called as each finishes. With a
 * worker, the worker renders the PDFs.
 */
export async function renderAll(
  tasks: readonly RenderTask[],
  shared: SharedRequest,
  worker: RenderThread | undefined,
  onDone: (task: RenderTask) => void,
): Promise<TaskResult[]> {
  const results: (TaskResult | undefined)[] = tasks.map(() => undefined);
  const queue = tasks
    .map((_, index) => index)
    .sort((a, b) => tasks[b]!.renderer.made.cost - tasks[a]!.renderer.made.cost || a - b);
  const pdf = queue.filter((i) => forWorker(tasks[i]!.renderer));
  const office = queue.filter((i) => !forWorker(tasks[i]!.renderer));
  // The worker has been loading pdfkit since the build started: it draws the PDFs even when they are all
  // there is, rather than this thread loading pdfkit a second time.
  const useWorker = worker !== undefined && pdf.length > 0;
  const mine = useWorker ? office : queue;

  const workerDone = useWorker ? runWorker(worker, tasks, shared, pdf, results, onDone) : Promise.resolve();
  for (let index = mine.shift(); index !== undefined; index = mine.shift()) {
    const task = tasks[index]!;
    results[index] = await renderTask(task, shared);
    onDone(task);
  }
  await workerDone;
  return results.map((r, i) => {
    if (!r) throw new Error(`task ${tasks[i]?.renderer.id ?? i} was not rendered`);
    return r;
  });
}

function runWorker(
  worker: RenderThread,
  tasks: readonly RenderTask[],
  shared: SharedRequest,
  queue: number[],
  results: (TaskResult | undefined)[],
  onDone: (task: RenderTask) => void,
): Promise<void> {
  const setup: WorkerSetup = {
    colours: shared.theme.colours,
    ...(shared.theme.organisation ? { organisation: shared.theme.organisation } : {}),
    start: shared.start,
  };
  worker.post({ type: 'setup', setup });
  let inFlight = 0;
  const send = (): boolean => {
    const index = queue.shift();
    if (index === undefined) return false;
    const task = tasks[index]!;
    const message: WorkerMessage = {
      type: 'task',
      index,
      kit: task.kit,
      artefact: task.renderer.id,
      input: task.input,
      date: task.date.getTime(),
    };
    worker.post(message);
    inFlight += 1;
    return true;
  };
  return new Promise<void>((resolve, reject) => {
    const finish = (error?: Error) => {
      unlisten();
      if (error) reject(error);
      else resolve();
    };
    const unlisten = worker.listen(
      (reply) => {
        inFlight -= 1;
        if (!reply.ok) return finish(new Error(reply.message));
        results[reply.index] = asBuffers(reply.result);
        if (reply.result.span) addSpans([reply.result.span, ...(reply.spans ?? [])]);
        onDone(tasks[reply.index]!);
        // Keep one task queued behind the one it works on, so it never waits for this thread to hand it one.
        while (inFlight < 2 && send());
        if (inFlight === 0) finish();
      },
      (error) => finish(error),
    );
    while (inFlight < 2 && send());
    if (inFlight === 0) finish();
  });
}
