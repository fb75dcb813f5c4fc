/**
 * Zhejiang's 11 prefecture cities as SVG paths, drawn at build time from the
 * boundary data echarts 4 ships (`map/json/province/zhejiang.json`, Apache-2.0),
 * so the page needs no map library. Its coordinates are delta- and
 * zigzag-encoded in characters; decoding follows echarts' own `decodePolygon`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface EncodedFeature {
  id: string;
  properties: { name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets: unknown };
}

export interface CityShape {
  /** GB/T 2260 code, e.g. 330100. */
  code: string;
  name: string;
  /** SVG path data in the map's viewBox. */
  d: string;
  /** Where to put the label. */
  label: [number, number];
}

export const MAP_WIDTH = 600;

/** One ring of echarts' encoded coordinates → [lng, lat] pairs. */
export function decodeRing(
  encoded: string,
  offset: [number, number],
  scale = 1024,
): [number, number][] {
  const out: [number, number][] = [];
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

let cached: { shapes: CityShape[]; height: number } | undefined;

/** The cities' shapes in an equirectangular projection scaled by cos(latitude), fitted to MAP_WIDTH. */
export function zhejiangShapes(): { shapes: CityShape[]; height: number } {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const geo = JSON.parse(
    readFileSync(require.resolve('echarts/map/json/province/zhejiang.json'), 'utf8'),
  ) as { features: EncodedFeature[] };
  const rings = geo.features.map((f) => {
    const polys = (
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
    ) as string[][];
    const offs = (
      f.geometry.type === 'Polygon' ? [f.geometry.encodeOffsets] : f.geometry.encodeOffsets
    ) as [number, number][][];
    return {
      f,
      rings: polys.flatMap((poly, i) => poly.map((ring, j) => decodeRing(ring, offs[i]![j]!))),
    };
  });
  const all = rings.flatMap((r) => r.rings.flat());
  const lngs = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [
    Math.min(...lngs),
    Math.max(...lngs),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scale = MAP_WIDTH / ((maxX - minX) * k);
  const project = ([x, y]: [number, number]): [number, number] => [
    (x - minX) * k * scale,
    (maxY - y) * scale,
  ];
  const shapes = rings.map(({ f, rings: rs }) => {
    const pts = rs.map((r) => r.map(project));
    const d = pts
      .map((r) => `M${r.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`)
      .join('');
    const biggest = pts.reduce((a, b) => (b.length > a.length ? b : a), pts[0] ?? []);
    const cx = biggest.reduce((s, p) => s + p[0], 0) / Math.max(1, biggest.length);
    const cy = biggest.reduce((s, p) => s + p[1], 0) / Math.max(1, biggest.length);
    return { code: f.id, name: f.properties.name, d, label: [cx, cy] as [number, number] };
  });
  cached = { shapes, height: Math.ceil((maxY - minY) * scale) };
  return cached;
}
