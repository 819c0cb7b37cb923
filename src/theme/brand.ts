// Loading an organisation's brand file into a theme: validated with positions like content, the logo
// prepared once, colour pairs checked for contrast.
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { diagnostic, withParams } from '../diagnostics/messages.js';
import type { PathSegment } from '../content/yaml-source.js';
import { parseYaml } from '../content/yaml-source.js';
import { issuesToDiagnostics } from '../content/zod-issues.js';
import { prepareLogo } from '../media/logo.js';
import type { PosterPaper } from '../render/poster/paper.js';
import type { Workspace } from '../workspace/workspace.js';
import { FILE_LIMITS, readProblem, UnreadableFileError } from '../workspace/workspace.js';
import { brandSchema } from './brand-schema.js';
import { contrastRatio, nearestPassing, textColourOn, tintOf } from './contrast.js';
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
        diagnostic(
          'file-unreadable/brand-file',
          error instanceof UnreadableFileError ? { reason: error.message } : {},
          { file },
        ),
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

  const { colours, problems } = brandColours(brand.colours ?? {});
  for (const problem of problems) {
    const field: PathSegment[] = ['colours', problem.field];
    diagnostics.push({
      ...problem.diagnostic,
      ...at(source.locate(field).exact ? field : ['colours']),
    });
  }

  let logo: NonNullable<Theme['organisation']>['logo'];
  if (brand.logo) {
    const logoFile = path.resolve(path.dirname(file), brand.logo);
    const bytes = await readLogo(workspace, file, brand.logo, logoFile, (problem) =>
      diagnostics.push({ ...problem, ...at(['logo']) }),
    );
    if (bytes) {
      const prepared = await prepareLogo(bytes);
      if (prepared.ok) {
        const { exact, ...origin } = source.locate(['logo']);
        logo = { ...prepared.logo, alt: brand.logoAlt ?? brand.organisation, origin };
      } else {
        diagnostics.push({ ...withParams(prepared.problem, { logo: logoFile }), ...at(['logo']) });
      }
    }
  }
  if (hasErrors(diagnostics)) return { diagnostics };
  const position = (p: PathSegment[]) => {
    const { exact, ...origin } = source.locate(p);
    return origin;
  };
  const base = defaultTheme();
  return {
    theme: {
      ...base,
      colours,
      organisation: {
        name: brand.organisation,
        origins: {
          name: position(['organisation']),
          ...(brand.contact ? { contact: position(['contact']) } : {}),
        },
        ...(brand.contact ? { contact: brand.contact } : {}),
        ...(logo ? { logo } : {}),
      },
    },
    ...(brand.paper ? { paper: brand.paper } : {}),
    diagnostics,
  };
}

type ColourField = 'primary' | 'accent' | 'ink';

/** A colour pair of the design, as a function of the brand colour it depends on. */
interface ColourPair {
  readonly field: ColourField;
  readonly what: string;
  /** The pair's contrast when the brand colour is `colour`. */
  readonly ratio: (colour: string) => number;
}

const onItself = (colour: string) => contrastRatio(textColourOn(colour), colour);
const TINT_SHARE = 0.9;

const PAIRS: readonly ColourPair[] = [
  { field: 'primary', what: 'text on the primary colour (title band, title slides)', ratio: onItself },
  {
    field: 'primary',
    what: 'the primary colour as text on its light tint (titles, prompts, durations)',
    ratio: (c) => contrastRatio(c, tintOf(c, TINT_SHARE)),
  },
  { field: 'accent', what: 'numbers on the accent colour', ratio: onItself },
  {
    field: 'ink',
    what: 'body text on white paper',
    ratio: (c) => contrastRatio(c, defaultColours.paper),
  },
];

const fixed = (ratio: number) => ratio.toFixed(2);

/**
 * The theme's colours from a brand's, and every colour pair that fails, each with a nearby colour that
 * passes. A light primary colour (dark text reads on it, but it is too light to be read as text) is not an
 * error: text in the primary role is set in a darker shade of the same hue, panels keep its light tint,
 * and a warning says so.
 */
export function brandColours(brand: Partial<Record<ColourField, string>>): {
  colours: Colours;
  problems: { field: ColourField; diagnostic: Omit<Diagnostic, 'file' | 'line' | 'column' | 'field'> }[];
} {
  const given = {
    primary: (brand.primary ?? defaultColours.primary).toUpperCase(),
    accent: (brand.accent ?? defaultColours.accent).toUpperCase(),
    ink: (brand.ink ?? defaultColours.ink).toUpperCase(),
  };
  const problems: ReturnType<typeof brandColours>['problems'] = [];
  let primary = given.primary;
  let tint = tintOf(given.primary, TINT_SHARE);
  const asText = PAIRS[1]!.ratio(given.primary);
  if (
    asText < MIN_CONTRAST &&
    onItself(given.primary) >= MIN_CONTRAST &&
    textColourOn(given.primary) !== '#FFFFFF'
  ) {
    const shade = nearestPassing(
      given.primary,
      (c) => Math.min(contrastRatio(c, tint), onItself(c)),
      MIN_CONTRAST,
    );
    if (shade) {
      primary = shade;
      problems.push({
        field: 'primary',
        diagnostic: diagnostic('adjusted-colour', {
          given: given.primary,
          shade,
          asText: fixed(asText),
          shadeRatio: fixed(contrastRatio(shade, tint)),
        }),
      });
    }
  }
  if (primary === given.primary) tint = tintOf(primary, TINT_SHARE);
  const chosen = { ...given, primary };
  // An adjusted primary passes by construction (against the light colour's tint, which the theme keeps).
  for (const field of ['primary', 'accent', 'ink'] as const) {
    if (field === 'primary' && primary !== given.primary) continue;
    const pairs = PAIRS.filter((p) => p.field === field);
    const failing = pairs
      .map((pair) => ({ pair, ratio: pair.ratio(chosen[field]) }))
      .filter((f) => f.ratio < MIN_CONTRAST);
    if (failing.length === 0) continue;
    const suggestion = nearestPassing(
      chosen[field],
      (c) => Math.min(...pairs.map((p) => p.ratio(c))),
      MIN_CONTRAST,
    );
    for (const { pair, ratio } of failing) {
      problems.push({
        field,
        diagnostic: diagnostic(
          'low-contrast',
          {
            colour: chosen[field],
            pair: pair.what,
            ratio: fixed(ratio),
            min: MIN_CONTRAST,
            ...(suggestion
              ? { suggestion, suggestionRatio: fixed(Math.min(...pairs.map((p) => p.ratio(suggestion)))) }
              : {}),
          },
          { severity: ratio < MIN_CONTRAST_LARGE ? 'error' : 'warning' },
        ),
      });
    }
  }
  const colours: Colours = {
    ...defaultColours,
    ink: chosen.ink,
    primary,
    onPrimary: textColourOn(primary),
    accent: chosen.accent,
    onAccent: textColourOn(chosen.accent),
    tint,
    rule: tintOf(primary, 0.65),
  };
  return { colours, problems };
}

/** The logo's bytes when it is a regular file inside the brand file's folder (links resolved). */
async function readLogo(
  workspace: Workspace,
  brandFile: string,
  named: string,
  logoFile: string,
  problem: (problem: Diagnostic) => void,
): Promise<Buffer | undefined> {
  if (path.isAbsolute(named)) {
    problem(diagnostic('file-unreadable/logo-absolute', { named }));
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
    problem(diagnostic('file-unreadable/logo-unresolved', { logo: logoFile, reason: readProblem(error) }));
    return undefined;
  }
  if (!inside) {
    problem(diagnostic('file-unreadable/logo-outside', { logo: logoFile }));
    return undefined;
  }
  try {
    return await workspace.readBytes(logoFile, { maxBytes: FILE_LIMITS.logo, what: 'a logo image' });
  } catch (error) {
    problem(diagnostic('file-unreadable/logo-read', { logo: logoFile, reason: readProblem(error) }));
    return undefined;
  }
}
