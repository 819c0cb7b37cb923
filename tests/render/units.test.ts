// Lengths convert to the file formats' units only through src/render/units.ts: rounded as the formats store
// them, and the types keep one unit from being passed as another.
import { describe, expect, it } from 'vitest';
import type { Emu, Mm, Pt, Twip } from '../../src/render/units.js';
import {
  mmToPt,
  onTwipGrid,
  ptToCentiPt,
  ptToEighthPt,
  ptToEmu,
  ptToHalfPt,
  ptToMm,
  ptToTwip,
  pxToPt,
} from '../../src/render/units.js';

describe('units', () => {
  it('converts points to the OOXML units, rounded to whole units', () => {
    expect(ptToEmu(1)).toBe(12_700);
    expect(ptToEmu(72)).toBe(914_400);
    expect(ptToTwip(mmToPt(210))).toBe(11_906);
    expect(ptToHalfPt(9.5)).toBe(19);
    expect(ptToEighthPt(1.5)).toBe(12);
    expect(ptToCentiPt(20)).toBe(2000);
    expect(ptToMm(mmToPt(297))).toBeCloseTo(297, 12);
  });

  it('puts a length on Word’s grid of whole twips', () => {
    expect(onTwipGrid(mmToPt(160))).toBe(453.55);
    expect(ptToTwip(onTwipGrid(mmToPt(25)))).toBe(1417);
  });

  it('sizes pictures in whole pixels exactly: 9 525 EMU a pixel', () => {
    expect(ptToEmu(pxToPt(201))).toBe(201 * 9525);
  });

  it('keeps units apart in the types', () => {
    const mm: Mm = 10;
    const pt: Pt = mmToPt(mm);
    const emu: Emu = ptToEmu(pt);
    const twip: Twip = ptToTwip(pt);
    // @ts-expect-error a file unit is made by its conversion only
    const raw: Twip = 200;
    // @ts-expect-error EMU are not points
    const wrong: Pt = emu;
    // @ts-expect-error millimetres are not points
    ptToTwip(mm);
    expect([raw, wrong, twip]).toHaveLength(3);
  });
});
