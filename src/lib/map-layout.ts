/**
 * How the build-time maps are laid out so a phone can read them: label size
 * from the width the map is shown at, labels inside their region when they
 * fit and outside with a leader line when not (舟山's islands, small 嘉兴),
 * label ink chosen for contrast with the fill under it, colour classes with
 * their legend, and a scale bar in kilometres. Pure functions over the shapes
 * of zhejiang-map.ts.
 */
import type { CityShape, Point, Polygon } from './zhejiang-map.ts';

/** The narrowest width a map is shown at: a 320 px screen less the page's 1rem margins. */
export const NARROWEST_PX = 288;
/** The smallest label size on that screen, in CSS px. */
export const MIN_LABEL_PX = 12.5;

/** Label font size in viewBox units for a map `viewBoxWidth` wide shown at {@link NARROWEST_PX}. */
export function labelSize(viewBoxWidth: number): number {
  return Math.ceil((MIN_LABEL_PX * viewBoxWidth) / NARROWEST_PX);
}

// ---- colour -------------------------------------------------------------

/** Five steps of one hue, light to dark, and the fill of a city without pilots. */
export const STEPS = ['#f3e3dc', '#e2b2a2', '#cd7d66', '#b0493a', '#7f1d1d'] as const;
export const EMPTY = '#e7e5e4';
const INKS = ['#1f1f1f', '#ffffff'] as const;

/** Relative luminance of `#rrggbb` (WCAG 2). */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The label colour (near-black or white) that reads best on `fill`. */
export function pickInk(fill: string): string {
  return INKS.reduce((a, b) => (contrastRatio(b, fill) > contrastRatio(a, fill) ? b : a));
}

/** The step a count falls in: equal ranges of 1…max. */
export function pickStep(n: number, max: number): number {
  return Math.min(STEPS.length - 1, Math.floor(((n - 1) / Math.max(1, max)) * STEPS.length));
}

export function pickFill(n: number, max: number): string {
  return n <= 0 ? EMPTY : STEPS[pickStep(n, max)]!;
}

/** The legend: each colour in use with the range of counts it stands for, 0 first. */
export function legendClasses(max: number): { fill: string; from: number; to: number }[] {
  const out: { fill: string; from: number; to: number }[] = [{ fill: EMPTY, from: 0, to: 0 }];
  for (let n = 1; n <= max; n++) {
    const fill = pickFill(n, max);
    const last = out[out.length - 1]!;
    if (last.fill === fill) last.to = n;
    else out.push({ fill, from: n, to: n });
  }
  return out;
}

// ---- scale bar ----------------------------------------------------------

/** A round length in km whose bar is at most `maxUnits` long. */
export function scaleBar(unitsPerKm: number, maxUnits: number): { km: number; units: number } {
  const km = [200, 100, 50, 20, 10, 5, 2, 1].find((k) => k * unitsPerKm <= maxUnits) ?? 1;
  return { km, units: km * unitsPerKm };
}

// ---- labels -------------------------------------------------------------

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelPlace {
  code: string;
  /** Centre of the label. */
  at: Point;
  /** Which of the sizes offered was used (0: stacked lines, 1: one line). */
  layout: number;
  /** Outside its region: a leader line runs from `from` (the label's edge) to the region's pole. */
  leader?: { from: Point; to: Point };
}

/** Whether a point lies in a ring (even–odd rule). */
export function insideRing(p: Point, ring: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi)
      inside = !inside;
  }
  return inside;
}

export function insidePolygons(p: Point, polygons: Polygon[]): boolean {
  return polygons.some(
    (poly) => insideRing(p, poly[0]!) && !poly.slice(1).some((hole) => insideRing(p, hole)),
  );
}

/**
 * A grid of points over a box: 5 × 5, or `dense`, no more than 6 units apart
 * (keeping a label off the land: thin coasts and islands fall between wider ones).
 */
function samples(b: Box, dense = false): Point[] {
  const out: Point[] = [];
  const n = (len: number) => (dense ? Math.max(4, Math.ceil(len / 6)) : 4);
  const [nx, ny] = [n(b.w), n(b.h)];
  for (let i = 0; i <= nx; i++)
    for (let j = 0; j <= ny; j++) out.push([b.x + (b.w * i) / nx, b.y + (b.h * j) / ny]);
  return out;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const boxAt = ([cx, cy]: Point, w: number, h: number): Box => ({
  x: cx - w / 2,
  y: cy - h / 2,
  w,
  h,
});

/** Where a ray from a box's centre towards `to` leaves the box. */
function edgeToward(b: Box, to: Point): Point {
  const c: Point = [b.x + b.w / 2, b.y + b.h / 2];
  const [dx, dy] = [to[0] - c[0], to[1] - c[1]];
  const t = Math.min(
    dx ? b.w / 2 / Math.abs(dx) : Infinity,
    dy ? b.h / 2 / Math.abs(dy) : Infinity,
  );
  return [c[0] + dx * Math.min(1, t), c[1] + dy * Math.min(1, t)];
}

/**
 * Places a `w` × `h` label for each shape: at its pole of inaccessibility when
 * the whole box (with a margin) lies inside the region, else at the nearest
 * spot over no region at all (sea or a neighbouring province), within
 * `bounds`, clear of other labels, with a leader line back to the pole.
 * `land` is every region drawn (by default the labelled ones).
 */
export function placeLabels(
  shapes: Pick<CityShape, 'code' | 'label' | 'polygons'>[],
  sizes: (code: string) => { w: number; h: number }[],
  bounds: Box,
  land: Polygon[][] = shapes.map((s) => s.polygons),
): LabelPlace[] {
  const pad = 2;
  const taken: Box[] = [];
  const places = new Map<string, LabelPlace>();
  const outside: typeof shapes = [];
  for (const s of shapes) {
    // The pole first, then spots around it, each layout in turn (stacked, then
    // on one line): an elongated region (金华) holds a line where not a stack.
    let found: { at: Point; box: Box; layout: number } | undefined;
    for (const [layout, { w, h }] of sizes(s.code).entries()) {
      if (found) break;
      for (let r = 0; r <= 2 * h && !found; r += h / 8) {
        for (let k = 0; k < (r ? 16 : 1) && !found; k++) {
          const a = (k / 16) * 2 * Math.PI;
          const at: Point = [s.label[0] + r * Math.cos(a), s.label[1] + r * Math.sin(a)];
          const box = boxAt(at, w + 2 * pad, h + 2 * pad);
          if (
            samples(box).every((p) => insidePolygons(p, s.polygons)) &&
            !taken.some((t) => overlaps(t, box))
          )
            found = { at, box, layout };
        }
      }
    }
    if (found) {
      places.set(s.code, { code: s.code, at: found.at, layout: found.layout });
      taken.push(found.box);
    } else outside.push(s);
  }
  const clearOfLand = (b: Box) =>
    samples(b, true).every((p) => !land.some((l) => insidePolygons(p, l)));
  const within = (b: Box) =>
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.w <= bounds.x + bounds.w &&
    b.y + b.h <= bounds.y + bounds.h;
  for (const s of outside) {
    // Outside, the stacked layout (the first): compact beside a coast.
    const { w, h } = sizes(s.code)[0]!;
    let best: { at: Point; box: Box } | undefined;
    // Rings of candidates around the pole, nearest first.
    for (let r = h; r <= 8 * h && !best; r += h / 2) {
      for (let k = 0; k < 24 && !best; k++) {
        const a = (k / 24) * 2 * Math.PI;
        const at: Point = [s.label[0] + r * Math.cos(a), s.label[1] + r * Math.sin(a)];
        const box = boxAt(at, w + 4 * pad, h + 4 * pad);
        if (within(box) && clearOfLand(box) && !taken.some((t) => overlaps(t, box)))
          best = { at, box };
      }
    }
    if (!best) {
      // Nowhere clear: keep it on the pole rather than lose it.
      places.set(s.code, { code: s.code, at: s.label, layout: 0 });
      continue;
    }
    taken.push(best.box);
    places.set(s.code, {
      code: s.code,
      at: best.at,
      layout: 0,
      leader: { from: edgeToward(boxAt(best.at, w, h), s.label), to: s.label },
    });
  }
  return shapes.map((s) => places.get(s.code)!);
}
