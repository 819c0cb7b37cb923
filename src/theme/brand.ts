// Loading an organisation's brand file into a theme: validated with positions like content, the logo
// prepared once, colour pairs checked for contrast.
import path from '../platform/path.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { diagnostic, withParams } from '../diagnostics/messages.js';
import type { PathSegment } from '../content/yaml-source.js';
import { parseYaml } from '../content/yaml-source.js';
import { issuesToDiagnostics } from '../content/zod-issues.js';
import { prepareLogo } from '../media/logo.js';
import type { PosterPaper } from '../render/poster/paper.js';
import type { Workspace } from '../workspace/workspace.js';
import { FILE_LIMITS, readProblem, UnreadableFileError } from '../workspace/files.js';
import { brandSchema } from './brand-schema.js';
import { contrastRatio, MIN_CONTRAST, nearestPassing } from './contrast.js';
import { colourRoles, worstOn } from './roles.js';
import type { Colours, Theme } from './theme.js';
import { defaultColours, defaultTheme } from './theme.js';

export { MIN_CONTRAST } from './contrast.js';

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

type ColourProblem = {
  field: ColourField;
  diagnostic: Omit<Diagnostic, 'file' | 'line' | 'column' | 'field'>;
};

const WHITE = '#FFFFFF';
const fixed = (ratio: number) => ratio.toFixed(2);

/**
 * The theme's colours from a brand's (roles.ts), and a diagnostic for each colour pair the brand colours
 * fail as given, once: text on a light primary colour is set dark, and the primary colour as text is set
 * in a darker shade (warnings that say what was done and how to choose otherwise); an accent takes
 * whichever text reads on it, without a word. Body text (ink) that does not read on paper or on the light
 * tint is an error with the nearest shade that does.
 */
export function brandColours(brand: Partial<Record<ColourField, string>>): {
  colours: Colours;
  problems: ColourProblem[];
} {
  const given = {
    primary: (brand.primary ?? defaultColours.primary).toUpperCase(),
    accent: (brand.accent ?? defaultColours.accent).toUpperCase(),
    ink: (brand.ink ?? defaultColours.ink).toUpperCase(),
  };
  const colours = colourRoles(given);
  const problems: ColourProblem[] = [];
  const { primary, ink } = given;
  if (colours.onPrimary !== WHITE) {
    const forWhite = nearestPassing(primary, (c) => contrastRatio(WHITE, c), MIN_CONTRAST);
    problems.push({
      field: 'primary',
      diagnostic: diagnostic('adjusted-colour/dark-text', {
        given: primary,
        white: fixed(contrastRatio(WHITE, primary)),
        text: colours.onPrimary,
        ratio: fixed(contrastRatio(colours.onPrimary, primary)),
        ...(forWhite ? { forWhite, forWhiteRatio: fixed(contrastRatio(WHITE, forWhite)) } : {}),
      }),
    });
  }
  if (colours.primaryText !== primary) {
    const backgrounds = [colours.paper, colours.tint];
    problems.push({
      field: 'primary',
      diagnostic: diagnostic('adjusted-colour/text-shade', {
        given: primary,
        ratio: fixed(worstOn(primary, backgrounds)),
        shade: colours.primaryText,
        shadeRatio: fixed(worstOn(colours.primaryText, backgrounds)),
      }),
    });
  }
  const inkPairs = [
    { what: 'body text on white paper', on: colours.paper },
    { what: 'text on the light tint of the primary colour (panels, shaded cells)', on: colours.tint },
  ];
  const inkOn = inkPairs.map((p) => p.on);
  const failing = inkPairs.filter((p) => contrastRatio(ink, p.on) < MIN_CONTRAST);
  const suggestion = failing.length ? nearestPassing(ink, (c) => worstOn(c, inkOn), MIN_CONTRAST) : undefined;
  for (const pair of failing) {
    problems.push({
      field: 'ink',
      diagnostic: diagnostic('low-contrast', {
        colour: ink,
        pair: pair.what,
        ratio: fixed(contrastRatio(ink, pair.on)),
        min: MIN_CONTRAST,
        ...(suggestion ? { suggestion, suggestionRatio: fixed(worstOn(suggestion, inkOn)) } : {}),
      }),
    });
  }
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
