// The in-browser build: what `dts build --brand` does, on a brand and content held in memory. The same
// build() as the CLI (src/build/build.ts), on one thread (a Web Worker has no worker threads to give it),
// then the same zips (src/build/output.ts: named after the organisation, with the read-me and licences).
// Runs wherever a platform and an asset source are installed: the worker installs the browser's.
import { assembleOutput, BUNDLES } from '../build/output.js';
import { build } from '../build/build.js';
import { onceEach, slug } from '../build/branded.js';
import { parsePosterVariants } from '../build/poster-options.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { hintText, messageText } from '../diagnostics/messages.js';
import { posixPath } from '../platform/posix-path.js';
import { loadBrand } from '../theme/brand.js';
import { memoryWorkspace } from '../workspace/files.js';
import type { AssetSource } from '../workspace/assets.js';
import type { MakerContent } from './data.js';
import { BRAND_DIR, CONTENT_DIR } from './data.js';
import type { MakerBuildRequest, MakerDiagnostic, MakerReply } from './protocol.js';

export type MakerProgress = Extract<MakerReply, { type: 'progress' }>;

/**
 * A diagnostic as the page shows it: its message and hint in the page's language (`text`, `hintText`) where
 * the catalogue has them in it, beside the English the CLI prints.
 */
export function makerDiagnostic(d: Diagnostic, pageLanguage: string): MakerDiagnostic {
  const text = messageText(d, pageLanguage);
  const hint = d.hint === undefined ? undefined : hintText(d, pageLanguage);
  return {
    severity: d.severity === 'error' ? 'error' : 'warning',
    code: d.code,
    message: d.message,
    ...(text !== undefined ? { text } : {}),
    ...(d.file !== undefined ? { file: d.file } : {}),
    ...(d.line !== undefined ? { line: d.line } : {}),
    ...(d.column !== undefined ? { column: d.column } : {}),
    ...(d.field !== undefined ? { field: d.field } : {}),
    ...(d.hint !== undefined ? { hint: d.hint } : {}),
    ...(hint !== undefined ? { hintText: hint } : {}),
  };
}

function failed(diagnostics: readonly Diagnostic[], pageLanguage: string): MakerReply {
  return { type: 'failed', diagnostics: diagnostics.map((d) => makerDiagnostic(d, pageLanguage)) };
}

/**
 * What the CLI reports as a usage error (exit 2, no diagnostic code): an option or a kit or language the
 * content does not have. The page offers only valid choices, so this is a fault of the page.
 */
function usage(message: string): MakerReply {
  return { type: 'failed', diagnostics: [{ severity: 'error', code: 'usage', message }] };
}

/** The workspace of one build: the content under /content, the brand file and its files under /brand. */
export function makerWorkspace(request: MakerBuildRequest, content: MakerContent, assets: AssetSource) {
  const files: Record<string, string | Buffer> = {};
  for (const [name, text] of Object.entries(content.files)) files[posixPath.join(CONTENT_DIR, name)] = text;
  files[posixPath.join(BRAND_DIR, 'brand.yaml')] = request.brandYaml;
  for (const [name, bytes] of Object.entries(request.files)) {
    // Only plain names beside the brand file: the page names the uploads, never a path.
    if (name.includes('/') || name === '..' || name === '.' || name === 'brand.yaml') continue;
    files[posixPath.join(BRAND_DIR, name)] = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  return memoryWorkspace(files, assets);
}

export async function makerBuild(
  request: MakerBuildRequest,
  content: MakerContent,
  assets: AssetSource,
  onProgress: (event: MakerProgress) => void = () => {},
): Promise<MakerReply> {
  const started = performance.now();
  const workspace = makerWorkspace(request, content, assets);
  const brand = await loadBrand(workspace, posixPath.join(BRAND_DIR, 'brand.yaml'));
  if (hasErrors(brand.diagnostics)) return failed(brand.diagnostics, request.pageLanguage);
  const posters = parsePosterVariants(
    {
      ...(request.paper ? { paper: request.paper } : {}),
      ...(request.orientation ? { orientation: request.orientation } : {}),
      ...(request.layout ? { layout: request.layout } : {}),
    },
    brand.paper,
  );
  if (!posters.ok) return usage(posters.message);
  const result = await build(
    {
      contentDir: CONTENT_DIR,
      kits: request.kits,
      languages: request.languages,
      posters: posters.value,
      ...(brand.theme ? { theme: brand.theme } : {}),
      onProgress: (event) => onProgress({ type: 'progress', ...event }),
    },
    workspace,
  );
  if (result.selection) return usage(result.selection);
  const diagnostics = onceEach([...brand.diagnostics, ...result.diagnostics]);
  if (hasErrors(diagnostics)) return failed(diagnostics, request.pageLanguage);
  const organisation = brand.theme?.organisation?.name;
  const assembled = await assembleOutput(result, {
    generator: content.generator,
    fontLicence: Buffer.from(content.fontLicence, 'utf8'),
    ...(organisation ? { bundlePrefix: slug(organisation) } : {}),
  });
  const bundles = assembled.files
    .filter((f) => f.path.startsWith(`${BUNDLES}/`))
    .map((f) => ({ name: f.path.slice(BUNDLES.length + 1), bytes: new Uint8Array(f.bytes) }));
  return {
    type: 'done',
    bundles,
    diagnostics: diagnostics.map((d) => makerDiagnostic(d, request.pageLanguage)),
    elapsedMs: Math.round(performance.now() - started),
  };
}
