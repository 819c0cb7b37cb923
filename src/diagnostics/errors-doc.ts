// docs/ERRORS.md, made from the catalogue: one section per reader, one entry per code.
import type { CatalogueEntry } from './catalogue.js';
import { catalogue } from './catalogue.js';

const areas: Record<CatalogueEntry['area'], string> = {
  files: 'Files and options',
  content: 'Content (kit.yaml and the texts)',
  translation: 'Translations',
  layout: 'Fitting and layout',
  brand: 'Brand files',
  answers: 'Answers for `dts plan`',
};

export function errorsDoc(): string {
  const entries = Object.entries(catalogue) as [string, CatalogueEntry][];
  const out = [
    '# Errors and warnings',
    '',
    '<!-- Made by `npm run docs:errors` from src/diagnostics/catalogue.ts; edit that file, not this one. -->',
    '',
    'Every problem dts reports has a permanent code. A message names the file, line and column (where there',
    'is one), the field, what is wrong and what was expected; `dts build --json` carries the code, and the',
    'message id and parameters it was written from. This page says what each code means and what to do about',
    'it. The messages are written in the same catalogue, as templates (the brand and logo ones also in Dutch,',
    'for the kit maker page), so a message reads the same wherever it is raised.',
    '',
  ];
  for (const [area, heading] of Object.entries(areas)) {
    const inArea = entries.filter(([, e]) => e.area === area);
    if (inArea.length === 0) continue;
    out.push(`## ${heading}`, '');
    for (const [code, e] of inArea) {
      out.push(
        `### \`${code}\`: ${e.title}`,
        '',
        `**${e.severity}.** ${e.meaning}`,
        '',
        '```text',
        e.example,
        '```',
        '',
        `**What to do:** ${e.fix}`,
        '',
      );
    }
  }
  return out.join('\n');
}
