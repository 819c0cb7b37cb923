// Units: points inside (1/72 inch), millimetres only at the edges (paper sizes, bleed, tiling overlap). The
// length types and their conversions live in src/render/units.ts (with the OOXML file units); this module
// keeps the PDF side's imports and the one unit that is not a length.
export type { Mm, Pt } from './render/units.js';
export { mmToPt, ptToMm } from './render/units.js';

/** A file size as people read it: "61 kB", "1.3 MB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
