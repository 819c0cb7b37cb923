// node:worker_threads in the in-browser bundle (src/tools/bundle-maker.ts): the build runs on the Web
// Worker's one thread (build() with parallel: false never starts a render worker; timings say "main").
export const isMainThread = true;
export const parentPort = null;
export class Worker {
  constructor() {
    throw new Error('the in-browser build renders on one thread');
  }
}
