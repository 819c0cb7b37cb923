// Loading an organisation's brand file into a theme: validated with positions like content, the logo
// prepared once, colour pairs checked for contrast.
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { PathSegment } from '../content/yaml-source.js';
import { parseYaml } from '../content/yaml-source.js';
import { issuesToDiagnostics } from '../content/zod-issues.js';
import { prepareLogo } from '../media/logo.js';
import type { PosterPaper } from '../render/poster/paper.js';
import type { Workspace } from '../workspace/workspace.js';
import { FILE_LIMITS, readProblem, UnreadableFileError } from '../workspace/workspace.js';
import { brandSchema } from './brand-schema.js';
import { contrastRatio, textColourOn, tintOf } from './contrast.js';
import type { Colours, Theme } from './theme.js';
import { defaultColours, defaultTheme } from './theme.js';

/** WCAG AA for normal text; below the large-text level (3:1) it is an error. */
export const MIN_CONTRAST = 4.5;
export const MIN_CONTRAST_LARGE = 3;

export interface LoadedBrand {
  readonly theme?: Theme;
  readonly paper?: PosterPaper;
  readonly diagnostics: readonly Diagnostic[];
}

export async function loadBrand(workspace: Workspace, file: string): Promise<LoadedBrand> {
  let text: string;
  try {
    text = await workspace.readText(file, { maxBytes: FILE_LIMITS.brand, what: 'a brand file in YAML' });
  } catch (error) {
    return {
      diagnostics: [
        {
          severity: 'error',
          code: 'file-unreadable',
          file,
          message:
            error instanceof UnreadableFileError
              ? `${error.message}; see BRANDING.md`
              : 'cannot be read (expected a brand file in YAML; see BRANDING.md)',
        },
      ],
    };
  }
  const parsed = parseYaml(file, text);
  if (!parsed.source) return { diagnostics: parsed.diagnostics };
  const source = parsed.source;
  const result = brandSchema.safeParse(source.data);
  if (!result.success) {
    return { diagnostics: issuesToDiagnostics(result.error.issues, source.data, brandSchema, source.locate) };
  }
  const brand = result.data;
  const diagnostics: Diagnostic[] = [];
  const at = (p: PathSegment[]) => {
    const { exact, ...position } = source.locate(p);
    return { ...position, field: p.join('.') };
  };

  const primary = brand.colours?.primary ?? defaultColours.primary;
  const accent = brand.colours?.accent ?? defaultColours.accent;
  const ink = brand.colours?.ink ?? defaultColours.ink;
  const colours: Colours = {
    ...defaultColours,
    ink,
    primary,
    onPrimary: textColourOn(primary),
    accent,
    onAccent: textColourOn(accent),
    tint: tintOf(primary, 0.9),
    rule: tintOf(primary, 0.65),
  };
  const pairs: { field: PathSegment[]; what: string; fore: string; back: string }[] = [
    {
      field: ['colours', 'primary'],
      what: 'text on the primary colour (title band)',
      fore: colours.onPrimary,
      back: primary,
    },
    {
      field: ['colours', 'primary'],
      what: 'the primary colour as text on its light tint (prompts, durations)',
      fore: primary,
      back: colours.tint,
    },
    {
      field: ['colours', 'accent'],
      what: 'numbers on the accent colour',
      fore: colours.onAccent,
      back: accent,
    },
    { field: ['colours', 'ink'], what: 'body text on white paper', fore: ink, back: colours.paper },
  ];
  for (const pair of pairs) {
    const ratio = contrastRatio(pair.fore, pair.back);
    if (ratio < MIN_CONTRAST) {
      diagnostics.push({
        severity: ratio < MIN_CONTRAST_LARGE ? 'error' : 'warning',
        code: 'low-contrast',
        ...at(source.locate(pair.field).exact ? pair.field : ['colours']),
        message: `gives ${pair.what} a contrast of ${ratio.toFixed(2)}:1 (expected at least ${MIN_CONTRAST}:1)`,
        hint: 'choose a darker or more saturated colour',
      });
    }
  }

  let logo: NonNullable<Theme['organisation']>['logo'];
  if (brand.logo) {
    const logoFile = path.resolve(path.dirname(file), brand.logo);
    const bytes = await readLogo(workspace, file, brand.logo, logoFile, (message, hint) =>
      diagnostics.push({
        severity: 'error',
        code: 'file-unreadable',
        ...at(['logo']),
        message,
        ...(hint ? { hint } : {}),
      }),
    );
    if (bytes) {
      const prepared = await prepareLogo(bytes);
      if (prepared.ok) {
        const { exact, ...origin } = source.locate(['logo']);
        logo = { ...prepared.logo, alt: brand.logoAlt ?? brand.organisation, origin };
      } else {
        diagnostics.push({
          severity: 'error',
          code: 'bad-image',
          ...at(['logo']),
          message: `${logoFile} ${prepared.message}`,
        });
      }
    }
  }
  if (hasErrors(diagnostics)) return { diagnostics };
  const base = defaultTheme();
  return {
    theme: {
      ...base,
      colours,
      organisation: {
        name: brand.organisation,
        ...(brand.contact ? { contact: brand.contact } : {}),
        ...(logo ? { logo } : {}),
      },
    },
    ...(brand.paper ? { paper: brand.paper } : {}),
    diagnostics,
  };
}

const CONTAIN_HINT = 'put the logo next to the brand file or in a folder below it';

/** The logo's bytes when it is a regular file inside the brand file's folder (links resolved). */
async function readLogo(
  workspace: Workspace,
  brandFile: string,
  named: string,
  logoFile: string,
  problem: (message: string, hint?: string) => void,
): Promise<Buffer | undefined> {
  if (path.isAbsolute(named)) {
    problem(`names ${named}, an absolute path (expected a path relative to the brand file)`, CONTAIN_HINT);
    return undefined;
  }
  let inside: boolean;
  try {
    const [dir, real] = await Promise.all([
      workspace.realPath(path.dirname(brandFile)),
      workspace.realPath(logoFile),
    ]);
    const relative = path.relative(dir, real);
    inside =
      relative !== '' &&
      !relative.startsWith(`..${path.sep}`) &&
      relative !== '..' &&
      !path.isAbsolute(relative);
  } catch (error) {
    problem(`names ${logoFile}, which ${readProblem(error)} (expected a path relative to the brand file)`);
    return undefined;
  }
  if (!inside) {
    problem(`names ${logoFile}, which lies outside the brand file's folder`, CONTAIN_HINT);
    return undefined;
  }
  try {
    return await workspace.readBytes(logoFile, { maxBytes: FILE_LIMITS.logo, what: 'a logo image' });
  } catch (error) {
    problem(`names ${logoFile}, which ${readProblem(error)}`);
    return undefined;
  }
}
