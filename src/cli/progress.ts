// Progress of a build: a live, redrawn status on a terminal; plain lines in CI or when piped; nothing with
// --json (stdout is then the summary alone).
import type { ProgressEvent } from '../build/build.js';

export type ProgressMode = 'live' | 'lines' | 'none';

export interface Progress {
  readonly update: (event: ProgressEvent) => void;
  readonly finish: () => void;
}

export function progressMode(json: boolean, stream: NodeJS.WriteStream = process.stderr): ProgressMode {
  if (json) return 'none';
  return stream.isTTY && !process.env.CI ? 'live' : 'lines';
}

function label(event: ProgressEvent): string {
  return `${event.kit}/${event.language} ${event.artefact}`;
}

export async function createProgress(
  mode: ProgressMode,
  write: (line: string) => void,
  stream: NodeJS.WriteStream = process.stderr,
): Promise<Progress> {
  if (mode === 'none') return { update: () => undefined, finish: () => undefined };
  if (mode === 'lines') {
    return {
      update: (e) => {
        write(`[${e.done}/${e.total}] ${label(e)}`);
      },
      finish: () => undefined,
    };
  }
  // Loaded only on a terminal: log-update redraws the status line in place.
  const { createLogUpdate } = await import('log-update');
  const draw = createLogUpdate(stream, { showCursor: true });
  const width = 24;
  return {
    update: (e) => {
      const filled = Math.round((e.done / Math.max(1, e.total)) * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      draw(`${bar} ${e.done}/${e.total}  built ${label(e)}`);
    },
    finish: () => draw.clear(),
  };
}
