/**
 * Zhejiang's administrative divisions, for placing a pilot in its prefecture
 * city and county from the names printed in its heading. Built from rows of
 * GB/T 2260 data (see `load-data.ts`); pure and synchronous once built.
 */
export interface Division {
  code: string;
  name: string;
  /** Name without its 市/区/县 suffix, when that leaves two or more characters. */
  short?: string;
  level: 'city' | 'county' | 'town';
  /** Code of the county-level division (towns) or prefecture city (counties). */
  parent?: string;
}

export interface Gazetteer {
  cities: Division[];
  counties: Division[];
  towns: Division[];
  byCode: Map<string, Division>;
}

export interface PlaceMatch {
  division: Division;
  index: number;
  /** The text matched: the full name or the short one. */
  text: string;
}

/** `杭州市` → `杭州`, `景宁畲族自治县` → `景宁`, `西湖区` → `西湖`; none for two-character names. */
export function shortName(name: string): string | undefined {
  const m = /^(.{2,}?)(?:畲族自治县|自治县|新区|市|区|县)$/u.exec(name);
  return m && m[1] && m[1].length >= 2 ? m[1] : undefined;
}

export function makeGazetteer(divisions: Division[]): Gazetteer {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  return {
    cities: divisions.filter((d) => d.level === 'city'),
    counties: divisions.filter((d) => d.level === 'county'),
    towns: divisions.filter((d) => d.level === 'town'),
    byCode,
  };
}

/**
 * Every place named in `text`: full names anywhere, short names (杭州, 浦江)
 * only where a full name does not cover them. Towns match by full name only:
 * their short forms are too common as words.
 */
export function findPlaces(text: string, g: Gazetteer, level: Division['level']): PlaceMatch[] {
  const list = level === 'city' ? g.cities : level === 'county' ? g.counties : g.towns;
  const out: PlaceMatch[] = [];
  for (const d of list) {
    const forms = level === 'town' || !d.short ? [d.name] : [d.name, d.short];
    for (const form of forms) {
      const i = text.indexOf(form);
      if (i >= 0) {
        out.push({ division: d, index: i, text: form });
        break;
      }
    }
  }
  return out.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
}

/** The prefecture city a county (or a town, through its county) belongs to. */
export function findParentCity(d: Division, g: Gazetteer): Division | undefined {
  if (d.level === 'city') return d;
  const parent = d.parent ? g.byCode.get(d.parent) : undefined;
  return parent ? findParentCity(parent, g) : undefined;
}

export function cityByName(name: string, g: Gazetteer): Division | undefined {
  return g.cities.find((c) => c.name === name || c.short === name);
}
