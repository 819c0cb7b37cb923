// What every renderer returns: its files (a name within the kit's language folder, and the bytes) and
// the problems it found. One type for all of them, so the build treats every artefact alike.
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface RenderedFile {
  readonly name: string;
  readonly bytes: Buffer;
}

export interface Rendered {
  readonly files: RenderedFile[];
  readonly diagnostics: Diagnostic[];
}
