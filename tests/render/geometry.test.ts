// Item bounds: what a tiled sheet uses to draw only the items that cross its window.
import { describe, expect, it } from 'vitest';
import { itemBounds } from '../../src/render/geometry.js';

describe('itemBounds', () => {
  it('puts a turned group where its turn puts it on the page', () => {
    const group = { kind: 'group' as const, x: 100, y: 50, width: 300, height: 80, items: [] };
    expect(itemBounds({ ...group, rotate: 0 })).toEqual({ x: 100, y: 50, width: 300, height: 80 });
    expect(itemBounds({ ...group, rotate: 90 })).toEqual({ x: 20, y: 50, width: 80, height: 300 });
    expect(itemBounds({ ...group, rotate: 180 })).toEqual({ x: -200, y: -30, width: 300, height: 80 });
    expect(itemBounds({ ...group, rotate: 270 })).toEqual({ x: 100, y: -250, width: 80, height: 300 });
  });

  it('counts strokes and line widths, so an edge drawn on the border still crosses it', () => {
    expect(itemBounds({ kind: 'line', x1: 10, y1: 5, x2: 10, y2: 25, colour: 'rule', width: 1 })).toEqual({
      x: 9,
      y: 4,
      width: 2,
      height: 22,
    });
    expect(
      itemBounds({ kind: 'box', x: 0, y: 0, width: 10, height: 10, stroke: 'rule', strokeWidth: 2 }),
    ).toEqual({ x: -2, y: -2, width: 14, height: 14 });
    expect(itemBounds({ kind: 'circle', cx: 5, cy: 5, r: 3, strokeWidth: 1 })).toEqual({
      x: 1,
      y: 1,
      width: 8,
      height: 8,
    });
  });
});
