// The library API. The CLI is one client of it; tests are another.
export { loadContent } from './content/load.js';
export type { LoadedContent, LoadedKit } from './content/load.js';
export type * from './content/model.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export { formatDiagnostic, formatDiagnostics } from './diagnostics/format.js';
export { nodeWorkspace, memoryWorkspace } from './workspace/workspace.js';
export type { Workspace } from './workspace/workspace.js';
export { buildRenderers, renderers } from './build/artefacts.js';
export type { Renderer, RenderSteps, RenderContext } from './render/renderer.js';
