// The PDF thread of a CLI build: a Node worker thread running render-worker.js, started as early as
// possible so it loads pdfkit, the PDF renderers and the fonts while the main thread loads the content.
// Only the Node shell imports this module; build() gets the thread through BuildConfig.renderThread.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { RenderThread, WorkerMessage, WorkerReply } from './parallel.js';

export class RenderWorker implements RenderThread {
  private static early: RenderWorker | undefined;

  private constructor(private readonly worker: Worker) {}

  /**
   * Starts the worker before the command has even loaded its own modules (bin.ts, for `dts build`); the
   * next `start()` hands it over. Its loading then overlaps all of this thread's.
   */
  static prestart(): void {
    // Unreferenced until a build takes it: a command that stops before building (a usage error, a bad
    // brand file) must still exit, not wait for a worker nobody will use.
    RenderWorker.early ??= RenderWorker.spawn();
    RenderWorker.early?.worker.unref();
  }

  /**
   * The worker, or undefined when running from the TypeScript sources (tests), where the compiled worker
   * does not exist: everything then renders on this thread.
   */
  static start(): RenderWorker | undefined {
    const early = RenderWorker.early;
    RenderWorker.early = undefined;
    early?.worker.ref();
    return early ?? RenderWorker.spawn();
  }

  private static spawn(): RenderWorker | undefined {
    const file = new URL('./render-worker.js', import.meta.url);
    if (!existsSync(file)) return undefined;
    return new RenderWorker(new Worker(file));
  }

  post(message: WorkerMessage): void {
    this.worker.postMessage(message);
  }

  listen(onReply: (reply: WorkerReply) => void, onError: (error: Error) => void): () => void {
    this.worker.on('message', onReply);
    this.worker.once('error', onError);
    return () => {
      this.worker.off('message', onReply);
      this.worker.off('error', onError);
    };
  }

  stop(): void {
    void this.worker.terminate();
  }
}
