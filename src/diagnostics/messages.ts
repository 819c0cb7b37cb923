// Diagnostics made from the catalogue's templates, and their messages in another language. A call site
// names a template and gives its parameters; the code, severity, message and hint come from the catalogue,
// and the parameters stay on the diagnostic, so the kit maker's page can show it in the page's language.
import type { CatalogueEntry, MessageId, ParamsOf, Template } from './catalogue.js';
import { catalogue, templateOf } from './catalogue.js';
import type { Diagnostic, DiagnosticCode, Severity } from './diagnostic.js';

/** Where a diagnostic points, and its severity when the call site decides it (an error or a warning). */
export interface Where {
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly field?: string | undefined;
  readonly severity?: Severity;
}

/** The languages the catalogue has messages in: English always, Dutch for what the kit maker shows. */
export type MessageLanguage = 'en' | 'nl';

function codeOf(id: MessageId): DiagnosticCode {
  return id.split('/')[0] as DiagnosticCode;
}

function severityOf(code: DiagnosticCode, t: Template, where: Where): Severity {
  const listed = (catalogue as Record<string, CatalogueEntry>)[code]?.severity;
  return where.severity ?? t.severity ?? (listed === 'warning' ? 'warning' : 'error');
}

/**
 * The diagnostic `id` names, with its message and hint from the catalogue. An id the catalogue lacks, or
 * parameters other than the template's, do not compile.
 */
export function diagnostic<I extends MessageId>(id: I, params: ParamsOf<I>, where: Where = {}): Diagnostic {
  const t = templateOf(id);
  if (!t) throw new Error(`no template "${id}" in the diagnostic catalogue`);
  const code = codeOf(id);
  const hint = t.hint?.(params);
  const located = Object.fromEntries(
    (['file', 'line', 'column', 'field'] as const)
      .filter((key) => where[key] !== undefined)
      .map((key) => [key, where[key]]),
  );
  return {
    severity: severityOf(code, t, where),
    code,
    ...located,
    message: t.en(params),
    ...(hint ? { hint } : {}),
    messageId: id,
    params,
  };
}

/** The same diagnostic with some parameters changed, its message and hint written again. */
export function withParams(d: Diagnostic, changes: Readonly<Record<string, string | number>>): Diagnostic {
  const t = d.messageId ? templateOf(d.messageId) : undefined;
  if (!t || !d.params) return d;
  const params = { ...d.params, ...changes };
  const { hint: _old, ...rest } = d;
  const hint = t.hint?.(params);
  return { ...rest, message: t.en(params), ...(hint ? { hint } : {}), params };
}

function render(d: Diagnostic, language: MessageLanguage, part: 'message' | 'hint'): string | undefined {
  if (language === 'en') return d[part];
  const t = d.messageId ? templateOf(d.messageId) : undefined;
  if (!t || !d.params) return undefined;
  return (part === 'message' ? t.nl : t.nlHint)?.(d.params);
}

/**
 * The diagnostic's message in `language`, when the catalogue has it in that language (English always);
 * undefined otherwise, so the caller can fall back to English.
 */
export function messageText(d: Diagnostic, language: string): string | undefined {
  return language === 'en' || language === 'nl' ? render(d, language, 'message') : undefined;
}

/** The diagnostic's hint in `language`, when it has one and the catalogue has it in that language. */
export function hintText(d: Diagnostic, language: string): string | undefined {
  return language === 'en' || language === 'nl' ? render(d, language, 'hint') : undefined;
}
