/**
 * Zhejiang's 11 prefecture cities as SVG paths, drawn at build time from the
 * boundary data echarts 4 ships (`map/json/province/zhejiang.json`, Apache-2.0),
 * so the page needs no map library. Its coordinates are delta- and
 * zigzag-encoded in characters; decoding follows echarts' own `decodePolygon`.
 *
 * The outlines are simplified (simplify-js, Douglas–Peucker) to what a phone
 * can show — half a unit of the map's viewBox, a third of a pixel at 320 px —
 * and islands too small to see are dropped: the full outlines made /cities/
 * 71 KB compressed. Labels sit at each city's pole of inaccessibility
 * (polylabel), the interior point farthest from the border, not the centroid,
 * which for 温州 fell on the 丽水 border.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import polylabel from 'polylabel';
import simplify from 'simplify-js';

interface EncodedFeature {
  id: string;
  properties: { name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets: unknown };
}

export type Point = [number, number];
/** Rings of one area: each polygon's outer ring first, then its holes. */
export type Polygon = Point[][];

export interface CityShape {
  /** GB/T 2260 code, e.g. 330100. */
  code: string;
  name: string;
  /** SVG path data in the map's viewBox. */
  d: string;
  /** The pole of inaccessibility of the largest polygon, in viewBox units. */
  label: Point;
  /** Radius of the largest circle around `label` inside the city: room for the label. */
  room: number;
  /** The simplified polygons in viewBox units, for placing labels (not drawn). */
  polygons: Polygon[];
}

/** The land's width in viewBox units (labels outside it get margins, see map-layout.ts). */
export const MAP_WIDTH = 400;
/** Simplification tolerance in viewBox units. */
const TOLERANCE = 0.5;
/** Islands smaller than this (square units, ≈ 2 km² at this scale) are not drawn. */
const MIN_AREA = 3;

/** One ring of echarts' encoded coordinates → [lng, lat] pairs. */
export function decodeRing(encoded: string, offset: [number, number], scale = 1024): Point[] {
  const out: Point[] = [];
  let [px, py] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    px += x;
    py += y;
    out.push([px / scale, py / scale]);
  }
  return out;
}

/** Area of a ring (shoelace), unsigned. */
export function ringArea(ring: Point[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return Math.abs(a / 2);
}

/** A ring simplified to `tolerance`, or undefined when too small to draw. */
export function simplifyRing(ring: Point[], tolerance = TOLERANCE): Point[] | undefined {
  if (ringArea(ring) < MIN_AREA) return undefined;
  const pts = simplify(
    ring.map(([x, y]) => ({ x, y })),
    tolerance,
    true,
  ).map((p) => [p.x, p.y] as Point);
  return pts.length >= 3 ? pts : undefined;
}

/** SVG path data for rings, one decimal, relative moves to keep the page small. */
export function ringsToPath(rings: Point[][]): string {
  const f = (n: number) => String(Math.round(n * 10) / 10);
  return rings
    .map((r) => {
      let [px, py] = r[0]!;
      let d = `M${f(px)} ${f(py)}`;
      for (const [x, y] of r.slice(1)) {
        const dx = Math.round((x - px) * 10) / 10;
        const dy = Math.round((y - py) * 10) / 10;
        if (dx === 0 && dy === 0) continue;
        d += `l${f(dx)} ${f(dy)}`;
        px += dx;
        py += dy;
      }
      return `${d}z`;
    })
    .join('')
    .replace(/ -/g, '-');
}

/** The features of echarts' Zhejiang file, decoded to lng/lat polygons. */
function loadFeatures(): { code: string; name: string; polygons: Polygon[] }[] {
  const require = createRequire(import.meta.url);
  const geo = JSON.parse(
    readFileSync(require.resolve('echarts/map/json/province/zhejiang.json'), 'utf8'),
  ) as { features: EncodedFeature[] };
  return geo.features.map((f) => {
    const multi = f.geometry.type === 'MultiPolygon';
    const polys = (multi ? f.geometry.coordinates : [f.geometry.coordinates]) as string[][];
    const offs = (multi ? f.geometry.encodeOffsets : [f.geometry.encodeOffsets]) as Point[][];
    return {
      code: f.id,
      name: f.properties.name,
      polygons: polys.map((poly, i) => poly.map((ring, j) => decodeRing(ring, offs[i]![j]!))),
    };
  });
}

/** A projection of lng/lat to viewBox units: equirectangular scaled by cos(latitude), fitted to `width`. */
export interface Projection {
  project: (p: Point) => Point;
  /** viewBox units per kilometre, for the scale bar. */
  unitsPerKm: number;
  height: number;
}

export function fitProjection(points: Point[], width: number): Projection {
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [
    Math.min(...lngs),
    Math.max(...lngs),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scale = width / ((maxX - minX) * k);
  return {
    project: ([x, y]) => [(x - minX) * k * scale, (maxY - y) * scale],
    // A degree of latitude is 111.2 km.
    unitsPerKm: scale / 111.2,
    height: (maxY - minY) * scale,
  };
}

/** Shapes of the given features in a projection fitted to them. */
function drawShapes(
  features: { code: string; name: string; polygons: Polygon[] }[],
  width: number,
): { shapes: CityShape[]; height: number; unitsPerKm: number } {
  const proj = fitProjection(
    features.flatMap((f) => f.polygons.flatMap((p) => p[0]!)),
    width,
  );
  const shapes = features.map((f) => {
    const polygons = f.polygons
      .map((poly) => poly.map((r) => r.map(proj.project)))
      .map((poly) => poly.map((r) => simplifyRing(r)).filter((r): r is Point[] => !!r))
      .filter((poly) => poly.length > 0);
    const biggest = polygons.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
    const pole = polylabel(biggest, 0.5);
    return {
      code: f.code,
      name: f.name,
      d: ringsToPath(polygons.flat()),
      label: [pole[0], pole[1]] as Point,
      room: pole.distance,
      polygons,
    };
  });
  return { shapes, height: proj.height, unitsPerKm: proj.unitsPerKm };
}

let cached: { shapes: CityShape[]; height: number; unitsPerKm: number } | undefined;

/** The 11 cities fitted to MAP_WIDTH. */
export function zhejiangShapes(): { shapes: CityShape[]; height: number; unitsPerKm: number } {
  cached ??= drawShapes(loadFeatures(), MAP_WIDTH);
  return cached;
}
