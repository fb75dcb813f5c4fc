import { describe, expect, it } from 'vitest';
import { insidePolygons } from './map-layout.ts';
import { decodeRing, ringArea, ringsToPath, simplifyRing, zhejiangShapes } from './zhejiang-map.ts';

describe('echarts boundary decoding and drawing', () => {
  it('decodes zigzag-encoded deltas', () => {
    // 'A' - 64 = 1 → zigzag −1; 'B' = 2 → +1.
    expect(decodeRing('BBAA', [1024, 2048])).toEqual([
      [1 + 1 / 1024, 2 + 1 / 1024],
      [1, 2],
    ]);
  });
  it('writes relative path data with one decimal', () => {
    expect(
      ringsToPath([
        [
          [0, 0],
          [10, 0],
          [10, 5.04],
        ],
      ]),
    ).toBe('M0 0l10 0l0 5z');
  });
  it('drops islands too small to see and simplifies the rest', () => {
    expect(
      simplifyRing([
        [0, 0],
        [1, 0],
        [1, 1],
      ]),
    ).toBeUndefined();
    const wiggly = Array.from(
      { length: 100 },
      (_, i) => [i, i % 2 ? 0.1 : 0] as [number, number],
    ).concat([
      [99, 50],
      [0, 50],
    ]);
    expect(simplifyRing(wiggly)!.length).toBeLessThan(10);
    expect(
      ringArea([
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ]),
    ).toBe(100);
  });
});

describe('the Zhejiang map', () => {
  const { shapes } = zhejiangShapes();
  const byName = (n: string) => shapes.find((s) => s.name === n)!;
  it('has the 11 cities, small enough for a phone page', () => {
    expect(shapes.map((s) => s.code).sort()).toHaveLength(11);
    expect(shapes.reduce((n, s) => n + s.d.length, 0)).toBeLessThan(30_000);
  });
  it('labels 温州 inside 温州, away from the 丽水 border', () => {
    const wz = byName('温州市');
    expect(insidePolygons(wz.label, wz.polygons)).toBe(true);
    expect(insidePolygons(wz.label, byName('丽水市').polygons)).toBe(false);
    expect(wz.room).toBeGreaterThan(15);
  });
  it('knows 舟山 has no room for a label on its islands', () => {
    expect(byName('舟山市').room).toBeLessThan(10);
  });
});
