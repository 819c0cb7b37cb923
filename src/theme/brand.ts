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
import { brandColours } from './brand-colours.js';
import type { Theme } from './theme.js';
import { defaultTheme } from './theme.js';

export { MIN_CONTRAST } from './contrast.js';
export { brandColours } from './brand-colours.js';

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
