// File paths through the platform: Node's `path` on the CLI (so nothing changes there, Windows included),
// POSIX paths in the browser. `path.posix` is always POSIX: for paths inside zips and output folders.
import type { PathModule } from './platform.js';
import { platform } from './platform.js';
import { posixPath } from './posix-path.js';

const current = (): PathModule => platform().path;

const path: PathModule & { readonly posix: PathModule } = {
  get sep() {
    return current().sep;
  },
  join: (...parts) => current().join(...parts),
  resolve: (...parts) => current().resolve(...parts),
  relative: (from, to) => current().relative(from, to),
  dirname: (p) => current().dirname(p),
  basename: (p, suffix) => current().basename(p, suffix),
  extname: (p) => current().extname(p),
  isAbsolute: (p) => current().isAbsolute(p),
  normalize: (p) => current().normalize(p),
  posix: posixPath,
};

export default path;
