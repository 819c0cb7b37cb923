// The worker thread of a parallel build: renders each task it is sent and answers with the result.
import { parentPort, workerData } from 'node:worker_threads';
import type { Organisation, Theme } from '../theme/theme.js';
import { defaultFonts } from '../typeset/fonts.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './parallel.js';
import { renderTask } from './parallel.js';

const setup = workerData as WorkerSetup;

function organisation(o: Organisation | undefined): Organisation | undefined {
  if (!o?.logo) return o;
  const png = o.logo.png as Uint8Array;
  return { ...o, logo: { ...o.logo, png: Buffer.from(png.buffer, png.byteOffset, png.byteLength) } };
}

const org = organisation(setup.organisation);
const theme: Theme = { colours: setup.colours, fonts: defaultFonts(), ...(org ? { organisation: org } : {}) };

// Tasks are rendered one after another, in the order they arrive.
let chain: Promise<void> = Promise.resolve();
parentPort?.on('message', (task: WorkerTask) => {
  chain = chain.then(async () => {
    let reply: WorkerReply;
    try {
      const result = await renderTask(
        { kit: task.kit, artefact: task.artefact, date: new Date(task.date) },
        { theme, poster: setup.poster, start: setup.start },
      );
      reply = { index: task.index, ok: true, result };
    } catch (error) {
      reply = { index: task.index, ok: false, message: (error as Error).stack ?? String(error) };
    }
    parentPort?.postMessage(reply);
  });
});
