// The Web Worker of the "Make your own kit" page: it receives a MakerRequest, builds the branded kit with
// the browser platform (src/platform/browser-platform.ts) and the data `dts site` wrote beside it
// (data.ts), and posts progress events, then 'done' with the zips or 'failed'. The data is fetched once
// per worker, as it starts; after that it needs no network.
import { installPlatform } from '../platform/platform.js';
import { browserPlatform } from '../platform/browser-platform.js';
import { installAssets } from '../workspace/assets.js';
import { makerBuild } from './build.js';
import type { MakerContent } from './data.js';
import { MAKER_FILES, memoryAssets, unpackAssets } from './data.js';
import type { MakerReply, MakerRequest } from './protocol.js';

/** What this module uses of a dedicated worker's global scope (the project compiles without the DOM lib). */
interface WorkerScope {
  onmessage: ((event: { data: MakerRequest }) => void) | null;
  postMessage(message: MakerReply, transfer?: ArrayBuffer[]): void;
  readonly location: { readonly href: string };
  fetch(
    url: string,
  ): Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer>; text(): Promise<string> }>;
}

const scope = globalThis as unknown as WorkerScope;

installPlatform(browserPlatform());

interface Loaded {
  readonly content: MakerContent;
  readonly assets: Map<string, Uint8Array>;
}

let loading: Promise<Loaded> | undefined;

async function fetched(name: string): Promise<ArrayBuffer> {
  const url = new URL(name, scope.location.href).href;
  const response = await scope.fetch(url);
  if (!response.ok) throw new Error(`${name} could not be loaded (HTTP ${response.status})`);
  return response.arrayBuffer();
}

function load(): Promise<Loaded> {
  loading ??= (async () => {
    const wasm = Object.entries(MAKER_FILES.wasm);
    const [content, packed, ...modules] = await Promise.all([
      fetched(MAKER_FILES.content),
      fetched(MAKER_FILES.assets),
      ...wasm.map(([, file]) => fetched(file)),
    ]);
    const assets = unpackAssets(new Uint8Array(packed!));
    wasm.forEach(([id], i) => assets.set(id, new Uint8Array(modules[i]!)));
    return { content: JSON.parse(new TextDecoder().decode(content)) as MakerContent, assets };
  })();
  // A failed load is tried again on the next request.
  loading.catch(() => (loading = undefined));
  return loading;
}

// Fetched as the page starts the worker, not at the first build: once the page has loaded, a build needs no
// network (the page promises it works offline). A failure here is met again, and shown, at the build.
void load().catch(() => undefined);

// One build at a time, in the order asked.
let queue: Promise<unknown> = Promise.resolve();

scope.onmessage = ({ data: request }) => {
  if (request?.type !== 'build') return;
  queue = queue.then(async () => {
    let reply: MakerReply;
    try {
      const { content, assets } = await load();
      installAssets(memoryAssets(assets));
      reply = await makerBuild(request, content, memoryAssets(assets), (event) => scope.postMessage(event));
    } catch (error) {
      reply = {
        type: 'failed',
        diagnostics: [
          { severity: 'error', code: 'internal', message: (error as Error).message || String(error) },
        ],
      };
    }
    const transfer = reply.type === 'done' ? reply.bundles.map((b) => b.bytes.buffer as ArrayBuffer) : [];
    scope.postMessage(reply, transfer);
  });
};
