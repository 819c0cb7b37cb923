// build(config): load and check the content, then render each selected artefact for each kit and
// language — in memory. Nothing is written here; see write.ts.
import path from 'node:path';
import type { ClockMinutes } from '../content/clock.js';
import { defaultStart } from '../content/clock.js';
import { loadContent } from '../content/load.js';
import { selectLanguages } from '../content/select.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { PosterRenderOptions } from '../render/poster/render.js';
import type { Theme } from '../theme/theme.js';
import { defaultTheme } from '../theme/theme.js';
import type { Workspace } from '../workspace/workspace.js';
import type { ArtefactKind } from './artefacts.js';
import { artefactKinds } from './artefacts.js';

export interface BuildConfig {
  readonly contentDir: string;
  readonly kits?: readonly string[];
  readonly languages?: readonly string[];
  readonly only?: readonly string[];
  readonly poster: PosterRenderOptions;
  readonly theme?: Theme;
  /** Overrides the kits' release dates as the date inside the files (from SOURCE_DATE_EPOCH). */
  readonly date?: Date;
  /** The session's start time for clock times (default 13:00). */
  readonly start?: ClockMinutes;
}

export interface BuiltFile {
  readonly kit: string;
  readonly language: string;
  readonly artefact: string;
  /** Relative to the output folder: <kit>/<language>/<file>. */
  readonly path: string;
  readonly bytes: Buffer;
}

export interface BuildResult {
  readonly files: readonly BuiltFile[];
  /** Artefacts asked for whose renderer does not exist yet. */
  readonly unavailable: readonly { kit: string; language: string; artefact: ArtefactKind }[];
  readonly diagnostics: readonly Diagnostic[];
  /** Kit folders found, for checking --kit. */
  readonly folders: readonly string[];
}

export async function build(config: BuildConfig, workspace: Workspace): Promise<BuildResult> {
  const content = await loadContent(workspace, config.contentDir, { kits: config.kits });
  const diagnostics: Diagnostic[] = selectLanguages(
    content.diagnostics,
    config.contentDir,
    content.kits,
    config.languages,
  );
  const files: BuiltFile[] = [];
  const unavailable: BuildResult['unavailable'][number][] = [];
  if (hasErrors(diagnostics)) return { files, unavailable, diagnostics, folders: content.folders };
  const theme = config.theme ?? defaultTheme();
  for (const kit of content.kits) {
    const languages = kit.languages.filter((l) => !config.languages || config.languages.includes(l));
    const kinds = artefactKinds.filter(
      (a) => a.kitKind === kit.kind && (!config.only || config.only.includes(a.name)),
    );
    for (const language of languages) {
      const localised = kit.localised.get(language);
      if (!localised) continue;
      const date = config.date ?? new Date(`${localised.released}T00:00:00Z`);
      for (const kind of kinds) {
        if (!kind.load) {
          unavailable.push({ kit: kit.id, language, artefact: kind });
          continue;
        }
        const render = await kind.load();
        const result = await render({
          kit: localised,
          theme,
          poster: config.poster,
          date,
          start: config.start ?? defaultStart,
        });
        diagnostics.push(...result.diagnostics);
        for (const file of result.files) {
          files.push({
            kit: kit.id,
            language,
            artefact: kind.name,
            path: path.posix.join(kit.id, language, file.name),
            bytes: file.bytes,
          });
        }
      }
    }
  }
  return { files, unavailable, diagnostics, folders: content.folders };
}
