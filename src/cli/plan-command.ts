// `dts plan <filled-checklist.pdf | answers.yaml> --out plan.docx`: the project plan draft from a
// checklist's answers. Loaded only when used, like `build`.
import { parseArgs } from 'node:util';
import { coverage, coverageWarnings } from '../answers/coverage.js';
import { checkAnswers } from '../answers/model.js';
import { readAnswers } from '../answers/read.js';
import { defaultStart } from '../content/clock.js';
import { loadContent } from '../content/load.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/messages.js';
import { coverLogoDiagnostics } from '../render/docx/cover-logo.js';
import { DEFAULT_PLAN_VERSION } from '../render/project-plan/outline.js';
import { onRequest } from '../build/artefacts.js';
import { render } from '../render/renderer.js';
import { loadBrand } from '../theme/brand.js';
import { defaultTheme } from '../theme/theme.js';
import { nodeWorkspace } from '../workspace/workspace.js';
import type { Io } from './common.js';
import { ExitCode, printHelp, report, sourceDateEpoch, UsageError } from './common.js';
import { writeAtomically } from './write-file.js';

const planOptions = {
  out: { type: 'string' },
  'plan-version': { type: 'string', default: DEFAULT_PLAN_VERSION },
  brand: { type: 'string' },
  content: { type: 'string', default: 'content' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function plan(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: planOptions,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return printHelp(io, 'plan');
  if (positionals.length === 0)
    throw new UsageError('plan: name the filled-in checklist PDF or the answers YAML file');
  if (positionals.length > 1)
    throw new UsageError(
      `plan: one answers file at a time (got ${positionals.length}: ${positionals.join(', ')})`,
    );
  if (!values.out)
    throw new UsageError('plan: --out FILE.docx is required (where to write the project plan)');
  if (!/\.docx$/i.test(values.out)) throw new UsageError(`--out: "${values.out}" should end in .docx`);
  const version = values['plan-version'];
  if (!/^\d{1,4}(\.\d{1,4}){0,2}$/.test(version))
    throw new UsageError(
      `--plan-version: "${version}" is not a version number (expected e.g. 0.1, 0.2 or 1.0)`,
    );
  const date = sourceDateEpoch() ?? new Date();
  const input = positionals[0] ?? '';
  const workspace = nodeWorkspace();

  const fail = (diagnostics: readonly Diagnostic[]) => {
    report(io, diagnostics);
    io.err(`No project plan was written${values.out ? `; ${values.out} is untouched` : ''}.`);
    return ExitCode.content;
  };

  const read = await readAnswers(workspace, input);
  if (!read.value || hasErrors(read.diagnostics)) return fail(read.diagnostics);
  const answers = read.value;
  report(io, read.diagnostics);

  const content = await loadContent(workspace, values.content, { kits: [answers.kit] });
  const loaded = content.kits.find((k) => k.id === answers.kit);
  if (!loaded) {
    const known = content.folders.join(', ') || 'none';
    return fail([
      ...content.diagnostics,
      diagnostic(
        'answers-mismatch/kit-not-here',
        { kit: answers.kit, content: values.content, known },
        { file: input },
      ),
    ]);
  }
  if (loaded.kind !== 'checklist') {
    return fail([diagnostic('answers-mismatch/not-a-checklist', { kit: answers.kit }, { file: input })]);
  }
  const kit = loaded.localised.get(answers.language);
  if (!kit || kit.kind !== 'checklist') {
    // A language the kit has, but whose texts do not pass the checks, is the content's problem.
    const broken = loaded.languages.includes(answers.language);
    return fail([
      ...(broken ? content.diagnostics : []),
      broken
        ? diagnostic(
            'answers-mismatch/language-broken',
            { language: answers.language, content: values.content, kit: loaded.id },
            { file: input },
          )
        : diagnostic(
            'answers-mismatch/language-missing',
            {
              language: answers.language,
              kit: loaded.id,
              version: loaded.version,
              languages: loaded.languages,
            },
            { file: input },
          ),
    ]);
  }
  const problems = checkAnswers(answers, kit, input);
  if (hasErrors(problems)) return fail(problems);
  report(io, problems);

  const brand = values.brand ? await loadBrand(workspace, values.brand) : undefined;
  if (brand && hasErrors(brand.diagnostics)) return fail(brand.diagnostics);
  // The brand's own warnings, and the cover logo's resolution where the plan places it.
  if (brand)
    report(io, [
      ...brand.diagnostics,
      ...coverLogoDiagnostics(brand.theme?.organisation, 'project plan', kit.language),
    ]);
  const theme = brand?.theme ?? defaultTheme();

  // The registry's project plan: made on request, from the answers.
  const rendered = await render(
    onRequest.plan,
    kit,
    { answers, version },
    { theme, date, start: defaultStart },
  );
  const bytes = rendered.files[0]?.bytes;
  if (hasErrors(rendered.diagnostics) || !bytes) return fail(rendered.diagnostics);
  report(io, rendered.diagnostics);
  try {
    await writeAtomically(values.out, bytes);
  } catch (error) {
    io.err(`dts: --out ${values.out}: cannot write the project plan: ${(error as Error).message}`);
    return ExitCode.content;
  }
  const { answered, total } = coverage(answers, kit);
  const tasks = answers.tasks?.length ?? 0;
  io.out(
    `wrote ${values.out}  (${Math.ceil(bytes.length / 1024)} kB; version ${version}; ${answered} of ${total} questions answered, ${total - answered} open; ${tasks} ${tasks === 1 ? 'task' : 'tasks'})`,
  );
  // Last, so it is what the user sees: an empty plan is allowed (a template), but rarely meant.
  report(io, coverageWarnings(answers, kit, input));
  return ExitCode.ok;
}
