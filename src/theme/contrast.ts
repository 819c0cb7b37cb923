// WCAG 2 contrast ratios between two sRGB colours.

/** WCAG AA for normal text: every text/background pair of the kit reaches it. */
export const MIN_CONTRAST = 4.5;

export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** `colour` mixed with white: share 0 is the colour, 1 is white. */
export function tintOf(colour: string, share: number): string {
  const mix = [1, 3, 5].map((i) =>
    Math.round(parseInt(colour.slice(i, i + 2), 16) * (1 - share) + 255 * share),
  );
  return `#${mix.map((c) => c.toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}

export function rgbToHsl(hex: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h * 60, s, l];
}

export function hslToHex(h: number, s: number, l: number): string {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return `#${[f(0), f(8), f(4)]
    .map((c) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, '0')
        .toUpperCase(),
    )
    .join('')}`;
}

/**
 * The colour nearest to `colour` of the same hue and saturation, only lighter or darker, for which
 * `ratio(candidate)` reaches `minimum`; undefined when no lightness does. `ratio` gives the contrast of a
 * candidate in its role (as text on white, as a background for white text, as text on its own tint …), so
 * one search serves every colour pair. Pure: the same colour gives the same suggestion.
 */
export function nearestPassing(
  colour: string,
  ratio: (candidate: string) => number,
  minimum: number,
): string | undefined {
  const [h, s, l] = rgbToHsl(colour.toUpperCase());
  // Steps of half a percent of lightness, nearest first, darker before lighter at the same distance.
  for (let step = 1; step <= 200; step++) {
    for (const lightness of [l - step / 200, l + step / 200]) {
      if (lightness < 0 || lightness > 1) continue;
      const candidate = hslToHex(h, s, lightness);
      if (ratio(candidate) >= minimum) return candidate;
    }
  }
  return undefined;
}
