// Injected into the in-browser bundle (src/tools/bundle-maker.ts): Node's Buffer, which the renderers use
// for bytes, from the `buffer` package (the same API and bytes), and the little of `process` that is read.
import { Buffer } from 'buffer';

const process = { env: {} as Record<string, string | undefined>, cwd: () => '/' };

export { Buffer, process };
