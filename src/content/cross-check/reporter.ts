// A small collector that turns "this path in this file is wrong" into located diagnostics.
import type { MessageId, ParamsOf } from '../../diagnostics/catalogue.js';
import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';
import { diagnostic } from '../../diagnostics/messages.js';
import type { PathSegment, YamlSource } from '../yaml-source.js';
import { closest, fieldPath } from '../zod-issues.js';

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(private readonly source: YamlSource) {}

  /** The catalogue's message `id` with `params`, at `path` in the file. */
  report<I extends MessageId>(
    id: I,
    path: readonly PathSegment[],
    params: ParamsOf<I>,
    options: { severity?: Severity; key?: boolean } = {},
  ): void {
    const { exact, ...position } = this.source.locate(path, { key: options.key });
    this.diagnostics.push(
      diagnostic(id, params, {
        ...position,
        field: fieldPath(path),
        ...(options.severity ? { severity: options.severity } : {}),
      }),
    );
  }

  /** Reports every id that occurs more than once in a list of items. */
  uniqueIds(listPath: readonly PathSegment[], ids: readonly string[], what: string, idKey = 'id'): void {
    const seen = new Map<string, number>();
    ids.forEach((id, index) => {
      const first = seen.get(id);
      if (first !== undefined) {
        this.report('duplicate-id/in-list', [...listPath, index, idKey], { what, id, first: first + 1 });
      } else {
        seen.set(id, index);
      }
    });
  }

  /** Reports a reference to an id that does not exist, suggesting the nearest known one. */
  reference(path: readonly PathSegment[], id: string, known: readonly string[], what: string, key = false): boolean {
    if (known.includes(id)) return true;
    const guess = closest(id, known);
    this.report(
      'unknown-reference/no-such-id',
      path,
      { what, id, known: [...new Set(known)], ...(guess ? { guess } : {}) },
      { key },
    );
    return false;
  }
}
