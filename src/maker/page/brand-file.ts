// The brand file the page saves and loads: the same brand.yaml the CLI reads with --brand, written with
// the `yaml` package and checked with the CLI's own schema and messages (src/theme/brand-schema.ts,
// src/content/yaml-source.ts, src/content/zod-issues.ts), so a file the page accepts the CLI accepts too.
// Pure: text in, brand and diagnostics out.
import { stringify } from 'yaml';
import { parseYaml } from '../../content/yaml-source.js';
import { issuesToDiagnostics } from '../../content/zod-issues.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Brand } from '../../theme/brand-schema.js';
import { brandSchema } from '../../theme/brand-schema.js';

/** The file name the page saves under, and the name the worker is given. */
export const BRAND_FILE = 'brand.yaml';

/** The brand file's text: the fields in the order BRANDING.md lists them, empty ones left out. */
export function brandYaml(brand: Brand): string {
  const colours = Object.fromEntries(
    (['primary', 'accent', 'ink'] as const).flatMap((c) => {
      const value = brand.colours?.[c];
      return value ? [[c, value.toUpperCase()]] : [];
    }),
  );
  const ordered = {
    organisation: brand.organisation,
    ...(brand.logo ? { logo: brand.logo } : {}),
    ...(brand.logoAlt ? { logoAlt: brand.logoAlt } : {}),
    ...(brand.contact ? { contact: brand.contact } : {}),
    ...(Object.keys(colours).length ? { colours } : {}),
    ...(brand.paper ? { paper: brand.paper } : {}),
  };
  // Colours in quotes, whatever the library would choose: BRANDING.md says so, since # starts a comment.
  return stringify(ordered, { lineWidth: 0, defaultStringType: 'PLAIN' }).replace(
    /^(\s+(?:primary|accent|ink): )"?(#[0-9A-F]{6})"?$/gm,
    "$1'$2'",
  );
}

/** A brand file read as the CLI reads it: the brand, or every problem with its line. */
export function readBrandFile(
  file: string,
  text: string,
): { readonly brand?: Brand; readonly diagnostics: readonly Diagnostic[] } {
  const parsed = parseYaml(file, text);
  if (!parsed.source) return { diagnostics: parsed.diagnostics };
  const { source } = parsed;
  const result = brandSchema.safeParse(source.data);
  if (!result.success)
    return { diagnostics: issuesToDiagnostics(result.error.issues, source.data, brandSchema, source.locate) };
  return { brand: result.data, diagnostics: parsed.diagnostics };
}

/**
 * A name for the logo beside brand.yaml: the uploaded file's own name when it is a plain one, else
 * `logo` with its extension, so the brand file never names a path outside its folder.
 */
export function logoFileName(name: string, type: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  if (/^[A-Za-z0-9][A-Za-z0-9._ -]{0,80}\.(png|jpe?g|webp|svg)$/i.test(base) && base !== BRAND_FILE)
    return base;
  const extension = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/svg+xml': 'svg' }[
    type
  ];
  return `logo.${extension ?? 'png'}`;
}

/** The logo kinds the CLI takes (by name or by type; the worker checks the content). */
export function isLogoFile(name: string, type: string): boolean {
  return /\.(png|jpe?g|webp|svg)$/i.test(name) || /^image\/(png|jpeg|webp|svg\+xml)$/.test(type);
}
