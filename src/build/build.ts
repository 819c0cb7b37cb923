// build(config): load and check the content, then render each selected artefact for each kit and
// language — in memory. Nothing is written here; see output.ts and write.ts.
import path from '../platform/path.js';
import type { ClockMinutes } from '../content/clock.js';
import { defaultStart, releaseDate } from '../content/clock.js';
import { loadContent } from '../content/load.js';
import { selectionProblem, selectLanguages } from '../content/select.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { PosterRenderOptions } from '../render/poster/render.js';
import type { Theme } from '../theme/theme.js';
import { defaultTheme } from '../theme/theme.js';
import type { Workspace } from '../workspace/workspace.js';
import type { DownloadTexts } from '../content/schema/download.js';
import type { BuildRenderer } from '../render/renderer.js';
import type { FileVariant } from './files.js';
import { buildRenderers, selectsPdf } from './artefacts.js';
import type { RenderTask } from './parallel.js';
import type { RenderThread } from './parallel.js';
import { renderAll, taskLabel } from './parallel.js';
import { clock, span } from './timings.js';
import { PSEUDO_LANGUAGE, withPseudoLanguage } from '../translation/pseudo.js';

export interface BuildConfig {
  readonly contentDir: string;
  readonly kits?: readonly string[];
  readonly languages?: readonly string[];
  readonly only?: readonly string[];
  /** The poster's print variants: one file each (see parsePosterVariants). */
  readonly posters: readonly PosterRenderOptions[];
  readonly theme?: Theme;
  /** Overrides the kits' release dates as the date inside the files (from SOURCE_DATE_EPOCH). */
  readonly date?: Date;
  /** The session's start time for clock times (default 13:00). */
  readonly start?: ClockMinutes;
  /**
   * Starts the thread that renders the PDFs while this one renders the office documents (the CLI's:
   * a worker thread, render-thread.ts); without it, or when it gives none, all renders on this thread.
   */
  readonly renderThread?: () => RenderThread | undefined;
  /**
   * The artefacts to build (default: the registry's, src/build/artefacts.ts). Only the registry's are
   * rendered in the PDF worker (it finds them by id); any other renders on this thread.
   */
  readonly renderers?: readonly BuildRenderer[];
  /** Called as each artefact is rendered, for a progress display. */
  readonly onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  /** Artefacts finished so far, and how many there are in all. */
  readonly done: number;
  readonly total: number;
  readonly kit: string;
  readonly language: string;
  readonly artefact: string;
}

export interface BuiltFile {
  readonly kit: string;
  readonly version: string;
  readonly language: string;
  readonly artefact: string;
  /** Which file of the download it is (poster variant, deck …): for its label and the read-me. */
  readonly variant: FileVariant;
  /** Relative to the output folder: <kit>/<language>/<kit>-<variant>-<language>.<ext>. */
  readonly path: string;
  readonly bytes: Buffer;
}

/** What the output step needs to know about each kit and language built: for bundles and the manifest. */
export interface BuiltKitLanguage {
  readonly kit: string;
  readonly version: string;
  readonly released: string;
  readonly language: string;
  readonly sourceLanguage: string;
  readonly title: string;
  readonly subtitle: string;
  readonly licence: string;
  readonly credits: string;
  /** The kit's `download:` texts: the read-me, the download page. */
  readonly download: DownloadTexts;
  /** The date inside the files. */
  readonly date: Date;
}

export interface BuildResult {
  readonly files: readonly BuiltFile[];
  readonly built: readonly BuiltKitLanguage[];
  readonly diagnostics: readonly Diagnostic[];
  /** Kit folders found. */
  readonly folders: readonly string[];
  /** A kit or language asked for that the content does not have (a usage error): nothing was built. */
  readonly selection?: string;
}

export async function build(config: BuildConfig, workspace: Workspace): Promise<BuildResult> {
  // Started first, so the worker loads its libraries and fonts while this thread loads the content.
  const worker = config.renderThread && selectsPdf(config.only) ? config.renderThread() : undefined;
  try {
    return await buildWith(config, workspace, worker);
  } finally {
    worker?.stop();
  }
}

async function buildWith(
  config: BuildConfig,
  workspace: Workspace,
  worker: RenderThread | undefined,
): Promise<BuildResult> {
  const loading = clock();
  // The pseudo language only when asked for: it is made from the source texts, not read from content/.
  const pseudo = config.languages?.includes(PSEUDO_LANGUAGE) === true;
  const content = await loadContent(
    pseudo ? withPseudoLanguage(workspace, config.contentDir) : workspace,
    config.contentDir,
    { kits: config.kits },
  );
  span('load and check the content', loading);
  const selection = selectionProblem(content, config.kits, config.languages);
  if (selection) return { files: [], built: [], diagnostics: [], folders: content.folders, selection };
  const diagnostics: Diagnostic[] = selectLanguages(
    content.diagnostics,
    config.contentDir,
    content.kits,
    config.languages,
  );
  const files: BuiltFile[] = [];
  const built: BuiltKitLanguage[] = [];
  if (hasErrors(diagnostics)) return { files, built, diagnostics, folders: content.folders };
  const theme = config.theme ?? defaultTheme();
  const tasks: RenderTask[] = [];
  for (const kit of content.kits) {
    const languages = kit.languages.filter((l) => !config.languages || config.languages.includes(l));
    const kinds = (config.renderers ?? buildRenderers).filter(
      (r) => r.kitKind === kit.kind && (!config.only || config.only.includes(r.id)),
    );
    for (const language of languages) {
      const localised = kit.localised.get(language);
      if (!localised || kinds.length === 0) continue;
      const date = config.date ?? releaseDate(localised.released);
      built.push({
        kit: kit.id,
        version: localised.version,
        released: localised.released,
        language,
        sourceLanguage: localised.sourceLanguage,
        title: localised.meta.title,
        subtitle: localised.meta.subtitle,
        licence: localised.meta.licence,
        credits: localised.meta.credits,
        download: localised.download,
        date,
      });
      // One task per variant (the poster's print variants), so both threads share them out.
      for (const renderer of kinds)
        for (const input of renderer.made.variants({ posters: config.posters }))
          tasks.push({ kit: localised, renderer, input, date });
    }
  }
  let done = 0;
  const results = await renderAll(tasks, { theme, start: config.start ?? defaultStart }, worker, (task) => {
    done += 1;
    config.onProgress?.({
      done,
      total: tasks.length,
      kit: task.kit.id,
      language: task.kit.language,
      // A poster by its variant: poster-a2-tiled-a4.
      artefact: taskLabel(task),
    });
  });
  for (const [i, { kit, renderer }] of tasks.entries()) {
    const result = results[i]!;
    diagnostics.push(...result.diagnostics);
    for (const file of result.files) {
      files.push({
        kit: kit.id,
        version: kit.version,
        language: kit.language,
        artefact: renderer.id,
        variant: file.variant,
        path: path.posix.join(kit.id, kit.language, file.name),
        bytes: file.bytes,
      });
    }
  }
  return { files, built, diagnostics, folders: content.folders };
}
