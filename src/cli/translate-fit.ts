// `dts translate fit [--kit K] [--lang L] [--json]`: plans (writes nothing) every artefact with fixed boxes
// for each language and lists every text by the share of its box it uses, tightest first, marking the
// ones shrunk and the ones that do not fit with the characters to cut.
import { hasErrors } from '../diagnostics/diagnostic.js';
import { escapeControls } from '../diagnostics/control.js';
import { defaultTheme } from '../theme/theme.js';
import type { FitReport, FittedField } from '../translation/fit.js';
import { fitReport } from '../translation/fit.js';
import type { Io } from './common.js';
import { ExitCode, report } from './common.js';
import type { Values } from './translate-shared.js';
import { checkLanguages, languages, loadTranslateContent } from './translate-shared.js';

export async function fit(values: Values, io: Io): Promise<number> {
  const only = languages(values, false);
  const loaded = await loadTranslateContent(values);
  checkLanguages(loaded, only, false);
  const errors = loaded.diagnostics.filter(
    (d) => d.severity === 'error' && (!only || !d.file || only.some((l) => d.file?.endsWith(`${l}.yaml`))),
  );
  if (!values.json) report(io, errors);
  let failed = hasErrors(errors);
  const theme = defaultTheme();
  const reports: FitReport[] = [];
  for (const kit of loaded.kits) {
    for (const language of kit.languages.filter((l) => !only || only.includes(l))) {
      const localised = kit.localised.get(language);
      if (!localised) {
        failed = true;
        if (!values.json) io.err(`${kit.id} ${language}: has errors (listed above), so it cannot be fitted`);
        continue;
      }
      const fitted = await fitReport(localised, theme);
      reports.push(fitted);
      if (fitted.fields.some((f) => !f.fits)) failed = true;
    }
  }
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          languages: reports.map((r) => ({
            kit: r.kit,
            language: r.language,
            artefacts: r.artefacts,
            fits: r.fields.every((f) => f.fits),
            fields: r.fields.map((f) => ({ ...f, use: Math.round(f.use * 1000) / 1000 })),
          })),
        },
        null,
        2,
      ),
    );
  } else {
    for (const r of reports) printReport(io, r);
  }
  return failed ? ExitCode.content : ExitCode.ok;
}

const percent = (use: number) => `${Math.round(use * 100)}%`;

function mark(f: FittedField): string {
  if (!f.fits) return '✗';
  return f.shrunkFrom !== undefined ? '↓' : ' ';
}

function remark(f: FittedField): string {
  if (!f.fits) return `  does not fit: about ${f.over ?? 1} character${f.over === 1 ? '' : 's'} too long`;
  if (f.shrunkFrom !== undefined) return `  shrunk ${f.shrunkFrom} → ${f.size} pt`;
  return '';
}

function printReport(io: Io, r: FitReport): void {
  const listed = r.fields.filter((f) => f.bounded || !f.fits);
  const flowing = r.fields.length - listed.length;
  const over = r.fields.filter((f) => !f.fits).length;
  const shrunk = r.fields.filter((f) => f.fits && f.shrunkFrom !== undefined).length;
  io.out(
    `${r.kit} ${r.language}: ${r.fields.length} texts placed on ${r.artefacts.join(', ')}; ${over} do not fit, ${shrunk} shrunk`,
  );
  io.out('     use  room  artefact       where  (field)');
  for (const f of listed) {
    const room = f.room === undefined ? '' : String(f.room);
    io.out(
      `  ${mark(f)} ${percent(f.use).padStart(4)} ${room.padStart(5)}  ${f.artefact.padEnd(13)}  ${escapeControls(f.label)}${f.field ? `  (${f.field})` : ''}${remark(f)}`,
    );
  }
  if (flowing > 0)
    io.out(
      `  and ${flowing} texts in boxes that grow with their text (deck bullets, checklist paragraphs): not listed, in --json`,
    );
  io.out(
    '  use: share of the box taken at the size set; room: about how many characters it holds at its smallest size',
  );
}
