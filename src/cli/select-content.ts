// Loading the content the way every command's --content and --kit ask for it.
import type { LoadedContent } from '../content/load.js';
import { loadContent } from '../content/load.js';
import { nodeWorkspace } from '../workspace/workspace.js';
import { listOption, UsageError } from './common.js';

/** The content, only the kits named by --kit; an unknown kit name is a usage error. */
export async function loadSelectedContent(values: {
  readonly content: string;
  readonly kit?: string | undefined;
}): Promise<LoadedContent> {
  const wanted = listOption(values.kit);
  const content = await loadContent(nodeWorkspace(), values.content, { kits: wanted });
  for (const id of wanted ?? []) {
    if (!content.folders.includes(id)) {
      throw new UsageError(`--kit: unknown kit "${id}" (expected one of: ${content.folders.join(', ')})`);
    }
  }
  return content;
}
