// Rendering on both cores. A worker thread takes the PDF artefacts (pdfkit, fontkit), the main thread
// the Word and PowerPoint ones (docx, pptxgenjs): each thread loads only the libraries of its half, and
// the halves cost about the same. Kits and the theme travel to the worker as plain data; the worker
// parses its own fonts. Results come back in task order, so the output does not depend on timing.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ClockMinutes } from '../content/clock.js';
import type { LocalisedKit } from '../content/model.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PosterRenderOptions, RenderedFile } from '../render/poster/render.js';
import type { Organisation, Theme } from '../theme/theme.js';
import { artefactKinds } from './artefacts.js';

/** Artefacts drawn with pdfkit: these go to the worker. */
const PDF_ARTEFACTS = new Set(['poster', 'checklist', 'cards']);

export interface RenderTask {
  readonly kit: LocalisedKit;
  readonly artefact: string;
  readonly date: Date;
}

export interface TaskResult {
  readonly files: RenderedFile[];
  readonly diagnostics: Diagnostic[];
}

export interface SharedRequest {
  readonly theme: Theme;
  readonly poster: PosterRenderOptions;
  readonly start: ClockMinutes;
}

/** What crosses to the worker: everything but the parsed fonts. */
export interface WorkerJob {
  readonly tasks: readonly { readonly kit: LocalisedKit; readonly artefact: string; readonly date: number }[];
  readonly colours: Theme['colours'];
  readonly organisation?: Organisation;
  readonly poster: PosterRenderOptions;
  readonly start: ClockMinutes;
}

export type WorkerReply =
  | { readonly ok: true; readonly results: readonly TaskResult[] }
  | { readonly ok: false; readonly message: string };

export async function renderTask(task: RenderTask, shared: SharedRequest): Promise<TaskResult> {
  const kind = artefactKinds.find((a) => a.name === task.artefact);
  if (!kind?.load) throw new Error(`no renderer for ${task.artefact}`);
  const render = await kind.load();
  return render({
    kit: task.kit,
    theme: shared.theme,
    poster: shared.poster,
    date: task.date,
    start: shared.start,
  });
}

async function inSequence(tasks: readonly RenderTask[], shared: SharedRequest, onDone: (i: number) => void) {
  const results: TaskResult[] = [];
  for (const task of tasks) {
    results.push(await renderTask(task, shared));
    onDone(results.length - 1);
  }
  return results;
}

function inWorker(tasks: readonly RenderTask[], shared: SharedRequest): Promise<TaskResult[]> {
  const job: WorkerJob = {
    tasks: tasks.map((t) => ({ kit: t.kit, artefact: t.artefact, date: t.date.getTime() })),
    colours: shared.theme.colours,
    ...(shared.theme.organisation ? { organisation: shared.theme.organisation } : {}),
    poster: shared.poster,
    start: shared.start,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./render-worker.js', import.meta.url), { workerData: job });
    worker.once('message', (reply: WorkerReply) => {
      void worker.terminate();
      if (!reply.ok) return reject(new Error(reply.message));
      // Buffers arrive as plain Uint8Arrays.
      resolve(
        reply.results.map((r) => ({
          diagnostics: r.diagnostics,
          files: r.files.map((f) => ({
            name: f.name,
            bytes: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength),
          })),
        })),
      );
    });
    worker.once('error', reject);
  });
}

/**
 * Renders every task and returns the results in task order. With `parallel`, the PDF tasks run in a
 * worker thread while this thread renders the rest; `onDone` is called as each finishes.
 */
export async function renderAll(
  tasks: readonly RenderTask[],
  shared: SharedRequest,
  parallel: boolean,
  onDone: (task: RenderTask) => void,
): Promise<TaskResult[]> {
  const pdf = tasks.filter((t) => PDF_ARTEFACTS.has(t.artefact));
  const office = tasks.filter((t) => !PDF_ARTEFACTS.has(t.artefact));
  // The worker is compiled JavaScript; running from the TypeScript sources (tests) renders in sequence.
  const workerFile = new URL('./render-worker.js', import.meta.url);
  if (!parallel || pdf.length === 0 || office.length === 0 || !existsSync(workerFile)) {
    return inSequence(tasks, shared, (i) => onDone(tasks[i]!));
  }
  const [pdfResults, officeResults] = await Promise.all([
    inWorker(pdf, shared).then((results) => {
      for (const task of pdf) onDone(task);
      return results;
    }),
    inSequence(office, shared, (i) => onDone(office[i]!)),
  ]);
  return tasks.map((task) =>
    PDF_ARTEFACTS.has(task.artefact) ? pdfResults[pdf.indexOf(task)]! : officeResults[office.indexOf(task)]!,
  );
}
