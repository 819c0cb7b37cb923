// The worker thread of a parallel build: started before the content is loaded, it loads the PDF renderers
// and the fonts at once, then renders each task it is sent and answers with the result.
import { parentPort } from 'node:worker_threads';
import { installPlatform } from '../platform/platform.js';
import { nodePlatform } from '../platform/node-platform.js';
import type { Organisation, Theme } from '../theme/theme.js';
import { defaultFonts } from '../typeset/fonts.js';
import { installAssets } from '../workspace/assets.js';
import { nodeAssets } from '../workspace/node-assets.js';
import { madeByBuild } from '../render/renderer.js';
import { buildRenderers, rendererFor } from './artefacts.js';
import type { WorkerMessage, WorkerReply, WorkerSetup } from './parallel.js';
import { renderTask } from './parallel.js';
import type { Span } from './timings.js';
import { nameThisThread, span } from './timings.js';

function organisation(o: Organisation | undefined): Organisation | undefined {
  if (!o?.logo) return o;
  const png = o.logo.png as Uint8Array;
  return { ...o, logo: { ...o.logo, png: Buffer.from(png.buffer, png.byteOffset, png.byteLength) } };
}

nameThisThread('worker');
installPlatform(nodePlatform());
installAssets(nodeAssets());

// Loading starts now; the first task waits for it.
let startup: Span[] = [];
const loaded: Promise<unknown> = Promise.all([
  ...buildRenderers.filter((r) => r.made.thread === 'pdf').map((r) => r.load()),
  import('../render/pdf/shaper.js').then(({ pdfFont }) => Object.values(defaultFonts()).map(pdfFont)),
]).then(() => (startup = [span('worker started: pdfkit, PDF renderers, fonts', performance.timeOrigin)]));

let setup: { theme: Theme; request: WorkerSetup } | undefined;
// Tasks are rendered one after another, in the order they arrive.
let chain: Promise<unknown> = loaded;
parentPort?.on('message', (message: WorkerMessage) => {
  if (message.type === 'setup') {
    const org = organisation(message.setup.organisation);
    const theme: Theme = {
      colours: message.setup.colours,
      fonts: defaultFonts(),
      ...(org ? { organisation: org } : {}),
    };
    setup = { theme, request: message.setup };
    return;
  }
  chain = chain.then(async () => {
    let reply: WorkerReply;
    try {
      if (!setup) throw new Error('the render worker was sent a task before its setup');
      const renderer = rendererFor(message.artefact);
      if (!renderer || !madeByBuild(renderer)) throw new Error(`no renderer for ${message.artefact}`);
      const result = await renderTask(
        {
          kit: message.kit,
          renderer,
          input: message.input,
          date: new Date(message.date),
        },
        { theme: setup.theme, start: setup.request.start },
      );
      reply = { index: message.index, ok: true, result, spans: startup };
      startup = [];
    } catch (error) {
      reply = { index: message.index, ok: false, message: (error as Error).stack ?? String(error) };
    }
    parentPort?.postMessage(reply);
  });
});
