// Loading the content the way every command's --content and --kit ask for it.
import type { LoadedContent } from '../content/load.js';
import { loadContent } from '../content/load.js';
import { unknownKit } from '../content/select.js';
import { nodeWorkspace } from '../workspace/workspace.js';
import { listOption, UsageError } from './common.js';

/** The content, only the kits named by --kit; an unknown kit name is a usage error. */
export async function loadSelectedContent(values: {
  readonly content: string;
  readonly kit?: string | undefined;
}): Promise<LoadedContent> {
  const wanted = listOption(values.kit);
  const content = await loadContent(nodeWorkspace(), values.content, { kits: wanted });
  const problem = unknownKit(content, wanted);
  if (problem) throw new UsageError(problem);
  return content;
}
