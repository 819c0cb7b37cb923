// Control characters (ESC, BEL, NUL, the other C0 and C1 codes, DEL) in user text: refused in content and
// translations, and never printed raw, since a terminal acts on them (colours, a cleared screen, a title).

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
// Also tab and line breaks, and the characters that reorder or split a printed line.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMES: Readonly<Record<number, string>> = { 0: 'NUL', 7: 'BEL', 8: 'BS', 0x1b: 'ESC', 0x7f: 'DEL' };

/** The first control character in a text (tab and line feed are allowed), as "U+001B (ESC)". */
export function firstControl(text: string): string | undefined {
  const found = CONTROL.exec(text)?.[0];
  if (found === undefined) return undefined;
  const code = found.charCodeAt(0);
  const name = NAMES[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

/** A text safe to print on a terminal: control and reordering characters written as \x1b or \u202e. */
export function escapeControls(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
