// WCAG 2 contrast ratios between two sRGB colours.

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

/** Black or white, whichever reads better on `background`. */
export function textColourOn(background: string): string {
  return contrastRatio(background, '#FFFFFF') >= contrastRatio(background, '#1A2733') ? '#FFFFFF' : '#1A2733';
}

/** `colour` mixed with white: share 0 is the colour, 1 is white. */
export function tintOf(colour: string, share: number): string {
  const mix = [1, 3, 5].map((i) =>
    Math.round(parseInt(colour.slice(i, i + 2), 16) * (1 - share) + 255 * share),
  );
  return `#${mix.map((c) => c.toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}
