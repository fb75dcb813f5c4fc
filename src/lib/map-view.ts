/**
 * Everything the map components draw, worked out at build time: the viewBox,
 * label size and places, fills and inks, the scale bar. The components only
 * print it (src/components/ZhejiangMap.astro, CityOutline.astro).
 */
import {
  pickFill,
  labelSize,
  legendClasses,
  pickInk,
  placeLabels,
  scaleBar,
  type Box,
} from './map-layout.ts';
import { MAP_WIDTH, type CityShape, type Point } from './zhejiang-map.ts';

/** Room around the land for outside labels, in viewBox units. */
const MARGIN = 40;

export interface MapRegion {
  code: string;
  d: string;
  fill: string;
  /** Label ink: a colour for labels inside the region; undefined outside (page text colour). */
  ink?: string;
  lines: string[];
  at: Point;
  leader?: { from: Point; to: Point };
}

export interface MapView {
  viewBox: string;
  fontSize: number;
  lineHeight: number;
  regions: MapRegion[];
  scale: { x: number; y: number; units: number; km: number };
  legend: { fill: string; from: number; to: number }[];
}

/**
 * Lays out a map of `shapes` with a label of `lines` for each (name and count;
 * none for no label), coloured by `count` out of `max` unless given a `fill`.
 */
export function layOutMap(
  shapes: CityShape[],
  height: number,
  unitsPerKm: number,
  label: (s: CityShape) => { lines: string[]; count: number; fill?: string },
  max: number,
): MapView {
  const fontSize = labelSize(MAP_WIDTH + 2 * MARGIN);
  const lineHeight = Math.round(fontSize * 1.05);
  const labels = shapes.map(label);
  // A label's box: the last line's full height (CJK fonts' ascent and descent
  // come to about 1.45 em) plus the lines above it.
  const boxOf = (lines: string[]) => ({
    w: Math.max(0, ...lines.map((t) => textWidth(t, fontSize))),
    h: lineHeight * (lines.length - 1) + fontSize * 1.45,
  });
  const layouts = (lines: string[]) => [lines, [lines.join(' ')]];
  const linesOf = new Map(shapes.map((s, i) => [s.code, labels[i]!.lines]));
  const bounds: Box = {
    x: -MARGIN,
    y: -2 * MARGIN,
    w: MAP_WIDTH + 2 * MARGIN,
    h: height + 3 * MARGIN,
  };
  const labelled = shapes.filter((_, i) => labels[i]!.lines.length > 0);
  const places = new Map(
    placeLabels(
      labelled,
      (code) => layouts(linesOf.get(code)!).map(boxOf),
      bounds,
      shapes.map((s) => s.polygons),
    ).map((p) => [p.code, p]),
  );
  const regions = shapes.map((s, i) => {
    const fill = labels[i]!.fill ?? pickFill(labels[i]!.count, max);
    const p = places.get(s.code);
    return {
      code: s.code,
      d: s.d,
      fill,
      ...(p?.leader ? { leader: p.leader } : { ink: pickInk(fill) }),
      lines: p ? layouts(labels[i]!.lines)[p.layout]! : [],
      at: p?.at ?? s.label,
    };
  });
  // The viewBox: the land, the labels and the scale bar below, nothing more.
  const boxes = regions
    .filter((r) => r.lines.length > 0)
    .map((r) => {
      const { w, h } = boxOf(r.lines);
      return { x: r.at[0] - w / 2, y: r.at[1] - h / 2, w, h };
    });
  const bar = scaleBar(unitsPerKm, MAP_WIDTH / 4);
  const minX = Math.min(0, ...boxes.map((b) => b.x)) - 2;
  const maxX = Math.max(MAP_WIDTH, ...boxes.map((b) => b.x + b.w)) + 2;
  const minY = Math.min(0, ...boxes.map((b) => b.y)) - 2;
  const barY = Math.max(height, ...boxes.map((b) => b.y + b.h)) + fontSize;
  const maxY = barY + fontSize * 1.6;
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    viewBox: [minX, minY, maxX - minX, maxY - minY].map(r).join(' '),
    fontSize,
    lineHeight,
    regions,
    scale: { x: r(minX + 4), y: r(barY), units: r(bar.units), km: bar.km },
    legend: legendClasses(max),
  };
}

/** Width of a label: Han characters a full em, digits and spaces about half. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((w, ch) => w + (/[\x00-\x7f]/.test(ch) ? 0.6 : 1) * fontSize, 0);
}
