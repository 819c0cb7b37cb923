// Fits content texts into boxes for a planner and turns every shrink, overflow and missing glyph into a
// diagnostic that points back at the YAML line of the text.
import type { KitIdentity } from '../content/model.js';
import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';
import type { Hyphenation } from '../typeset/break-lines.js';
import type { FittedText, TextStyle } from '../typeset/fit.js';
import { fitText } from '../typeset/fit.js';
import type { FontWeight } from '../typeset/fonts.js';
import { missingGlyphs } from '../typeset/fonts.js';
import type { Theme } from '../theme/theme.js';
import { ptToMm } from '../units.js';
import type { Colour, TextItem, TextRole } from './layout.js';

export interface TextSpec {
  readonly text: string;
  /** The content field, for diagnostics and tests; absent for generated text (numbers, durations). */
  readonly field?: string;
  readonly weight: FontWeight;
  readonly size: number;
  readonly minSize?: number;
  readonly leading?: number;
  readonly colour: Colour;
  readonly role?: TextRole;
  readonly align?: TextItem['align'];
  /** Headings: hyphenate only what cannot fit otherwise. */
  readonly hyphenation?: Hyphenation;
  /** What the text is, for a message a person understands: "assignment 3 (Probleemboom), title". */
  readonly label: string;
}

export class TextFitter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    private readonly kit: KitIdentity,
    private readonly theme: Theme,
    readonly artefact: string,
    /** What to do when a text does not fit, for this artefact. */
    private readonly overflowHint = 'shorten the text, or print on a larger paper size',
  ) {}

  /** The language of the kit being fitted. */
  get language(): string {
    return this.kit.language;
  }

  /** Where a content field's text is written in the YAML, for a diagnostic of one's own. */
  origin(field: string): SourcePosition | undefined {
    return this.kit.origins[field];
  }

  /** Fits `spec` into the box at (x, y); the item is returned even when it overflows (as reported). */
  place(
    spec: TextSpec,
    x: number,
    y: number,
    box: { width: number; height?: number; maxLines?: number },
  ): TextItem {
    const fitted = this.fit(spec, box);
    return {
      kind: 'text',
      x,
      y,
      width: box.width,
      lines: fitted.lines,
      weight: spec.weight,
      size: fitted.size,
      lineHeight: fitted.lineHeight,
      colour: spec.colour,
      align: spec.align ?? 'left',
      role: spec.role ?? 'P',
      ...(spec.field ? { field: spec.field } : {}),
    };
  }

  /** How many lines a text takes in a box, without reporting anything (for sizing before placing). */
  measureLines(spec: TextSpec, box: { width: number; height?: number; maxLines?: number }): number {
    const face = this.theme.fonts[spec.weight];
    return fitText(
      spec.text,
      { face, size: spec.size, minSize: spec.minSize, leading: spec.leading ?? 1.25 },
      box,
      this.kit.language,
    ).lines.length;
  }

  fit(spec: TextSpec, box: { width: number; height?: number; maxLines?: number }): FittedText {
    const face = this.theme.fonts[spec.weight];
    const style: TextStyle = {
      face,
      size: spec.size,
      minSize: spec.minSize,
      leading: spec.leading ?? 1.25,
      hyphenation: spec.hyphenation ?? (spec.role === 'H1' || spec.role === 'H2' ? 'avoid' : 'normal'),
    };
    const missing = missingGlyphs(face, spec.text);
    if (missing.length > 0) {
      this.report(
        'error',
        'missing-glyph',
        spec,
        `contains ${missing.map((c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}, which the font ${face.name} does not have`,
        'use another character, or a theme font that has it',
      );
    }
    const fitted = fitText(spec.text, style, box, this.kit.language);
    if (!fitted.fits) {
      const parts = [
        fitted.overflow.height > 0 ? `${formatMm(fitted.overflow.height)} too tall` : '',
        fitted.overflow.width > 0 ? `${formatMm(fitted.overflow.width)} too wide` : '',
      ].filter(Boolean);
      this.report(
        'error',
        'text-overflow',
        spec,
        `does not fit its box on the ${this.artefact} (${this.kit.language}): ${parts.join(' and ') || 'too many lines'} at the smallest size ${fitted.size} pt`,
        this.overflowHint,
      );
    } else if (fitted.shrunkFrom !== undefined) {
      this.report(
        'warning',
        'text-shrunk',
        spec,
        `was set at ${fitted.size} pt instead of ${fitted.shrunkFrom} pt to fit its box on the ${this.artefact} (${this.kit.language})`,
      );
    }
    return fitted;
  }

  private report(
    severity: Diagnostic['severity'],
    code: Diagnostic['code'],
    spec: TextSpec,
    message: string,
    hint?: string,
  ): void {
    const origin = spec.field ? this.kit.origins[spec.field] : undefined;
    this.diagnostics.push({
      severity,
      code,
      ...(origin ?? {}),
      ...(spec.field ? { field: spec.field } : {}),
      message: `${spec.label} ${message}`,
      ...(hint ? { hint } : {}),
    });
  }
}

function formatMm(pt: number): string {
  return `${ptToMm(pt).toFixed(1)} mm`;
}
