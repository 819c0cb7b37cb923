import { escapeControls } from './control.js';
import type { Diagnostic } from './diagnostic.js';
import { sortDiagnostics } from './diagnostic.js';

/**
 * `file:line:col  field  message` — the shape editors and terminals turn into links. Every part that can
 * carry user text (a path, a field, a quoted value) has its control characters escaped.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file
    ? [escapeControls(d.file), d.line, d.column].filter((p) => p !== undefined).join(':')
    : '(content)';
  const label = d.severity === 'warning' ? 'warning' : 'error';
  const field = d.field ? `  ${escapeControls(d.field)}` : '';
  const hint = d.hint ? `\n    hint: ${escapeControls(d.hint)}` : '';
  return `${where}  ${label}${field}  ${escapeControls(d.message)}${hint}`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return sortDiagnostics(diagnostics).map(formatDiagnostic).join('\n');
}

export function summarise(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const byCode = new Map<string, number>();
  for (const d of diagnostics)
    if (d.severity === 'warning') byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
  const kinds = [...byCode].map(([code, n]) => `${code} ${n}`).join(', ');
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${kinds ? ` (${kinds})` : ''}`;
}
