// Characters the document's font lacks. Word and LibreOffice then draw them in another font (no garbage, as
// in a PDF), so this is a warning that names the text, not an error.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Theme } from '../../theme/theme.js';
import { missingGlyphs } from '../../typeset/fonts.js';
import type { Block, Content, DocumentSpec } from './model.js';
import { plainText } from './model.js';
import { coverLogoDiagnostics } from './cover-logo.js';
import { documentFont } from './style.js';
import { diagnostic } from '../../diagnostics/messages.js';

function contents(block: Block): Content[] {
  switch (block.kind) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [block.content];
    case 'list':
      return [...block.items];
    case 'table':
      return [...block.header, ...block.rows.flatMap((row) => row.map((cell) => cell.content))];
    case 'pageBreak':
      return [];
  }
}

/**
 * Every text of the spec (cover, colophon, header, footer, body) with a character the font has no glyph for;
 * and, as the document's other check of what it is given, the cover logo when it prints blurred (so every
 * Word document reports it without its renderer asking).
 */
export function missingGlyphDiagnostics(spec: DocumentSpec, theme: Theme, what: string): Diagnostic[] {
  const texts = [
    spec.title,
    spec.cover.title,
    spec.cover.subtitle,
    spec.cover.kind ?? '',
    spec.cover.version,
    spec.header,
    spec.footer,
    spec.contentsTitle ?? '',
    ...[...spec.colophon, ...spec.body].flatMap(contents).map(plainText),
  ];
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const text of texts) {
    const missing = missingGlyphs(theme.fonts.regular, text).filter((c) => !seen.has(c));
    if (missing.length === 0) continue;
    missing.forEach((c) => seen.add(c));
    const excerpt = text.length > 60 ? `${text.slice(0, 57)}…` : text;
    diagnostics.push(
      diagnostic('missing-glyph/document', {
        what,
        language: spec.language,
        excerpt,
        characters: missing
          .map((c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`)
          .join(', '),
        font: documentFont,
      }),
    );
  }
  return [...diagnostics, ...coverLogoDiagnostics(theme.organisation, what, spec.language)];
}
