// A categorical palette derived from the theme: one colour per category (the checklist's question areas),
// starting at the organisation's primary colour and turning around the colour wheel in equal steps. Each
// colour is darkened until its text colour (white or ink) reads at 4.5:1 or better.
import { contrastRatio, textColourOn } from './contrast.js';
import type { Theme } from './theme.js';

export interface CategoryColour {
  /** The category's colour: bands, card fronts. */
  readonly fill: string;
  /** Text on the fill. */
  readonly text: string;
  /** A light tint of the fill, for backgrounds with ink text. */
  readonly tint: string;
}

export const MIN_CONTRAST = 4.5;

export function categoryPalette(theme: Theme, count: number): CategoryColour[] {
  const primary = theme.colours.primary.toUpperCase();
  const [h, s, l] = rgbToHsl(primary);
  // One text colour for every category, the one that reads best on the primary colour: the set looks
  // like one family. Each fill is darkened (for white text) or lightened (for ink) until it reads.
  const text = textColourOn(primary);
  const darken = text === '#FFFFFF';
  const saturation = Math.min(0.5, Math.max(0.35, s));
  const colours: CategoryColour[] = [];
  for (let i = 0; i < count; i++) {
    const hue = (h + (i * 360) / Math.max(count, 1)) % 360;
    let lightness = i === 0 ? l : darken ? 0.65 : 0.55;
    let fill = i === 0 ? primary : hslToHex(hue, saturation, lightness);
    while (contrastRatio(fill, text) < MIN_CONTRAST + 0.3 && lightness > 0.02 && lightness < 0.98) {
      lightness += darken ? -0.01 : 0.01;
      fill = hslToHex(hue, i === 0 ? s : saturation, lightness);
    }
    colours.push({ fill, text, tint: hslToHex(hue, 0.45, 0.94) });
  }
  return colours;
}

function rgbToHsl(hex: string): [number, number, number] {
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

function hslToHex(h: number, s: number, l: number): string {
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
