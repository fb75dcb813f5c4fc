import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  EMPTY,
  pickFill,
  insidePolygons,
  labelSize,
  legendClasses,
  pickInk,
  placeLabels,
  scaleBar,
  STEPS,
} from './map-layout.ts';
import type { Point } from './zhejiang-map.ts';

const square = (x: number, y: number, s: number): Point[] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
];

describe('colours', () => {
  it('gives every fill a label ink of at least 4.5:1', () => {
    for (const fill of [...STEPS, EMPTY])
      expect(contrastRatio(pickInk(fill), fill)).toBeGreaterThanOrEqual(4.5);
  });
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
  it('colours counts in equal ranges, none for zero', () => {
    expect(pickFill(0, 23)).toBe(EMPTY);
    expect(pickFill(1, 23)).toBe(STEPS[0]);
    expect(pickFill(23, 23)).toBe(STEPS[4]);
  });
  it('lists the legend classes with their ranges, covering 0…max without gaps', () => {
    const classes = legendClasses(23);
    expect(classes[0]).toEqual({ fill: EMPTY, from: 0, to: 0 });
    expect(classes).toHaveLength(6);
    for (let i = 1; i < classes.length; i++) expect(classes[i]!.from).toBe(classes[i - 1]!.to + 1);
    expect(classes.at(-1)!.to).toBe(23);
  });
});

describe('sizes and scale', () => {
  it('sizes labels to 12.5 px on a 320 px phone', () => {
    expect(labelSize(288)).toBe(13);
    expect((labelSize(480) * 288) / 480).toBeGreaterThanOrEqual(12.5);
  });
  it('picks a round scale bar that fits', () => {
    expect(scaleBar(0.84, 100)).toEqual({ km: 100, units: 84 });
    expect(scaleBar(2, 100).km).toBe(50);
  });
});

describe('placeLabels', () => {
  const big = { code: 'a', label: [50, 50] as Point, polygons: [[square(0, 0, 100)]] };
  const tiny = { code: 'b', label: [150, 50] as Point, polygons: [[square(145, 45, 10)]] };
  const bounds = { x: -50, y: -50, w: 300, h: 200 };
  it('keeps a label inside a region that holds it', () => {
    const [p] = placeLabels([big], () => [{ w: 30, h: 20 }], bounds);
    expect(p).toEqual({ code: 'a', at: [50, 50], layout: 0 });
  });
  it('puts a small region’s label off the land, with a leader to the region', () => {
    const [, p] = placeLabels([big, tiny], () => [{ w: 30, h: 20 }], bounds);
    expect(p!.leader?.to).toEqual([150, 50]);
    expect(insidePolygons(p!.at, big.polygons)).toBe(false);
    expect(insidePolygons(p!.at, tiny.polygons)).toBe(false);
  });
  it('falls back to the one-line layout where only that fits', () => {
    const long = {
      code: 'c',
      label: [50, 10] as Point,
      polygons: [
        [
          [
            [0, 0],
            [100, 0],
            [100, 20],
            [0, 20],
          ] as Point[],
        ],
      ],
    };
    const [p] = placeLabels(
      [long],
      () => [
        { w: 20, h: 40 },
        { w: 60, h: 14 },
      ],
      bounds,
    );
    expect(p!.layout).toBe(1);
    expect(p!.leader).toBeUndefined();
  });
});
