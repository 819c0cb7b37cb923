// A small collector that turns "this path in this file is wrong" into located diagnostics.
import type { Diagnostic, DiagnosticCode, Severity } from '../../diagnostics/diagnostic.js';
import type { PathSegment, YamlSource } from '../yaml-source.js';
import { closest, fieldPath } from '../zod-issues.js';

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(private readonly source: YamlSource) {}

  report(
    code: DiagnosticCode,
    path: readonly PathSegment[],
    message: string,
    options: { hint?: string; severity?: Severity; key?: boolean } = {},
  ): void {
    const { exact, ...position } = this.source.locate(path, { key: options.key });
    this.diagnostics.push({
      severity: options.severity ?? 'error',
      code,
      ...position,
      field: fieldPath(path),
      message,
      ...(options.hint ? { hint: options.hint } : {}),
    });
  }

  /** Reports every id that occurs more than once in a list of items. */
  uniqueIds(listPath: readonly PathSegment[], ids: readonly string[], what: string, idKey = 'id'): void {
    const seen = new Map<string, number>();
    ids.forEach((id, index) => {
      const first = seen.get(id);
      if (first !== undefined) {
        this.report('duplicate-id', [...listPath, index, idKey], `${what} id "${id}" is used twice (first at item ${first + 1})`, {
          hint: 'ids must be unique: rename one of them',
        });
      } else {
        seen.set(id, index);
      }
    });
  }

  /** Reports a reference to an id that does not exist, suggesting the nearest known one. */
  reference(path: readonly PathSegment[], id: string, known: readonly string[], what: string, key = false): boolean {
    if (known.includes(id)) return true;
    const guess = closest(id, known);
    this.report('unknown-reference', path, `refers to ${what} "${id}", which does not exist (expected one of: ${[...new Set(known)].join(', ')})`, {
      hint: guess ? `did you mean "${guess}"?` : undefined,
      key,
    });
    return false;
  }
}
