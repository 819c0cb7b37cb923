// The worker thread of a parallel build: renders the tasks it is sent and replies once with all results.
import { parentPort, workerData } from 'node:worker_threads';
import type { Organisation } from '../theme/theme.js';
import { defaultFonts } from '../typeset/fonts.js';
import type { TaskResult, WorkerJob, WorkerReply } from './parallel.js';
import { renderTask } from './parallel.js';

const job = workerData as WorkerJob;

function organisation(o: Organisation | undefined): Organisation | undefined {
  if (!o?.logo) return o;
  const png = o.logo.png as Uint8Array;
  return { ...o, logo: { ...o.logo, png: Buffer.from(png.buffer, png.byteOffset, png.byteLength) } };
}

async function main(): Promise<WorkerReply> {
  const org = organisation(job.organisation);
  const theme = { colours: job.colours, fonts: defaultFonts(), ...(org ? { organisation: org } : {}) };
  const results: TaskResult[] = [];
  for (const task of job.tasks) {
    results.push(
      await renderTask(
        { kit: task.kit, artefact: task.artefact, date: new Date(task.date) },
        { theme, poster: job.poster, start: job.start },
      ),
    );
  }
  return { ok: true, results };
}

main().then(
  (reply) => parentPort?.postMessage(reply),
  (error: unknown) =>
    parentPort?.postMessage({ ok: false, message: (error as Error).stack ?? String(error) }),
);
