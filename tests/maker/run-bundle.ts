// Runs the in-browser build's real bundle (dist/maker/worker.js) in Node: in a worker thread whose global
// scope is dressed as a Web Worker's (location, fetch of the data folder, postMessage), so the bytes it
// gives are those a browser's worker gives, made by the same script. Shared by the tests and the bench.
import { Worker } from 'node:worker_threads';
import type { MakerReply, MakerRequest } from '../../src/maker/protocol.js';

const SCOPE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const dir = workerData.dir;
globalThis.location = { href: 'file://' + dir + '/worker.js' };
globalThis.fetch = async (url) => {
  const file = path.join(dir, new URL(url).pathname.split('/').pop());
  try {
    const bytes = readFileSync(file);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    return { ok: true, status: 200, arrayBuffer: async () => buffer, text: async () => bytes.toString('utf8') };
  } catch {
    return { ok: false, status: 404 };
  }
};
globalThis.postMessage = (message, transfer) => parentPort.postMessage(message, transfer);
// What a browser has and the bundle must not count on Node for: no require, no process, no Buffer.
const code = readFileSync(path.join(dir, 'worker.js'), 'utf8');
delete globalThis.Buffer;
vm.runInThisContext('(function (require, process, Buffer, module, exports) {' + code + '\\n})')();
parentPort.on('message', (data) => globalThis.onmessage({ data }));
`;

export interface BundleRun {
  readonly reply: MakerReply;
  readonly progress: number;
}

/** Builds `request` with the bundle and data in `dir` (as `dts site` writes <out>/maker/). */
export function runBundle(dir: string, request: MakerRequest): Promise<BundleRun> {
  const worker = new Worker(SCOPE, { eval: true, workerData: { dir } });
  let progress = 0;
  return new Promise<BundleRun>((resolve, reject) => {
    worker.on('message', (reply: MakerReply) => {
      if (reply.type === 'progress') progress += 1;
      else {
        resolve({ reply, progress });
        void worker.terminate();
      }
    });
    worker.once('error', reject);
    worker.postMessage(request);
  }).finally(() => void worker.terminate());
}
