// Fits content texts into boxes for a planner and turns every shrink, overflow and missing glyph into a
// diagnostic that points back at the YAML line of the text. An overflow says how much is too much in
// characters as well as in mm, which is what a translator can act on. Every fit is also kept as a
// placement (field, box, share of the box used, room in characters), which the planners return beside
// their plan for `dts translate fit` and for what translation tools are told about each text's room.
import type { KitIdentity } from '../content/model.js';
import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/messages.js';
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
  /** Where the text is written when not in the kit's content (a brand file's name or contact line). */
  readonly origin?: SourcePosition;
}

export interface FitBox {
  readonly width: number;
  readonly height?: number;
  readonly maxLines?: number;
}

/** One text fitted into one box: what the fit report lists, tightest first. */
export interface Placement {
  readonly artefact: string;
  readonly language: string;
  /** What the text is, as the diagnostics say it: "slide 9 ("…"), title". */
  readonly label: string;
  readonly field?: string;
  /** The text's length in characters. */
  readonly characters: number;
  /** Share of the box used at the size it was set at (lines, or width for a box without a height). */
  readonly use: number;
  /** Whether the box has a height or a line limit (a box with neither grows with its text). */
  readonly bounded: boolean;
  readonly size: number;
  readonly shrunkFrom?: number;
  readonly fits: boolean;
  /** Characters too many, when it does not fit. */
  readonly over?: number;
  /** About how many characters of this kind of text the box holds at its smallest size (bounded boxes). */
  room(): number | undefined;
}

export class TextFitter {
  readonly diagnostics: Diagnostic[] = [];
  /** Every fit, in order (a text measured and then placed appears twice). */
  readonly placements: Placement[] = [];
  constructor(
    private readonly kit: KitIdentity,
    private readonly theme: Theme,
    readonly artefact: string,
    /** What to advise when a text does not fit, for this artefact (the hint of `text-overflow`). */
    private readonly overflowAdvice: 'larger-paper' | 'more-items' = 'larger-paper',
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
  place(spec: TextSpec, x: number, y: number, box: FitBox): TextItem {
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
  measureLines(spec: TextSpec, box: FitBox): number {
    const face = this.theme.fonts[spec.weight];
    return fitText(
      spec.text,
      { face, size: spec.size, minSize: spec.minSize, leading: spec.leading ?? 1.25 },
      box,
      this.kit.language,
    ).lines.length;
  }

  /** How many characters too long a text is for a box (0 when it fits), without reporting anything. */
  charactersTooMany(spec: TextSpec, box: FitBox): number {
    const style = this.styleOf(spec);
    const fitted = fitText(spec.text, style, box, this.kit.language);
    return fitted.fits ? 0 : charactersOver(spec.text, style, box, fitted, this.kit.language);
  }

  /** The type a spec is fitted in: its face from the theme, headings not hyphenated unless asked. */
  private styleOf(spec: TextSpec): TextStyle {
    return {
      face: this.theme.fonts[spec.weight],
      size: spec.size,
      minSize: spec.minSize,
      leading: spec.leading ?? 1.25,
      hyphenation: spec.hyphenation ?? (spec.role === 'H1' || spec.role === 'H2' ? 'avoid' : 'normal'),
    };
  }

  fit(spec: TextSpec, box: FitBox): FittedText {
    const style = this.styleOf(spec);
    const face = style.face;
    const missing = missingGlyphs(face, spec.text);
    if (missing.length > 0) {
      this.diagnostics.push(
        diagnostic(
          'missing-glyph/fitted',
          {
            label: spec.label,
            characters: missing
              .map((c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`)
              .join(', '),
            font: face.name,
          },
          this.where(spec),
        ),
      );
    }
    const fitted = fitText(spec.text, style, box, this.kit.language);
    const over = fitted.fits ? undefined : charactersOver(spec.text, style, box, fitted, this.kit.language);
    this.placements.push(placement(this, spec, style, box, fitted, over));
    if (!fitted.fits) {
      this.diagnostics.push(
        diagnostic(
          'text-overflow/box',
          {
            ...this.texts(spec),
            over: over ?? 1,
            ...(fitted.overflow.height > 0 ? { tallMm: formatMm(fitted.overflow.height) } : {}),
            ...(fitted.overflow.width > 0 ? { wideMm: formatMm(fitted.overflow.width) } : {}),
            size: fitted.size,
            advice: this.overflowAdvice,
          },
          this.where(spec),
        ),
      );
    } else if (fitted.shrunkFrom !== undefined) {
      this.diagnostics.push(
        diagnostic(
          'text-shrunk',
          { ...this.texts(spec), size: fitted.size, from: fitted.shrunkFrom },
          this.where(spec),
        ),
      );
    }
    return fitted;
  }

  /** A diagnostic's place: the text's YAML line (or its brand file's), and its field. */
  private where(spec: TextSpec): { file?: string; line?: number; column?: number; field?: string } {
    const origin = spec.origin ?? (spec.field ? this.kit.origins[spec.field] : undefined);
    return { ...origin, ...(spec.field ? { field: spec.field } : {}) };
  }

  /** What a fitting message says about the text: what it is, on which artefact, and its brand field. */
  private texts(spec: TextSpec): { label: string; artefact: string; language: string; brandField?: string } {
    return {
      label: spec.label,
      artefact: this.artefact,
      language: this.kit.language,
      ...(spec.origin && spec.field ? { brandField: spec.field } : {}),
    };
  }
}

/** Millimetres with one decimal, as the overflow messages give them. */
function formatMm(pt: number): string {
  return ptToMm(pt).toFixed(1);
}

const length = (text: string) => [...text].length;

/** The lines a box holds at a line height: its line limit, or what its height takes (none: unbounded). */
function linesIn(box: FitBox, lineHeight: number): number | undefined {
  const byHeight = box.height === undefined ? undefined : Math.floor((box.height + 0.01) / lineHeight);
  if (byHeight === undefined) return box.maxLines;
  return box.maxLines === undefined ? byHeight : Math.min(byHeight, box.maxLines);
}

/** Lines used, the last counted by how full it is. */
function linesUsed(fitted: FittedText, box: FitBox): number {
  const last = fitted.lines.at(-1);
  return fitted.lines.length === 0
    ? 0
    : fitted.lines.length - 1 + Math.min(1, (last?.width ?? 0) / box.width);
}

function placement(
  fitter: TextFitter,
  spec: TextSpec,
  style: TextStyle,
  box: FitBox,
  fitted: FittedText,
  over: number | undefined,
): Placement {
  const available = linesIn(box, fitted.lineHeight);
  const widest = Math.max(0, ...fitted.lines.map((l) => l.width));
  const use =
    available === undefined ? widest / box.width : available === 0 ? 2 : linesUsed(fitted, box) / available;
  const characters = length(spec.text);
  const language = fitter.language;
  return {
    artefact: fitter.artefact,
    language,
    label: spec.label.replace(/,$/, ''),
    ...(spec.field ? { field: spec.field } : {}),
    characters,
    use: over !== undefined ? Math.max(use, (characters + over) / characters) : use,
    bounded: available !== undefined,
    size: fitted.size,
    ...(fitted.shrunkFrom !== undefined ? { shrunkFrom: fitted.shrunkFrom } : {}),
    fits: fitted.fits,
    ...(over !== undefined ? { over } : {}),
    room: () => {
      // Measured on demand (the fit report, an export): the text set at its smallest size, and the room
      // taken as its characters scaled by the lines the box holds over the lines they take.
      const minSize = Math.min(style.minSize ?? style.size, style.size);
      const smallest = fitText(
        spec.text,
        { ...style, size: minSize, minSize },
        { width: box.width },
        language,
      );
      const lines = linesIn(box, smallest.lineHeight);
      const used = linesUsed(smallest, box);
      if (lines === undefined || used <= 0) return undefined;
      return Math.max(1, Math.floor((characters * lines) / used));
    },
  };
}

/**
 * How many characters a text that does not fit has too many: the longest start of it, cut at a space,
 * that fits the box, against the whole; a word too wide for the box by the font's average width.
 */
function charactersOver(
  text: string,
  style: TextStyle,
  box: FitBox,
  fitted: FittedText,
  language: string,
): number {
  if (fitted.overflow.height <= 0 && fitted.overflow.width > 0) {
    const line = fitted.lines.reduce((a, b) => (b.width > a.width ? b : a));
    const perCharacter = line.width / Math.max(1, length(line.text));
    return Math.max(1, Math.ceil(fitted.overflow.width / perCharacter));
  }
  const cuts = [...text.matchAll(/\s+/g)].map((m) => m.index);
  let low = 0;
  let high = cuts.length - 1;
  let best = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const head = text.slice(0, cuts[mid]);
    if (fitText(head, style, box, language).fits) {
      best = length(head);
      low = mid + 1;
    } else high = mid - 1;
  }
  return Math.max(1, length(text) - best);
}
