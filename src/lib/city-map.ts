/**
 * The data of the two maps: the province by city (/cities/) and the province
 * with one city picked out (its page). Echarts' file has cities only, and no
 * npm package was found with county boundaries under a clear licence (README,
 * “The reading site”), so a city page shows where the city is and lists its
 * counties beside the map.
 */
import { listCities } from './places.ts';
import { layOutMap, type MapView } from './map-view.ts';
import { urls } from './urls.ts';
import { STEPS } from './map-layout.ts';
import { zhejiangShapes } from './zhejiang-map.ts';

export type LinkedMap = MapView & { links: Map<string, { href?: string; name: string }> };

/** The province, each city labelled with its short name and number of pilots, linked when it has some. */
export function mapOfCities(counts: { name: string; slug: string; pilots: number }[]): LinkedMap {
  const { shapes, height, unitsPerKm } = zhejiangShapes();
  const byCode = new Map(listCities().map((c) => [c.code, c]));
  const countResults = new Map(counts.map((c) => [c.name, c]));
  const findParentCity = (code: string) => byCode.get(code);
  const view = layOutMap(
    shapes,
    height,
    unitsPerKm,
    (s) => {
      const city = findParentCity(s.code);
      const n = (city && countResults.get(city.name)?.pilots) ?? 0;
      return { lines: [(city?.short ?? s.name).replace(/市$/, ''), String(n)], count: n };
    },
    Math.max(1, ...counts.map((c) => c.pilots)),
  );
  const links = new Map(
    shapes.map((s) => {
      const city = findParentCity(s.code);
      const c = city && countResults.get(city.name);
      return [
        s.code,
        {
          name: `${city?.name ?? s.name}：${c?.pilots ?? 0} 个试点`,
          ...(c?.pilots ? { href: urls.city(c.slug) } : {}),
        },
      ];
    }),
  );
  return { ...view, links };
}

/** The province with one city picked out and named: where the city is, for its page. */
export function mapOfCity(code: string, name: string): LinkedMap {
  const { shapes, height, unitsPerKm } = zhejiangShapes();
  const view = layOutMap(
    shapes,
    height,
    unitsPerKm,
    (s) =>
      s.code === code ? { lines: [name], count: 1, fill: STEPS[3] } : { lines: [], count: 0 },
    1,
  );
  const cities = new Map(listCities().map((c) => [c.code, c]));
  return {
    ...view,
    links: new Map(
      shapes.map((s) => {
        const c = cities.get(s.code);
        return [s.code, { name: c?.name ?? s.name }];
      }),
    ),
  };
}
