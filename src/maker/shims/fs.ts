// node:fs in the in-browser bundle: parallel.ts asks whether the compiled render worker exists (it does
// not; the build runs on one thread). Nothing else of the bundle touches files.
export const existsSync = (): boolean => false;
