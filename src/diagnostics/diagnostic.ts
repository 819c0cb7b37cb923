// One diagnostic type for every stage: content, brand, layout. Stages return them; only the CLI prints.
// Made with `diagnostic()` (messages.ts), which takes the message and hint from the catalogue.
import type { DiagnosticCode, MessageId, MessageParams } from './catalogue.js';

export type Severity = 'error' | 'warning';

/** A point in a source file, 1-based as editors show it. */
export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic {
  readonly severity: Severity;
  /** Permanent name of the kind of problem, from the catalog (e.g. `missing-text`). */
  readonly code: DiagnosticCode;
  /** Where it is; absent only for problems that belong to no file (e.g. an empty content folder). */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** Dotted path of the field inside the file, e.g. `assignments.roles.title`. */
  readonly field?: string;
  /** What is wrong, including what was expected. */
  readonly message: string;
  /** What to do about it, when that is not obvious from the message. */
  readonly hint?: string;
  /** The catalogue template the message was made from (`code` or `code/variant`). */
  readonly messageId?: MessageId;
  /** What the template was given (plain data), so the message can be written again in another language. */
  readonly params?: MessageParams;
}

export type { DiagnosticCode, MessageId } from './catalogue.js';
export { diagnosticCodes } from './catalogue.js';

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorted by file, then line and column, so a reader can work through a file top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

/** A stage's result: a value (when the stage could produce one) and what it found on the way. */
export interface Result<T> {
  readonly value: T | undefined;
  readonly diagnostics: readonly Diagnostic[];
}
