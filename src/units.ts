// Units: points inside (1/72 inch), millimetres only at the edges (paper sizes, bleed, tiling overlap).

/** A length in PostScript points. */
export type Pt = number;
/** A length in millimetres. */
export type Mm = number;

const POINTS_PER_MM = 72 / 25.4;

export function mmToPt(mm: Mm): Pt {
  return mm * POINTS_PER_MM;
}

export function ptToMm(pt: Pt): Mm {
  return pt / POINTS_PER_MM;
}

/** A file size as people read it: "61 kB", "1.3 MB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** A size as people in this language write it: "1,2 MB" in Dutch, "1.2 MB" in English. */
export function localSize(bytes: number, language: string): string {
  let separator = '.';
  try {
    separator =
      new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  } catch {
    // A language code Intl does not know: the point.
  }
  return formatBytes(bytes).replace('.', separator);
}
