// The page's pieces made of DOM nodes: a colour field's live check (each failing pair, a passing colour
// to take with one button), the build's warnings and errors grouped by the form field they concern (each
// with a link to that field), and sizes in the page's language.
import { fill } from '../../content/schema/template.js';

import type { MakerDiagnostic } from '../protocol.js';
import type { ColourField } from './colour-check.js';
import { checkColour, MIN_CONTRAST, ratioText } from './colour-check.js';
import type { MakerPageData } from './data.js';
import { formFieldOf, inFormOrder } from './fields.js';

function node<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  if (className) made.className = className;
  return made;
}

/** A paragraph whose `{colour}` placeholders show a swatch before the colour's code. */
function withSwatches(text: string, colour: string, className: string): HTMLParagraphElement {
  const p = node('p', undefined, className);
  for (const [i, part] of text.split(colour).entries()) {
    if (i > 0) {
      const swatch = node('span', undefined, 'swatch');
      swatch.style.background = colour;
      swatch.setAttribute('aria-hidden', 'true');
      p.append(swatch, colour);
    }
    p.append(part);
  }
  return p;
}

/** What the live check says under a colour field, and a button to take a colour that passes. */
export function renderColourCheck(
  field: ColourField,
  value: string,
  data: MakerPageData,
  take: (colour: string) => void,
): Node[] {
  const t = data.texts;
  const ratio = (r: number) => ratioText(r, data.language);
  const minimum = new Intl.NumberFormat(data.language).format(MIN_CONTRAST);
  if (value === '') {
    const own = data.kitColours[field];
    return [withSwatches(fill(t.colours.kitColour, { colour: own }), own, 'kit')];
  }
  const check = checkColour(field, value);
  const button = (colour: string) => {
    const b = node('button', fill(t.contrast.take, { colour }), 'small');
    b.type = 'button';
    b.addEventListener('click', () => take(colour));
    return b;
  };
  switch (check.kind) {
    case 'invalid':
      return [];
    case 'pass':
      return [node('p', fill(t.contrast.pass, { ratio: ratio(MIN_CONTRAST) }), 'pass')];
    case 'adjusted': {
      const lines: Node[] = [];
      if (check.darkText)
        lines.push(node('p', fill(t.contrast.darkText, { ratio: ratio(check.darkText.ratio) }), 'warn'));
      if (check.shade) {
        const { colour } = check.shade;
        lines.push(
          withSwatches(
            fill(t.contrast.textShade, { colour, ratio: ratio(check.shade.ratio) }),
            colour,
            'warn',
          ),
          button(colour),
        );
      }
      return lines;
    }
    case 'fail': {
      const lines: Node[] = check.failing.map((f) =>
        node(
          'p',
          fill(t.contrast.error, { pair: t.contrast[f.key], ratio: ratio(f.ratio), minimum }),
          'fail',
        ),
      );
      if (!check.suggestion) return [...lines, node('p', t.contrast.none)];
      const { colour } = check.suggestion;
      return [
        ...lines,
        withSwatches(
          fill(t.contrast.suggestion, { colour, ratio: ratio(check.suggestion.ratio) }),
          colour,
          '',
        ),
        button(colour),
      ];
    }
  }
}

/** The form field a diagnostic of the brand file concerns (its id on the page), if any. */
function fieldOf(d: MakerDiagnostic): string | undefined {
  return d.field !== undefined && d.file?.endsWith('brand.yaml') !== false ? formFieldOf(d.field) : undefined;
}

/**
 * The build's warnings (or errors), grouped by the form field they concern, in the form's order, each
 * group headed by a link to its field; what concerns no field (the content) last, with where it is.
 */
export function renderDiagnostics(
  diagnostics: readonly MakerDiagnostic[],
  data: MakerPageData,
  ok: boolean,
  labelOf: (id: string) => string,
  focus: (id: string) => void,
): Node[] {
  const t = data.texts.build;
  const shown = diagnostics.filter((d) => (ok ? d.severity === 'warning' : d.severity === 'error'));
  if (shown.length === 0) return [];
  const groups = new Map<string, MakerDiagnostic[]>();
  for (const d of shown) {
    const key = fieldOf(d) ?? '';
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const keys = [...inFormOrder(groups.keys()), ...(groups.has('') ? [''] : [])];
  // After a failed build the section's heading already says so: the groups come right under it.
  const out: Node[] = ok ? [node('h3', t.warnings), node('p', t.warningsHelp)] : [node('p', t.errorsHelp)];
  const level = ok ? 'h4' : 'h3';
  for (const key of keys) {
    if (!key) out.push(node(level, t.other));
    else {
      const title = node(level);
      const link = node('a', labelOf(key));
      link.href = `#${key}`;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        focus(key);
      });
      title.append(link);
      out.push(title);
    }
    const list = node('ul');
    const hints = new Set<string>();
    for (const d of groups.get(key)!) {
      const item = node('li', d.text ?? d.message);
      // What to do, in the message's language (a translated text with its translated hint); the same
      // advice twice in a group only once.
      const hint = d.text === undefined ? d.hint : d.hintText;
      if (hint && !hints.has(hint)) {
        hints.add(hint);
        item.append(node('span', hint, 'hint'));
      }
      if (!key && d.file) {
        const where = [
          d.file.slice(d.file.lastIndexOf('/') + 1),
          d.line ? fill(t.line, { line: String(d.line) }) : '',
          d.field ?? '',
        ]
          .filter(Boolean)
          .join(', ');
        item.append(node('span', fill(t.where, { where }), 'hint'));
      }
      list.append(item);
    }
    out.push(list);
  }
  return out;
}
